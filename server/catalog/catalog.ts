/**
 * Loads the app catalog (schema/catalog/*.json), validates every file, and answers questions
 * about an app's roles and vendor status words.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

import type { z } from 'zod';
import { repoRoot } from '../config/repo-root.js';
import { catalogEntrySchema } from './catalog.schema.js';
import type { AccountStatus, CatalogEntry } from './catalog.types.js';
import { ADMIN_PRIVILEGES } from './privilege.js';

export type CatalogErrorCode = 'CATALOG_INVALID' | 'CATALOG_UNKNOWN_APP';

export class CatalogError extends Error {
  override readonly name = 'CatalogError';
  readonly code: CatalogErrorCode;
  /** The catalog file(s) the error is about, as shown in the message. */
  readonly files: string[];

  constructor(message: string, code: CatalogErrorCode = 'CATALOG_INVALID', files: string[] = []) {
    super(message);
    this.code = code;
    this.files = files;
  }
}

export function defaultCatalogDir(): string {
  return join(repoRoot(), 'schema', 'catalog');
}

function normalizeWord(word: string): string {
  return word.trim().replace(/\s+/g, ' ').toLowerCase();
}

export class Catalog {
  readonly entries: CatalogEntry[];
  private readonly byKey: Map<string, CatalogEntry>;

  constructor(entries: CatalogEntry[]) {
    this.entries = [...entries].sort((a, b) => a.key.localeCompare(b.key));
    this.byKey = new Map(this.entries.map((entry) => [entry.key, entry]));
  }

  keys(): string[] {
    return this.entries.map((entry) => entry.key);
  }

  find(key: string): CatalogEntry | undefined {
    return this.byKey.get(key);
  }

  get(key: string): CatalogEntry {
    const entry = this.byKey.get(key);
    if (!entry) {
      throw new CatalogError(`unknown catalog app "${key}"; known apps: ${this.keys().join(', ')}`, 'CATALOG_UNKNOWN_APP');
    }
    return entry;
  }

  /** Names of the roles with owner or admin privilege, as the vendor writes them. */
  adminRoleNames(key: string): string[] {
    return this.get(key)
      .roles.filter((role) => (ADMIN_PRIVILEGES as readonly string[]).includes(role.privilege))
      .map((role) => role.name);
  }

  /** Maps a vendor status word ("Pending", " invited ") to the canonical state, undefined when the word is unknown. */
  statusOf(key: string, vendorWord: string): AccountStatus | undefined {
    const word = normalizeWord(vendorWord);
    const statusWords = this.get(key).statusWords;
    return Object.hasOwn(statusWords, word) ? statusWords[word] : undefined;
  }
}

/** How a file is named in messages: relative to the repo root when inside it, else as given. */
function displayPath(file: string, repoRoot: string | undefined): string {
  if (repoRoot) {
    const rel = relative(repoRoot, file);
    if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  }
  return file;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const name = String(segment);
      out += /^[A-Za-z_$][\w$]*$/.test(name) ? (out === '' ? name : `.${name}`) : `[${JSON.stringify(name)}]`;
    }
  }
  return out === '' ? '(root)' : out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let current: unknown = data;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return { found: false, value: undefined };
    const key = typeof segment === 'symbol' ? segment : String(segment);
    if (!Object.hasOwn(current, key)) return { found: false, value: undefined };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: current };
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value;
}

