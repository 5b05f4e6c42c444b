/**
 * Uploads for `POST /api/imports` (multipart: kind, app?, catalog?, completeness?, files[]). XMLHttpRequest
 * rather than fetch because only it reports upload progress. The promise never rejects: every way
 * an upload can end is a typed `ImportResult`.
 */

import { CSRF_HEADER, csrfToken } from '../auth/auth.js';

const IMPORTS_URL = '/api/imports';

export interface ImportRequest {
  kind: string;
  /** Required by kinds that need an app. */
  app?: string;
  /** Catalog key for the app; the server matches the app name when absent. */
  catalog?: string;
  /** Whether the input lists everything in its scope; the server judges when absent. */
  completeness?: 'auto' | 'complete' | 'partial';
  /** One export, or every page of one API dump. */
  files: readonly File[];
}

/** One problem in the input: where (file, then line or record, then field) and what. */
export interface ImportProblem {
  file: string;
  line?: number;
  record?: number | string;
  field?: string;
  message: string;
}

/** The SyncRun the server recorded for a successful import. */
interface ImportedRun {
  id: string;
  kind: string;
  scope: string;
  status: string;
  files: string[];
  sha256: string;
  recordsRead: number;
  added: number;
  updated: number;
  /** Records already there whose content had not changed: not written again. */
  unchanged: number;
  removed: number;
  /** A full listing: records it no longer lists were marked removed. */
  complete: boolean;
  startedAt: string;
  durationMs: number;
  errors: string[];
  notes: string[];
}

export type ImportResult =
  /** 200: the import was written and findings recomputed. */
  | { outcome: 'succeeded'; run: ImportedRun; findings: number }
  /** 400: the input has problems and nothing was written. */
  | { outcome: 'rejected'; problems: ImportProblem[] }
  /** 500, an unexpected answer, or no answer at all. `httpStatus` is null when none arrived. */
  | { outcome: 'failed'; httpStatus: number | null; message: string }
  /** Cancelled through the signal before the server answered. */
  | { outcome: 'aborted' };

export interface UploadProgress {
  loaded: number;
  /** Null when the browser cannot tell the request's size. */
  total: number | null;
}

export interface UploadOptions {
  /** Bytes sent so far, from `xhr.upload.onprogress`. */
  onProgress?: (progress: UploadProgress) => void;
  /** Every byte is sent; the server is now importing. */
  onUploaded?: () => void;
  signal?: AbortSignal;
  url?: string;
}

export function uploadImport(request: ImportRequest, options: UploadOptions = {}): Promise<ImportResult> {
  const { onProgress, onUploaded, signal, url = IMPORTS_URL } = options;

  return new Promise<ImportResult>((resolve) => {
    if (signal?.aborted) {
      resolve({ outcome: 'aborted' });
      return;
    }

    const xhr = new XMLHttpRequest();
    let settled = false;
    const settle = (result: ImportResult): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', abort);
      resolve(result);
    };
    const abort = (): void => {
      xhr.abort();
      settle({ outcome: 'aborted' });
    };

    xhr.upload.onprogress = (event) => {
      onProgress?.({ loaded: event.loaded, total: event.lengthComputable && event.total > 0 ? event.total : null });
    };
    xhr.upload.onload = () => onUploaded?.();
    xhr.onload = () => settle(readResponse(xhr.status, xhr.responseText));
    xhr.onerror = () =>
      settle({
        outcome: 'failed',
        httpStatus: null,
        message: 'The upload did not reach the Attest server. Check the connection and try again.',
      });
    xhr.onabort = () => settle({ outcome: 'aborted' });
    signal?.addEventListener('abort', abort);

    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json');
    const token = csrfToken();
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.send(toFormData(request));
  });
}

function toFormData(request: ImportRequest): FormData {
  const form = new FormData();
  form.append('kind', request.kind);
  const app = request.app?.trim();
  if (app) form.append('app', app);
  if (request.completeness && request.completeness !== 'auto') form.append('completeness', request.completeness);
  const catalog = request.catalog?.trim();
  if (catalog) form.append('catalog', catalog);
  for (const file of request.files) form.append('files', file, file.name);
  return form;
}

/** Turns the server's answer into a result; anything that does not match the contract is a failure. */
export function readResponse(status: number, text: string): ImportResult {
  const body = parseJson(text);

  if (status >= 200 && status < 300) {
    const run = isRecord(body) ? toRun(body['run']) : null;
    const findings = isRecord(body) ? body['findings'] : undefined;
    if (isRecord(body) && body['status'] === 'succeeded' && run && typeof findings === 'number') {
      return { outcome: 'succeeded', run, findings };
    }
    return { outcome: 'failed', httpStatus: status, message: 'The server answered with something the dashboard could not read.' };
  }

  const problems = isRecord(body) ? toProblems(body['errors']) : null;
  if (status === 400 && problems && problems.length > 0) return { outcome: 'rejected', problems };

  const detail = problems?.map((problem) => problem.message).join('; ');
  return {
    outcome: 'failed',
    httpStatus: status,
    message: detail ? `The server said (${status}): ${detail}.` : `The server answered ${status} without saying what went wrong.`,
  };
}

/** "hr.csv, line 14, field "email"": where a problem is, without the server's "(upload)" stand-ins. */
export function formatProblemLocation(problem: ImportProblem): string {
  const parts: string[] = [];
  if (problem.file && !/^\(.*\)$/.test(problem.file)) parts.push(problem.file);
  if (problem.line !== undefined) parts.push(`line ${problem.line}`);
  if (problem.record !== undefined) parts.push(`record ${problem.record}`);
  if (problem.field) parts.push(`field "${problem.field}"`);
  return parts.join(', ');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function toProblems(value: unknown): ImportProblem[] | null {
  if (!Array.isArray(value)) return null;
  const problems: ImportProblem[] = [];
  for (const item of value) {
    if (!isRecord(item) || typeof item['message'] !== 'string') return null;
    const { file, line, record, field } = item;
    problems.push({
      file: typeof file === 'string' ? file : '',
      message: item['message'],
      ...(typeof line === 'number' ? { line } : {}),
      ...(typeof record === 'number' || typeof record === 'string' ? { record } : {}),
      ...(typeof field === 'string' && field ? { field } : {}),
    });
  }
  return problems;
}

function toRun(value: unknown): ImportedRun | null {
  if (!isRecord(value)) return null;
  const text = (key: string): string | null => {
    const field = value[key];
    return typeof field === 'string' ? field : null;
  };
  const count = (key: string): number => {
    const field = value[key];
    return typeof field === 'number' && Number.isFinite(field) ? field : 0;
  };
  const list = (key: string): string[] => {
    const field = value[key];
    return isStringArray(field) ? field : [];
  };

  const id = text('id');
  const kind = text('kind');
  const scope = text('scope');
  if (id === null || kind === null || scope === null) return null;
  return {
    id,
    kind,
    scope,
    status: text('status') ?? 'succeeded',
    files: list('files'),
    sha256: text('sha256') ?? '',
    recordsRead: count('recordsRead'),
    added: count('added'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    removed: count('removed'),
    complete: value['complete'] === true,
    startedAt: text('startedAt') ?? '',
    durationMs: count('durationMs'),
    errors: list('errors'),
    notes: list('notes'),
  };
}
