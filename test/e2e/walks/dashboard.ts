import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Truth } from '../../../seed/org.types.js';
import { DEFAULT_DEMO_PASSWORD } from '../../../server/demo/demo-users.js';
import { FindingType } from '../../../server/api/shared/enums.js';
import { accessibilityViolations } from '../../support/axe.js';
import { ARTIFACTS, signIn } from '../../support/browser.js';
import { TEST_NOW, countByType } from '../../support/demo.js';
import type { DemoServer } from '../../support/demo-server.js';

/**
 * The dashboard walk. It runs first on the demo server: its first test compares the overview with
 * the truth.json of the demo as loaded, before any other walk imports or decides anything.
 */
export function dashboardWalk(demo: DemoServer): void {
  describe('the dashboard in a real browser, on the demo organization as `attest serve` loaded it', () => {
    let page: Page;
    /** What the browser refused under the Content-Security-Policy, on any page of the run. */
    const cspViolations: string[] = [];

    beforeAll(async () => {
      page = await demo.browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
          cspViolations.push(`${page.url()}: ${message.text()}`);
      });
      await page.goto(demo.url);
      await signIn(page, 'admin@demo', DEFAULT_DEMO_PASSWORD);
    });

    afterAll(async () => {
      await page?.close();
    });

    it('the overview shows the same finding counts as the truth.json of the loaded demo', async () => {
      const truth = JSON.parse(readFileSync(join(demo.dataDir, 'demo', 'truth.json'), 'utf8')) as Truth;
      const expected = countByType(truth.findings);
      const started = Date.now();
      await page.goto(demo.url);
      await page.locator('a[href="/findings?type=ORPHANED_ACCOUNT"]').waitFor();
      console.log(`overview interactive ${Date.now() - started} ms after navigation`);
      for (const [value, type] of Object.entries(FindingType)) {
        const text = await page.locator(`a[href="/findings?type=${value}"] .kpi-value`).innerText();
        expect(Number(text.replace(/,/g, '')), type).toBe(expected[type] ?? 0);
      }
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-overview.png'), fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);
    });

    it('a finding card opens the findings filtered to that type', async () => {
      await page.locator('a[href="/findings?type=SOLE_ADMIN"]').click();
      await page.waitForURL(/\/findings\?type=SOLE_ADMIN/);
      await expect.poll(() => page.getByRole('table').first().innerText(), { timeout: 15_000 }).toMatch(/Jasper/);
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-findings.png'), fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);
    });

    it("a part of a waste bar opens that app's findings of that cause, costliest first; a finding's details draw its graph", async () => {
      await page.goto(demo.url);
      const bar = page.locator('figure:has(#waste-title) .recharts-bar-rectangle').first();
      await bar.waitFor();
      await bar.click();
      await page.waitForURL(/\/findings\?type=[A-Z_]+&app=app-[^&]+&sort=COST$/);
      expect(await page.getByRole('combobox', { name: 'Sort' }).inputValue()).toBe('COST');
      await expect.poll(() => page.getByRole('table').first().innerText(), { timeout: 15_000 }).toMatch(/\$/);
      await page
        .getByRole('button', { name: /^Details:/ })
        .first()
        .click();
      await page.locator('.finding-details-row [data-testid="neighbourhood-graph"] canvas').first().waitFor({ timeout: 15_000 });
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-finding-drawer.png'), fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);
    });

    it('apps lead to an app page that names its sole admin', async () => {
      await page.getByRole('link', { name: 'Apps', exact: true }).click();
      await page.waitForURL(/\/apps$/);
      await page.getByRole('link', { name: 'Jasper', exact: true }).first().click();
      await page.waitForURL(/\/apps\/app-jasper/);
      await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).toMatch(/Sole admin/);
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-app-jasper.png'), fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);
    });

    it('people search finds a person and opens their page with accounts and manager chain', async () => {
      await page.getByRole('link', { name: 'People', exact: true }).click();
      await page.waitForURL(/\/people/);
      await page.getByRole('searchbox').fill('Abigail');
      await page.waitForURL(/q=Abigail/);
      await page
        .getByRole('link', { name: /Abigail/ })
        .first()
        .click();
      await page.waitForURL(/\/people\/E\d+/);
      await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).toMatch(/App accounts/);
      await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).toMatch(/Manager chain/);
      await page.locator('[data-testid="neighbourhood-graph"] canvas').first().waitFor({ timeout: 15_000 });
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-person.png'), fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);
    });

    it('an orphaned account linked to a person from its finding stops being orphaned; the queue settles an ambiguous account', async () => {
      const truth = JSON.parse(readFileSync(join(demo.dataDir, 'demo', 'truth.json'), 'utf8')) as Truth;
      const ambiguous = truth.hardCases.find((c) => c.account !== null && (c.reviewCandidates?.length ?? 0) >= 2);
      const ambiguousEmails = new Set(truth.hardCases.filter((c) => c.reviewCandidates).map((c) => c.account));
      const orphaned = truth.findings.filter((f) => f.type === 'orphaned_account' && f.account !== null);
      // One whose email is orphaned in one app only, so linking that account empties the filtered list.
      const orphan = orphaned.find((f) => !ambiguousEmails.has(f.account) && orphaned.filter((o) => o.account === f.account).length === 1);
      const owner = truth.hardCases.find((c) => c.case === 'case_variant_email' && c.employeeId !== null);
      if (!ambiguous?.account || !orphan?.account || !owner?.employeeId)
        throw new Error('the demo lacks an orphaned or an ambiguous account');
      const orphanedFindings = (email: string) => `${demo.url}/findings?type=ORPHANED_ACCOUNT&q=${encodeURIComponent(email)}`;

      await page.goto(orphanedFindings(orphan.account));
      await page.getByRole('button', { name: `Details: Orphaned account, ${orphan.account}, ${orphan.app}` }).click();
      await page.getByRole('button', { name: `Change owner: ${orphan.account}` }).click();
      const dialog = page.getByRole('dialog', { name: `Who owns ${orphan.account}?` });
      await dialog.getByRole('searchbox', { name: 'Person' }).fill(owner.employeeId);
      await dialog.getByRole('radio', { name: new RegExp(owner.person ?? owner.employeeId) }).check();
      await dialog.getByRole('textbox', { name: /Why/ }).fill('Confirmed with IT');
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-ownership-link-dialog.png') });
      expect(await accessibilityViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Save decision' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => page.locator('main').innerText(), { timeout: 30_000 }).toMatch(/No findings match these filters/);

      await page.getByRole('link', { name: 'Ownership queue', exact: true }).click();
      await page.waitForURL(/\/ownership-queue$/);
      const candidates = page.getByRole('list', { name: `Candidates for ${ambiguous.account}` });
      await candidates.waitFor({ timeout: 15_000 });
      expect(await candidates.locator('.candidate').count()).toBe(ambiguous.reviewCandidates?.length);
      for (const employeeId of ambiguous.reviewCandidates ?? []) expect(await candidates.innerText()).toContain(employeeId);
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-ownership-queue.png'), fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);
      // A namesake who left would keep the account orphaned: choose one still employed (no "Left" or "On leave" badge).
      await candidates
        .locator('.candidate')
        .filter({ hasNot: page.locator('.badge') })
        .first()
        .getByRole('button', { name: new RegExp(`^It is .*: ${ambiguous.account.replace(/[.+]/g, '\\$&')}$`) })
        .click();
      await expect
        .poll(() => page.getByRole('status').allInnerTexts(), { timeout: 30_000 })
        .toContainEqual(expect.stringMatching(new RegExp(`^${ambiguous.account.replace(/[.+]/g, '\\$&')} \\(.*\\) belongs to `)));
      await expect.poll(() => candidates.count(), { timeout: 30_000 }).toBe(0);

      await page.goto(orphanedFindings(ambiguous.account));
      await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).toMatch(/No findings match these filters/);
    });

    it('uploading a bad HR file shows every problem with file and line, and imports nothing', async () => {
      await page.goto(`${demo.url}/sources`);
      await page.getByLabel('Kind of source').selectOption('hr-csv');
      await page.getByLabel('Files').setInputFiles({
        name: 'hr-bad.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'Employee #,First Name,Last Name,Work Email,Status\r\nX1,Ada,Lovelace,ada@acme.com,Active\r\nX2,Bob,Stone,bob at acme,Active\r\n',
        ),
      });
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      const report = page.getByRole('alert').filter({ hasText: 'The upload was rejected' });
      await expect.poll(() => report.innerText(), { timeout: 30_000 }).toMatch(/hr-bad\.csv, line 3/);
      expect(await report.innerText()).toMatch(/Nothing was imported/);
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-sources-rejected.png'), fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);
      // As the signed-in admin: the page's cookies, and the session's CSRF token.
      const { csrfToken } = (await (await page.request.get(`${demo.url}/auth/session`)).json()) as { csrfToken: string };
      const people = await page.request.post(`${demo.url}/graphql`, {
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        data: { query: '{ people(search: "Lovelace") { totalCount } }' },
      });
      expect(((await people.json()) as { data: { people: { totalCount: number } } }).data.people.totalCount).toBe(0);
    });

    it('an unknown person shows "does not exist" instead of a crash', async () => {
      await page.goto(`${demo.url}/people/no-such-person`);
      await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).toMatch(/does not exist/);
    });

    it('at 390 px wide no page scrolls sideways, the nav folds behind a Menu button and findings are cards', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      try {
        await page.goto(`${demo.url}/people`);
        const person = await page.locator('main a[href^="/people/"]').first().getAttribute('href');
        const pages = ['/', '/findings', '/apps', '/apps/app-jasper', '/people', person ?? '/people', '/reviews', '/sources', '/audit'];
        for (const path of pages) {
          await page.goto(`${demo.url}${path}`);
          await page.locator('main h1').first().waitFor();
          await page.locator('main .loading').first().waitFor({ state: 'detached', timeout: 15_000 });
          const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity);
          const name = path === '/' ? 'overview' : path.slice(1).replace(/[^a-z0-9]+/gi, '-');
          await page.screenshot({ path: join(ARTIFACTS, `e2e-390-${name}.png`), fullPage: true });
          expect(width, path).toBeLessThanOrEqual(390);
        }

        const menu = page.getByRole('button', { name: 'Menu' });
        expect(await menu.getAttribute('aria-expanded')).toBe('false');
        expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Findings' }).isVisible()).toBe(false);
        await menu.click();
        expect(await menu.getAttribute('aria-expanded')).toBe('true');
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Findings' }).click();
        await page.waitForURL(/\/findings$/);
        expect(await menu.getAttribute('aria-expanded')).toBe('false');

        // Each finding is a card that shows its account, person, cost and reason without scrolling.
        const card = page.locator('tr.finding-row').first();
        await card.waitFor();
        for (const label of ['Account', 'Person', '$/month', 'Reason']) {
          const cell = card.locator(`td[data-label="${label}"]`);
          expect(await cell.isVisible(), label).toBe(true);
          const box = await cell.boundingBox();
          expect((box?.x ?? 0) + (box?.width ?? Infinity), label).toBeLessThanOrEqual(390);
        }
        await page.screenshot({ path: join(ARTIFACTS, 'e2e-390-findings-cards.png') });
      } finally {
        await page.setViewportSize({ width: 1280, height: 900 });
      }
    });

    /** A second person at their own desk: a fresh browser context, signed in as `email`, at 1440 px. */
    async function signedInAs(email: string): Promise<{ page: Page; close: () => Promise<void> }> {
      const { context, page: other } = await demo.signedIn(email, { width: 1440, height: 900 });
      return { page: other, close: () => context.close() };
    }

    const money = (text: string): number => Number(text.replace(/[^0-9.]/g, ''));

    it('finance: the waste headline is the sum of its causes and the findings total, and the trend is dated by day', async () => {
      const finance = await signedInAs('finance@demo');
      try {
        const { page: desk } = finance;
        await desk.goto(demo.url);
        const causes = desk.locator('table.waste-by-cause');
        await causes.waitFor();
        const perCause = await causes.locator('tbody tr td:last-child').allInnerTexts();
        const total = money(await causes.locator('tfoot td:last-child').innerText());
        expect(perCause.length).toBeGreaterThanOrEqual(4);
        expect(Math.round(perCause.reduce((sum, text) => sum + money(text), 0) * 100) / 100).toBe(total);
        const headline = money(await desk.locator('.kpi', { hasText: 'Monthly waste' }).locator('.kpi-value').innerText());
        expect(headline).toBe(Math.round(total));

        // One point per day, not per import: the demo's many imports all ran on its one day, so the trend has one dated
        // point holding today's waste, and the chart says it starts with the next day of syncs.
        await expect.poll(() => desk.locator('figure:has(#trend-title)').innerText(), { timeout: 15_000 }).toMatch(/one day so far/);
        const { csrfToken } = (await (await desk.request.get(`${demo.url}/auth/session`)).json()) as { csrfToken: string };
        const trend = await desk.request.post(`${demo.url}/graphql`, {
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
          data: { query: '{ kpiQuarters { thisQuarter { days { day snapshot { monthlyWaste } } } lastQuarter { days { day } } } }' },
        });
        expect(await trend.json()).toEqual({
          data: {
            kpiQuarters: {
              thisQuarter: { days: [{ day: TEST_NOW.slice(0, 10), snapshot: { monthlyWaste: total } }] },
              lastQuarter: { days: [] },
            },
          },
        });
        await desk.screenshot({ path: join(ARTIFACTS, 'e2e-1440-finance-overview.png'), fullPage: true });
        expect(await accessibilityViolations(desk)).toEqual([]);

        await causes.getByRole('link', { name: 'All waste findings' }).click();
        await desk.waitForURL(/\/findings\?/);
        await expect.poll(() => desk.locator('main').innerText(), { timeout: 15_000 }).toMatch(/\/month at stake/);
        const atStake = /([$][\d,.]+)\/month at stake/.exec(await desk.locator('main').innerText())?.[1] ?? '';
        expect(money(atStake)).toBe(total);

        await desk.setViewportSize({ width: 390, height: 844 });
        await desk.goto(demo.url);
        await causes.waitFor();
        await desk.screenshot({ path: join(ARTIFACTS, 'e2e-390-finance-overview.png'), fullPage: true });
      } finally {
        await finance.close();
      }
    });

    it('auditor: reads the audit log by name, filters it by action, exports it as CSV and verifies the chain', async () => {
      const auditor = await signedInAs('auditor@demo');
      try {
        const { page: desk } = auditor;
        await desk.goto(`${demo.url}/audit`);
        const table = desk.getByRole('table').first();
        await table.waitFor();
        // The ownership decision made earlier in this file reads by name, not by id.
        await expect.poll(() => table.innerText(), { timeout: 15_000 }).toMatch(/ownership\.link/);
        await desk.getByRole('combobox', { name: 'Action', exact: true }).selectOption('ownership.link');
        await desk.getByRole('button', { name: 'Apply filters' }).click();
        await desk.waitForURL(/action=ownership\.link/);
        await expect
          .poll(async () => (await table.locator('tbody tr').allInnerTexts()).every((row) => row.includes('ownership.link')))
          .toBe(true);
        const csvHref = await desk.getByRole('link', { name: /Export CSV/ }).getAttribute('href');
        expect(csvHref).toMatch(/action=ownership\.link/);
        const csv = await desk.request.get(`${demo.url}${csvHref ?? ''}`);
        expect(csv.status()).toBe(200);
        const lines = (await csv.text()).trim().split(/\r?\n/);
        expect(lines[0]).toMatch(/^seq,at,actor,/);
        expect(lines.length).toBeGreaterThan(1);
        expect(lines.slice(1).every((line) => line.includes('ownership.link'))).toBe(true);

        await desk.getByRole('button', { name: /Verify/ }).click();
        await expect.poll(() => desk.locator('main').innerText(), { timeout: 15_000 }).toMatch(/intact/i);
        await desk.screenshot({ path: join(ARTIFACTS, 'e2e-1440-auditor-audit.png'), fullPage: true });
        expect(await accessibilityViolations(desk)).toEqual([]);
        await desk.setViewportSize({ width: 390, height: 844 });
        await desk.reload();
        await table.waitFor();
        await desk.screenshot({ path: join(ARTIFACTS, 'e2e-390-auditor-audit.png'), fullPage: true });
        expect(await desk.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity)).toBeLessThanOrEqual(390);
      } finally {
        await auditor.close();
      }
    });

    it('is served with a Content-Security-Policy that every page above kept to, without source maps or a schema to browse', async () => {
      const response = await page.goto(`${demo.url}/findings`);
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response?.headers()['x-frame-options']).toBe('DENY');
      expect(response?.headers()['x-content-type-options']).toBe('nosniff');
      await page.getByRole('table').first().waitFor();
      expect(cspViolations).toEqual([]);

      const bundle = /<script[^>]+src="([^"]+\.js)"/.exec(await (await page.request.get(demo.url)).text())?.[1];
      expect(bundle).toBeDefined();
      const script = await page.request.get(`${demo.url}${bundle}`);
      expect(script.status()).toBe(200);
      expect(await script.text()).not.toContain('sourceMappingURL');
      expect((await page.request.get(`${demo.url}${bundle}.map`)).status()).toBe(404);

      const { csrfToken } = (await (await page.request.get(`${demo.url}/auth/session`)).json()) as { csrfToken: string };
      const ask = (query: string) =>
        page.request.post(`${demo.url}/graphql`, {
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
          data: { query },
        });
      const introspection = (await (await ask('{ __schema { queryType { name } } }')).json()) as { errors: { message: string }[] };
      expect(introspection.errors[0]?.message).toMatch(/introspection/i);
      const typo = (await (await ask('{ overveiw { people } }')).json()) as { errors: { message: string }[] };
      expect(typo.errors[0]?.message).not.toContain('Did you mean');
    });
  });
}
