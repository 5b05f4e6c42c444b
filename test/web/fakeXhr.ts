import { act } from '@testing-library/react';
import { onTestFinished, vi } from 'vitest';

type Handler = ((event: ProgressEvent) => void) | null;

/**
 * Stands in for XMLHttpRequest: records what was sent and lets a test play the browser's part,
 * upload progress first, then the server's answer.
 */
export class FakeXhr {
  static instances: FakeXhr[] = [];

  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  aborted = false;
  status = 0;
  responseText = '';
  readonly upload: { onprogress: Handler; onload: Handler } = { onprogress: null, onload: null };
  onload: Handler = null;
  onerror: Handler = null;
  onabort: Handler = null;

  constructor() {
    FakeXhr.instances.push(this);
  }

  /** The one request a test expects to have been made. */
  static only(): FakeXhr {
    const [only, ...others] = FakeXhr.instances;
    if (!only || others.length > 0) throw new Error(`expected one request, got ${FakeXhr.instances.length}`);
    return only;
  }

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string): void {
    this.headers[name] = value;
  }

  send(body: unknown): void {
    this.body = body;
  }

  abort(): void {
    this.aborted = true;
    this.onabort?.(new ProgressEvent('abort'));
  }

  /** The multipart body the page sent. */
  get form(): FormData {
    if (!(this.body instanceof FormData)) throw new Error('the request body is not FormData');
    return this.body;
  }

  progress(loaded: number, total: number, lengthComputable = true): void {
    act(() => this.upload.onprogress?.(new ProgressEvent('progress', { loaded, total, lengthComputable })));
  }

  /** Every byte sent: the server starts importing. */
  uploaded(): void {
    act(() => this.upload.onload?.(new ProgressEvent('load')));
  }

  respond(status: number, body: unknown): void {
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    act(() => this.onload?.(new ProgressEvent('load')));
  }

  networkError(): void {
    act(() => this.onerror?.(new ProgressEvent('error')));
  }
}

/** Replaces the global XMLHttpRequest for the calling test. */
export function installFakeXhr(): void {
  FakeXhr.instances = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  // Registered per test: the web project shares modules between files, so a module-level hook would run for one file only.
  onTestFinished(() => {
    vi.unstubAllGlobals();
    FakeXhr.instances = [];
  });
}
