import type { Catalog } from '../catalog/catalog.js';
import type { ImportBatch, ImportKind } from './model.js';

export interface InputFile {
  /** Absolute path on disk. */
  path: string;
  /** How the file is named in messages (the path the user gave, or the upload's file name). */
  name: string;
}

export interface ParseOptions {
  catalog: Catalog;
  /** "now" for relative facts (ATTEST_NOW or the clock). */
  now: Date;
  /** App name for app-scoped kinds (okta-app-users, accounts-csv, integrations without an app column). */
  app?: string;
  /** Catalog key for the app (accounts-csv); defaults to the catalog entry whose name matches --app. */
  catalogKey?: string;
  /** Header mapping for CSV kinds: our field name -> the file's column name. */
  mapping?: Record<string, string>;
  /**
   * The input is a listing a connector fetched whole from the vendor's API: one that lists nothing
   * says nothing is left (every earlier record of the scope is removed), where an empty export file
   * is refused as a likely mistake.
   */
  emptyIsComplete?: boolean;
}

export interface Parser {
  kind: ImportKind;
  /** One line for `attest import --help` and the upload form. */
  description: string;
  /** Whether --app is required. */
  needsApp: boolean;
  /** The input may name its apps itself instead (okta-app-users: a folder with the apps listing), so --app may be left out. */
  appsInInput?: boolean;
  /**
   * Reads every file (a single export, or the pages of one API dump in name order), validates all of
   * it, and returns the normalized batch, or throws ImportError listing every problem with file,
   * line or record, and field. Must not write anything.
   */
  parse(files: InputFile[], options: ParseOptions): Promise<ImportBatch>;
}
