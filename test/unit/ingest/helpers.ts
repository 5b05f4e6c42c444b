import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect } from 'vitest';

import { loadCatalog } from '../../../server/catalog/catalog.js';
import { ImportError } from '../../../server/ingest/errors.js';
import type { ImportBatch, ImportKind } from '../../../server/ingest/model.js';
import type { InputFile, ParseOptions } from '../../../server/ingest/parser.js';
import { PARSERS } from '../../../server/ingest/parsers/index.js';

export const FIXTURES = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/ingest');

/** A fixture as the CLI hands it over: absolute path, shown by its path under fixtures/ingest. */
export function fixture(...parts: string[]): InputFile {
  return { path: join(FIXTURES, ...parts), name: parts.join('/') };
}

export const NOW = new Date('2024-06-30T12:00:00Z');

export function options(extra: Partial<ParseOptions> = {}): ParseOptions {
  return { catalog: loadCatalog(), now: NOW, ...extra };
}

export function parseKind(kind: ImportKind, files: InputFile | InputFile[], extra: Partial<ParseOptions> = {}): Promise<ImportBatch> {
  return PARSERS[kind].parse(Array.isArray(files) ? files : [files], options(extra));
}

/** Awaits a parse that must fail and returns its ImportError. */
export async function importError(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  if (!(error instanceof ImportError)) throw new Error('expected an ImportError');
  return error;
}
