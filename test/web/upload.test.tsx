import { describe, expect, it, vi } from 'vitest';
import {
  formatProblemLocation,
  readResponse,
  uploadImport,
  type ImportResult,
  type UploadProgress,
} from '../../web/features/sources/upload.js';
import { FakeXhr, installFakeXhr } from './fakeXhr.js';

const file = (name: string) => new File(['x'], name);

const run = {
  id: 'run-1',
  kind: 'hr-csv',
  scope: 'hr-csv',
  status: 'succeeded',
  files: ['hr.csv'],
  sha256: 'ab'.repeat(32),
  recordsRead: 10,
  added: 1,
  updated: 2,
  removed: 3,
  complete: true,
  startedAt: '2026-03-31T09:00:00Z',
  finishedAt: '2026-03-31T09:00:01Z',
  durationMs: 1000,
  errors: [],
  notes: [],
};

describe('uploadImport', () => {
  it('posts the kind, app, catalog and every file as multipart form data', () => {
    installFakeXhr();
    void uploadImport({ kind: 'accounts-csv', app: '  Jasper ', catalog: 'jasper', files: [file('p1.json'), file('p2.json')] });

    const xhr = FakeXhr.only();
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/imports');
    expect(xhr.headers['Accept']).toBe('application/json');
    expect(xhr.form.get('kind')).toBe('accounts-csv');
    expect(xhr.form.get('app')).toBe('Jasper');
    expect(xhr.form.get('catalog')).toBe('jasper');
    expect(xhr.form.getAll('files').map((part) => (part instanceof File ? part.name : part))).toEqual(['p1.json', 'p2.json']);
  });

  it('leaves out an empty app and catalog', () => {
    installFakeXhr();
    void uploadImport({ kind: 'hr-csv', app: ' ', catalog: '', files: [file('hr.csv')] });
    const { form } = FakeXhr.only();
    expect(form.has('app')).toBe(false);
    expect(form.has('catalog')).toBe(false);
  });

  it('reports upload progress, the end of the upload, and the server’s success', async () => {
    installFakeXhr();
    const progress: UploadProgress[] = [];
    const onUploaded = vi.fn();
    const result = uploadImport({ kind: 'hr-csv', files: [file('hr.csv')] }, { onProgress: (p) => progress.push(p), onUploaded });

    const xhr = FakeXhr.only();
    xhr.progress(100, 400);
    xhr.progress(400, 400);
    xhr.progress(50, 0, false);
    expect(progress).toEqual([
      { loaded: 100, total: 400 },
      { loaded: 400, total: 400 },
      { loaded: 50, total: null },
    ]);
    expect(onUploaded).not.toHaveBeenCalled();
    xhr.uploaded();
    expect(onUploaded).toHaveBeenCalledTimes(1);

    xhr.respond(200, { status: 'succeeded', run, findings: 12 });
    const outcome = await result;
    expect(outcome.outcome).toBe('succeeded');
    if (outcome.outcome !== 'succeeded') throw new Error('not a success');
    expect(outcome.findings).toBe(12);
    expect(outcome.run).toMatchObject({ id: 'run-1', recordsRead: 10, added: 1, updated: 2, removed: 3, complete: true });
  });

  it('returns every problem of a 400', async () => {
    installFakeXhr();
    const result = uploadImport({ kind: 'hr-csv', files: [file('hr.csv')] });
    FakeXhr.only().respond(400, {
      status: 'failed',
      errors: [
        { file: 'hr.csv', line: 3, field: 'email', message: 'expected an email address' },
        { file: 'users.json', record: '[4].profile', message: 'missing' },
      ],
    });
    expect(await result).toEqual<ImportResult>({
      outcome: 'rejected',
      problems: [
        { file: 'hr.csv', line: 3, field: 'email', message: 'expected an email address' },
        { file: 'users.json', record: '[4].profile', message: 'missing' },
      ],
    });
  });

  it('turns a 500, a network error and an unreadable answer into failures', async () => {
    installFakeXhr();
    const serverError = uploadImport({ kind: 'hr-csv', files: [file('a.csv')] });
    const network = uploadImport({ kind: 'hr-csv', files: [file('b.csv')] });
    const garbled = uploadImport({ kind: 'hr-csv', files: [file('c.csv')] });
    const [first, second, third] = FakeXhr.instances;
    if (!first || !second || !third) throw new Error('expected three requests');

    first.respond(500, { status: 'failed', errors: [{ file: '(server)', message: 'the import failed on the server' }] });
    second.networkError();
    third.respond(200, '<html>proxy error</html>');

    expect(await serverError).toEqual({
      outcome: 'failed',
      httpStatus: 500,
      message: 'The server said (500): the import failed on the server.',
    });
    expect(await network).toMatchObject({ outcome: 'failed', httpStatus: null });
    expect(await garbled).toMatchObject({ outcome: 'failed', httpStatus: 200 });
  });

  it('aborts the request when the signal fires', async () => {
    installFakeXhr();
    const controller = new AbortController();
    const result = uploadImport({ kind: 'hr-csv', files: [file('hr.csv')] }, { signal: controller.signal });
    controller.abort();
    expect(await result).toEqual({ outcome: 'aborted' });
    expect(FakeXhr.only().aborted).toBe(true);
  });
});

describe('readResponse', () => {
  it('treats a 400 without problems, and other statuses, as failures', () => {
    expect(readResponse(400, '{"status":"failed","errors":[]}')).toMatchObject({ outcome: 'failed', httpStatus: 400 });
    expect(readResponse(404, 'Not Found')).toEqual({
      outcome: 'failed',
      httpStatus: 404,
      message: 'The server answered 404 without saying what went wrong.',
    });
  });
});

describe('formatProblemLocation', () => {
  it('names the file, line or record and field, leaving out the server’s stand-in file names', () => {
    expect(formatProblemLocation({ file: 'hr.csv', line: 14, field: 'email', message: 'x' })).toBe('hr.csv, line 14, field "email"');
    expect(formatProblemLocation({ file: 'p2.json', record: 7, message: 'x' })).toBe('p2.json, record 7');
    expect(formatProblemLocation({ file: '(upload)', field: 'files', message: 'x' })).toBe('field "files"');
    expect(formatProblemLocation({ file: '(server)', message: 'x' })).toBe('');
  });
});
