/** Which App (and catalog entry) records belong to: from --app / --catalog, or by matching a vendor's app name to the catalog. */
import type { Catalog } from '../../catalog/catalog.js';
import type { CatalogEntry } from '../../catalog/catalog.types.js';
import { ImportError, type InputLocation } from '../errors.js';
import type { AppRefIn, ImportKind } from '../model.js';
import type { InputFile, ParseOptions } from '../parser.js';
import { Problems } from './problems.js';

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The catalog entry whose name (or key) matches `name`, ignoring case, spaces and punctuation. */
export function catalogEntryNamed(catalog: Catalog, name: string): CatalogEntry | undefined {
  const wanted = squash(name);
  return catalog.entries.find((entry) => squash(entry.name) === wanted) ?? catalog.entries.find((entry) => squash(entry.key) === wanted);
}

export function knownApps(catalog: Catalog): string {
  return catalog.entries.map((entry) => `${entry.name} (${entry.key})`).join(', ');
}

export interface AppDefaults {
  kind: ImportKind;
  /** The app name when --app is not given (e.g. "Slack"); none means --app is required. */
  name?: string;
  /** The catalog key when --catalog is not given and no entry is named like the app. */
  catalogKey?: string;
}

/**
 * The one App an app-scoped import is about: --catalog when given (a key that must exist), else the
 * catalog entry named like the app, else none (an app outside the catalog). A problem and null only
 * when --app is missing or --catalog names no entry.
 */
export function appFromOptions(options: ParseOptions, defaults: AppDefaults, where: InputLocation, problems: Problems): AppRefIn | null {
  const name = options.app?.trim() || defaults.name;
  if (!name) {
    problems.add(
      { ...where, field: '--app' },
      `--app is required for ${defaults.kind}: the app's name as it should appear, e.g. --app "Zoom"`,
    );
    return null;
  }
  if (options.catalogKey !== undefined && !options.catalog.find(options.catalogKey)) {
    problems.add(
      { ...where, field: '--catalog' },
      `unknown catalog key ${JSON.stringify(options.catalogKey)}; known apps: ${knownApps(options.catalog)} (leave --catalog out for an app outside the catalog)`,
    );
    return null;
  }
  const key = options.catalogKey ?? catalogEntryNamed(options.catalog, name)?.key ?? defaults.catalogKey ?? null;
  return { name, catalogKey: key, plan: null };
}

/** Resolves apps named in the data (one AppRefIn object per name, shared by its records); a name the catalog does not know is an app outside it. */
export class AppsByName {
  private readonly cache = new Map<string, AppRefIn>();

  constructor(private readonly catalog: Catalog) {}

  resolve(name: string): AppRefIn {
    const key = squash(name);
    const known = this.cache.get(key);
    if (known) return known;
    const ref = { name: name.trim(), catalogKey: catalogEntryNamed(this.catalog, name)?.key ?? null, plan: null };
    this.cache.set(key, ref);
    return ref;
  }

  names(): string[] {
    return [...this.cache.values()].map((ref) => ref.name);
  }
}

/** appFromOptions for kinds that cannot read anything without their app: throws the ImportError at once. */
export function requireApp(options: ParseOptions, defaults: AppDefaults, files: readonly InputFile[]): AppRefIn {
  const problems = new Problems();
  const where = { file: files[0]?.name ?? '(input)' };
  const ref = appFromOptions(options, defaults, where, problems);
  if (ref) return ref;
  problems.throwIfAny();
  throw new ImportError([{ ...where, field: '--app', message: `--app is required for ${defaults.kind}` }]);
}