function formatIssue(issue: z.core.$ZodIssue, data: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const at = valueAt(data, issue.path);
      const expected = issue.expected === 'int' ? 'integer' : issue.expected;
      const got = at.found ? describeValue(at.value).split(' ')[0] : 'nothing (field missing)';
      return `${formatPath(issue.path)}: expected ${expected}, got ${got}`;
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => `${formatPath([...issue.path, key])}: unknown field (not part of CatalogEntry)`).join('\n');
    case 'invalid_value': {
      const at = valueAt(data, issue.path);
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return `${formatPath(issue.path)}: expected one of ${options}, got ${at.found ? describeValue(at.value) : 'nothing'}`;
    }
    case 'too_small': {
      const at = valueAt(data, issue.path);
      if (issue.origin === 'array' && at.found && Array.isArray(at.value)) {
        return `${formatPath(issue.path)}: expected at least ${String(issue.minimum)} item(s), got ${at.value.length}`;
      }
      const what =
        issue.origin === 'array'
          ? `at least ${String(issue.minimum)} item(s)`
          : issue.origin === 'string'
            ? 'a non-empty string'
            : `a number ${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}`;
      return `${formatPath(issue.path)}: expected ${what}, got ${at.found ? describeValue(at.value) : 'nothing'}`;
    }
    case 'invalid_key':
      return `${formatPath(issue.path)}: ${issue.issues.map((inner) => inner.message).join('; ')} as the key`;
    case 'invalid_format':
      return `${formatPath(issue.path)}: ${issue.message}, got ${describeValue(valueAt(data, issue.path).value)}`;
    default:
      return `${formatPath(issue.path)}: ${issue.message}`;
  }
}

interface LoadedFile {
  file: string;
  shown: string;
  entry: CatalogEntry;
}

function readEntry(file: string, shown: string): CatalogEntry {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CatalogError(`${shown}: cannot read file: ${(error as Error).message}`, 'CATALOG_INVALID', [shown]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CatalogError(`${shown}: invalid JSON: ${(error as Error).message.replace(/\s+/g, ' ')}`, 'CATALOG_INVALID', [shown]);
  }
  const result = catalogEntrySchema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.flatMap((issue) => formatIssue(issue, data).split('\n'));
    throw new CatalogError(lines.map((line) => `${shown}: ${line}`).join('\n'), 'CATALOG_INVALID', [shown]);
  }
  return result.data;
}

function readCatalogDir(dir: string): Catalog {
  const shownDir = displayPath(resolve(dir), repoRoot());
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new CatalogError(`${shownDir}: catalog directory not found`, 'CATALOG_INVALID', [shownDir]);
  }
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => resolve(dir, name));
  if (files.length === 0) {
    throw new CatalogError(`${shownDir}: no catalog files (*.json) found`, 'CATALOG_INVALID', [shownDir]);
  }

  const loaded: LoadedFile[] = files.map((file) => {
    const shown = displayPath(file, repoRoot());
    return { file, shown, entry: readEntry(file, shown) };
  });

  const firstByKey = new Map<string, LoadedFile>();
  for (const item of loaded) {
    const previous = firstByKey.get(item.entry.key);
    if (previous) {
      throw new CatalogError(
        `duplicate catalog key "${item.entry.key}" in ${previous.shown} and ${item.shown}; each app must have exactly one file`,
        'CATALOG_INVALID',
        [previous.shown, item.shown],
      );
    }
    firstByKey.set(item.entry.key, item);
  }

  for (const item of loaded) {
    const expected = `${item.entry.key}.json`;
    const actual = item.file.slice(item.file.lastIndexOf(sep) + 1);
    if (actual !== expected) {
      throw new CatalogError(
        `${item.shown}: key: expected the file to be named ${expected} after its key "${item.entry.key}"`,
        'CATALOG_INVALID',
        [item.shown],
      );
    }
  }

  return new Catalog(loaded.map((item) => item.entry));
}

let defaultCatalog: Catalog | undefined;

/**
 * Reads and validates every *.json in `dir` (default: schema/catalog in the repo).
 * The default catalog is read once and cached; an explicit `dir` is always read afresh.
 * Throws CatalogError naming the file, the field path and what was expected.
 */
export function loadCatalog(dir?: string): Catalog {
  if (dir !== undefined) return readCatalogDir(dir);
  defaultCatalog ??= readCatalogDir(defaultCatalogDir());
  return defaultCatalog;
}
