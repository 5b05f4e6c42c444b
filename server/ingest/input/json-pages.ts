/**
 * Reads one JSON page file on its own (memory bounded by the page): UTF-8 checked, syntax errors
 * reported by line and column, then the records taken from a bare array or the vendor's envelope
 * (Graph "value", Google "users"/"items", Slack/GitHub "members", SCIM "Resources", Atlassian "data").
 */
import { readFile } from 'node:fs/promises';

import { ImportError } from '../errors.js';
import type { ImportKind } from '../model.js';
import type { InputFile } from '../parser.js';
import { otherCsvKind } from './detect.js';
import { findJsonSyntaxProblem } from './json-syntax.js';
import { describeFound } from './result.js';
import { decodeUtf8 } from './utf8.js';

export interface PageRecords {
  records: unknown[];
  /** The envelope key the records came from; null for a bare array. */
  key: string | null;
  /** The page says more pages follow (@odata.nextLink, nextPageToken, response_metadata.next_cursor, links.next). */
  next: { marker: string } | null;
  /** SCIM ListResponse totalResults, when given. */
  totalResults: number | null;
  /** The page says, in its own envelope, that the listing holds nothing (a SCIM ListResponse with totalResults 0). */
  saysEmpty: boolean;
}

function fail(file: InputFile, message: string, line?: number, column?: number): never {
  throw new ImportError([
    { file: file.name, ...(line !== undefined ? { line } : {}), message: column !== undefined ? `column ${column}: ${message}` : message },
  ]);
}

/** Parses a page file. Throws ImportError naming the file (and line/column) when it is not usable JSON. */
export async function readJsonPage(file: InputFile, kind: ImportKind): Promise<unknown> {
  const bytes = await readFile(file.path).catch((error: NodeJS.ErrnoException) =>
    fail(file, `cannot read the file (${error.code ?? 'error'})`),
  );
  const text = decodeUtf8(file.name, bytes);
  const start = text.search(/\S/);
  if (start === -1) fail(file, 'file is empty (only whitespace)');
  const first = text[start];
  if (first !== '[' && first !== '{') {
    const firstLine = text.slice(start, text.indexOf('\n', start) === -1 ? undefined : text.indexOf('\n', start)).replace(/\r$/, '');
    const other = firstLine.includes(',')
      ? otherCsvKind(
          kind,
          firstLine.split(',').map((s) => s.replace(/^"|"$/g, '')),
        )
      : null;
    if (other) fail(file, `this looks like ${other.label} (CSV, kind ${other.kind}), not ${kind}, which reads the vendor's JSON`, 1);
    fail(
      file,
      `not JSON: ${kind} reads the vendor's JSON (an array, or an object such as { "value": [...] }), but the file starts with ${JSON.stringify(firstLine.slice(0, 40))}`,
      1,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const problem = findJsonSyntaxProblem(text);
    if (problem) fail(file, `invalid JSON: ${problem.message}`, problem.line, problem.column);
    fail(file, 'invalid JSON');
  }
}

const SCIM_LIST_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An API error response saved instead of data ({ ok: false, error } from Slack, { error: { code, message } } from Graph/Google, Okta errorSummary). */
/** A field of an error body as text; empty when it is absent or not a string or number. */
function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function apiError(root: Record<string, unknown>): string | null {
  if (root.ok === false)
    return typeof root.error === 'string' && root.error ? `Slack error "${root.error}"` : 'Slack "ok": false, no error named';
  if (typeof root.errorSummary === 'string')
    return `Okta error ${typeof root.errorCode === 'string' ? `${root.errorCode}: ` : ''}${root.errorSummary}`;
  const error = root.error;
  if (isObject(error) && (typeof error.message === 'string' || typeof error.code === 'string' || typeof error.code === 'number')) {
    return `error ${scalarText(error.code)}${typeof error.message === 'string' ? `: ${error.message}` : ''}`.trim();
  }
  if (Array.isArray(root.schemas) && root.schemas.includes('urn:ietf:params:scim:api:messages:2.0:Error')) {
    return `SCIM error ${scalarText(root.status)}: ${scalarText(root.detail)}`;
  }
  return null;
}

function nextMarker(root: Record<string, unknown>): { marker: string } | null {
  const link = root['@odata.nextLink'];
  if (typeof link === 'string' && link) return { marker: '@odata.nextLink' };
  const token = root.nextPageToken;
  if (typeof token === 'string' && token) return { marker: 'nextPageToken' };
  const meta = root.response_metadata;
  if (isObject(meta) && typeof meta.next_cursor === 'string' && meta.next_cursor) return { marker: 'response_metadata.next_cursor' };
  const links = root.links;
  if (isObject(links) && typeof links.next === 'string' && links.next) return { marker: 'links.next' };
  return null;
}

/** Takes the records out of a parsed page. Throws ImportError when the page has no record list. */
export function pageRecords(file: InputFile, root: unknown, keys: readonly string[]): PageRecords {
  if (Array.isArray(root)) return { records: root, key: null, next: null, totalResults: null, saysEmpty: false };
  if (!isObject(root)) fail(file, `expected an array of records or an object holding one, found ${describeFound(root)}`);
  const error = apiError(root);
  if (error) fail(file, `the file is an API error response, not data: ${error}`);
  const next = nextMarker(root);
  const totalResults = typeof root.totalResults === 'number' ? root.totalResults : null;
  const saysEmpty = totalResults === 0 && Array.isArray(root.schemas) && root.schemas.includes(SCIM_LIST_RESPONSE);
  for (const key of keys) {
    const value = root[key];
    if (value === undefined) continue;
    if (!Array.isArray(value)) fail(file, `"${key}" should be an array of records, found ${describeFound(value)}`);
    return { records: value, key, next, totalResults, saysEmpty: saysEmpty && value.length === 0 };
  }
  // Google leaves "items"/"users" out of an empty list; a SCIM ListResponse with totalResults 0 may omit Resources.
  if ((typeof root.kind === 'string' && root.kind.endsWith('List')) || totalResults === 0)
    return { records: [], key: null, next, totalResults, saysEmpty };
  const found = Object.keys(root).slice(0, 12).join(', ') || 'none';
  fail(
    file,
    `expected an array of records, or an object with ${keys.map((k) => `"${k}"`).join(' or ')} holding them; found an object with keys: ${found}`,
  );
}
