import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { escapeHtml } from './html.js';

export type PdfOutcome = { written: true; pdf: Buffer } | { written: false; reason: string };

const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const DEFAULT_TIMEOUT_MS = 60_000;
const CLOSE_TIMEOUT_MS = 10_000;

/** Where Chromium is: ATTEST_CHROMIUM, else Debian's /usr/bin/chromium. Read per call. */
export function chromiumPath(): string {
  return process.env.ATTEST_CHROMIUM || DEFAULT_CHROMIUM;
}

/**
 * Prints the report HTML to an A4 PDF with Chromium (page numbers in the footer). Without a Chromium
 * binary it writes nothing and says why; a Chromium that fails or hangs past the deadline is an error.
 */
export async function renderPdf(
  html: string,
  title: string,
  options: { executablePath?: string; timeoutMs?: number } = {},
): Promise<PdfOutcome> {
  const executablePath = options.executablePath ?? chromiumPath();
  if (!existsSync(executablePath)) {
    return {
      written: false,
      reason: `no Chromium at ${executablePath} (set ATTEST_CHROMIUM to its path); report.pdf was not written, report.html prints the same report`,
    };
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const launched = chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'], timeout: timeoutMs });
  try {
    const browser = await withDeadline(launched, timeoutMs, 'starting Chromium');
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
    const pdf = await withDeadline(
      page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: `<div style="font-size:7pt;color:#57606a;width:100%;padding:0 12mm;">${escapeHtml(title)}</div>`,
        footerTemplate:
          '<div style="font-size:7pt;color:#57606a;width:100%;text-align:center;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
        margin: { top: '16mm', bottom: '16mm', left: '12mm', right: '12mm' },
      }),
      timeoutMs,
      'printing the PDF',
    );
    return { written: true, pdf };
  } catch (error) {
    throw new Error(
      `rendering report.pdf with Chromium (${executablePath}) failed: ${error instanceof Error ? error.message : String(error)}; export without the PDF (--no-pdf) or fix Chromium`,
      { cause: error },
    );
  } finally {
    // Closes the browser whenever its launch settles, even one that outlived the deadline; waits a little for it.
    await withDeadline(
      launched.then(closeQuietly, () => undefined),
      CLOSE_TIMEOUT_MS,
      'closing Chromium',
    ).catch(() => undefined);
  }
}

/** The promise's value, or a rejection naming the step once `ms` have passed; a late rejection is ignored. */
async function withDeadline<T>(work: Promise<T>, ms: number, step: string): Promise<T> {
  work.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${step} took longer than ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

async function closeQuietly(browser: Browser): Promise<void> {
  try {
    await browser.close();
  } catch {
    // the browser is already gone; nothing to clean up
  }
}
