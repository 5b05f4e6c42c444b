import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from '../../support/axe.js';
import { ARTIFACTS } from '../../support/browser.js';
import type { DemoServer } from '../../support/demo-server.js';

/**
 * The access-review story of issue 6, as people do it: a manager attests their team; security
 * launches a campaign, decides, closes it; a follow-up export without the revoked accounts is
 * imported and the remediations show as verified; the evidence opens as a report and its hashes
 * check out; the audit log's chain is intact.
 */
export function reviewsWalk(demo: DemoServer): void {
  describe('access reviews in a real browser, on the demo organization', () => {
    const evidenceDir = join(mkdtempSync(join(tmpdir(), 'attest-evidence-')), 'q4');
    let admin: { context: BrowserContext; page: Page };
    let campaignUrl = '';
    let revokedEmails: string[] = [];

    /** The demo manager `attest serve` printed among the sign-ins. */
    const managerEmail = (): string => {
      const line = demo
        .output()
        .split('\n')
        .find((l) => /^\s+\S+@\S+\s+manager\s/.test(l));
      if (!line) throw new Error(`attest serve printed no demo manager:\n${demo.output()}`);
      return line.trim().split(/\s+/)[0] ?? '';
    };

    const signedIn = (email: string): Promise<{ context: BrowserContext; page: Page }> =>
      demo.signedIn(email, { width: 1440, height: 900 });

    const graphql = async <T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const { csrfToken } = (await (await page.request.get(`${demo.url}/auth/session`)).json()) as { csrfToken: string };
      const response = await page.request.post(`${demo.url}/graphql`, {
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        data: { query, variables },
      });
      const body = (await response.json()) as { data: T | null; errors?: { message: string }[] };
      if (!body.data) throw new Error(body.errors?.[0]?.message ?? 'no data');
      return body.data;
    };

    afterAll(async () => {
      await admin?.context.close();
      rmSync(join(evidenceDir, '..'), { recursive: true, force: true });
    });

    it('the sign-in page says plainly when the password is wrong, and passes the accessibility checks', async () => {
      const context = await demo.browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${demo.url}/reviews`);
      await page.waitForURL(/\/sign-in/);
      await page.getByLabel('Email').fill('admin@demo');
      await page.getByLabel('Password').fill('not-the-password');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect.poll(() => page.getByRole('alert').innerText(), { timeout: 15_000 }).toMatch(/email or password is wrong/i);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-sign-in.png'), fullPage: true });
      await context.close();
    });

    it('a manager signs in, lands on their team and attests every unflagged item in one action', async () => {
      const { context, page } = await signedIn(managerEmail());
      await page.waitForURL(/\/team/);
      const attest = page.getByRole('button', { name: /^Attest \d+ unflagged items?$/ });
      await attest.waitFor({ timeout: 30_000 });
      const count = Number(/\d+/.exec(await attest.innerText())?.[0]);
      expect(count).toBeGreaterThan(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await attest.click();
      // It asks first, with the count.
      const keep = page.getByRole('dialog').getByRole('button', { name: `Keep ${count} item${count === 1 ? '' : 's'}` });
      await keep.waitFor();
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-1440-manager-attest-dialog.png') });
      await keep.click();
      await expect
        .poll(() => page.locator('main').innerText(), { timeout: 30_000 })
        .toMatch(new RegExp(`Kept ${count} items? in 2026-Q4 access review`));
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-my-team.png'), fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await page
        .getByRole('button', { name: /^Attest \d+ unflagged items?$|^Menu$/ })
        .first()
        .waitFor();
      await page.locator('main .loading').first().waitFor({ state: 'detached', timeout: 30_000 });
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-390-manager-team.png') });
      expect(await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity)).toBeLessThanOrEqual(390);
      await context.close();
    });

    it('security creates and launches a campaign over Jasper, revokes its flagged accounts in bulk and closes it', async () => {
      admin = await signedIn('admin@demo');
      const { page } = admin;
      await page.goto(`${demo.url}/reviews/new`);
      await page.getByLabel('Name').fill('Jasper Q4 review');
      await page.getByLabel('Period').fill('2026-Q4');
      await page.getByLabel(/Chosen apps/).check();
      await page.getByRole('checkbox', { name: 'Jasper', exact: true }).check();
      await page.getByLabel('Due date').fill('2026-12-15');
      // The owner is searched for in HR by name ("isabella gonzalez") and chosen by their email.
      await page.getByLabel('Search HR for the owner').fill((managerEmail().split('@')[0] ?? '').replace(/[._-]+/g, ' '));
      await page.getByRole('radio', { name: new RegExp(managerEmail().replace(/[.+]/g, '\\$&')) }).check();
      await page.getByRole('button', { name: 'Create draft campaign' }).click();
      await page.waitForURL(/\/reviews\/(?!new)[^/?]+$/);
      campaignUrl = page.url();
      await page.getByRole('button', { name: 'Launch campaign' }).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /^Launch: \d+ review items?$/ })
        .click({ timeout: 30_000 });
      await expect.poll(() => page.locator('main').innerText(), { timeout: 30_000 }).toMatch(/Campaign launched: \d+ accounts to review/);
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-campaign-launched.png'), fullPage: true });

      await page.goto(`${campaignUrl}?flagged=true`);
      const selectAll = page.getByRole('button', { name: /^Select all \d+ undecided$/ });
      await selectAll.waitFor({ timeout: 30_000 });
      const flagged = Number(/\d+/.exec(await selectAll.innerText())?.[0]);
      expect(flagged).toBeGreaterThan(0);
      await selectAll.click();
      await page.getByRole('button', { name: 'Decide the selected' }).click();
      await page.getByRole('radio', { name: 'Revoke', exact: true }).check();
      // One selected item is decided with the single-item form, several with the bulk one.
      await page.getByRole('button', { name: flagged === 1 ? 'Save decision' : `Decide ${flagged} items` }).click();
      if (flagged > 1)
        await page
          .getByRole('dialog')
          .getByRole('button', { name: `Revoke ${flagged} items` })
          .click();
      await expect
        .poll(
          () =>
            page
              .getByRole('button', { name: /^Select all \d+ undecided$/ })
              .isDisabled()
              .catch(() => true),
          { timeout: 30_000 },
        )
        .toBe(true);

      const id = decodeURIComponent(new URL(campaignUrl).pathname.split('/').pop() ?? '');
      const revoked = await graphql<{ campaign: { items: { nodes: { accountEmail: string | null }[] } } }>(
        page,
        `
          query ($id: ID!) {
            campaign(id: $id) {
              items(decision: REVOKE, first: 200) {
                nodes {
                  accountEmail
                }
              }
            }
          }
        `,
        { id },
      );
      revokedEmails = revoked.campaign.items.nodes.map((n) => String(n.accountEmail).toLowerCase());
      expect(revokedEmails.length).toBe(flagged);

      // A decision can change until the close: keep one revoked account, then revoke it again.
      const changed = revoked.campaign.items.nodes[0]?.accountEmail ?? '';
      await page.goto(`${campaignUrl}?q=${encodeURIComponent(changed)}`);
      for (const [choice, label] of [
        ['Keep', 'Keep'],
        ['Revoke', 'Revoke'],
      ] as const) {
        await page.getByRole('button', { name: `Change the decision on ${changed} in Jasper` }).click({ timeout: 30_000 });
        await page.getByRole('radio', { name: choice, exact: true }).check();
        if (choice === 'Keep') await page.getByLabel(/^Justification/).fill('Changed my mind in the e2e test');
        await page.getByRole('button', { name: 'Change decision' }).click();
        await expect.poll(() => page.locator('main').innerText(), { timeout: 30_000 }).toContain(`${label}: ${changed} in Jasper.`);
      }

      await page.goto(campaignUrl);
      await page.getByRole('radio', { name: /^No change/ }).check();
      await page.getByRole('button', { name: 'Close and sign off' }).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /^Close/ })
        .click();
      await expect.poll(() => page.locator('main').innerText(), { timeout: 30_000 }).toMatch(/Closed/);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-campaign-closed.png'), fullPage: true });
    });

    it('a follow-up Jasper export without the revoked accounts shows their remediation verified', async () => {
      const { page } = admin;
      expect(revokedEmails.length).toBeGreaterThan(0);
      const original = readFileSync(join(demo.dataDir, 'demo', 'vendor', 'accounts', 'jasper.csv'), 'utf8');
      const [header, ...rows] = original.split(/\r?\n/).filter((line) => line !== '');
      const kept = rows.filter((row) => !revokedEmails.includes((row.split(',')[0] ?? '').toLowerCase()));
      expect(rows.length - kept.length).toBe(revokedEmails.length);

      await page.goto(`${demo.url}/sources`);
      await page.getByLabel('Kind of source').selectOption('accounts-csv');
      await page.getByLabel('App', { exact: true }).selectOption('Jasper');
      await page
        .getByLabel('Files')
        .setInputFiles({ name: 'jasper.csv', mimeType: 'text/csv', buffer: Buffer.from(`${[header, ...kept].join('\r\n')}\r\n`) });
      await page.getByLabel('Does it list everything?').selectOption('complete');
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => page.locator('main').innerText(), { timeout: 60_000 }).toMatch(new RegExp(`${revokedEmails.length} removed`));

      const imports = await graphql<{ auditEvents: { nodes: { actorName: string; targetId: string }[] } }>(
        page,
        `
          {
            auditEvents(filter: { action: "import" }, first: 1) {
              nodes {
                actorName
                targetId
              }
            }
          }
        `,
      );
      expect(imports.auditEvents.nodes[0]).toEqual({ actorName: 'Demo admin', targetId: 'accounts-csv:Jasper' });

      await page.goto(campaignUrl);
      await expect
        .poll(() => page.locator('main').innerText(), { timeout: 30_000 })
        .toMatch(new RegExp(`${revokedEmails.length} verified`));
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-campaign-verified.png'), fullPage: true });
    });

    it('the evidence opens as a readable report, its files hash-check, and the audit chain is intact', async () => {
      const { page } = admin;
      const id = decodeURIComponent(new URL(campaignUrl).pathname.split('/').pop() ?? '');
      await page.goto(`${demo.url}/api/campaigns/${encodeURIComponent(id)}/report.html`);
      const report = await page.locator('body').innerText();
      expect(report).toMatch(/Jasper Q4 review/);
      expect(report).toMatch(/matches/i);
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-evidence-report.png'), fullPage: true });

      const exported = demo.cli(['evidence', id, '--out', evidenceDir]);
      expect(exported.status, exported.out).toBe(0);
      const sums = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: evidenceDir, encoding: 'utf8' });
      expect(sums.status, `${sums.stdout}${sums.stderr}`).toBe(0);
      expect(readFileSync(join(evidenceDir, 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
      const verified = demo.cli(['evidence', 'verify', evidenceDir]);
      expect(verified.status, verified.out).toBe(0);

      const audit = demo.cli(['audit', 'verify']);
      expect(audit.status, audit.out).toBe(0);
      expect(audit.out).toMatch(/intact/);
      await page.goto(`${demo.url}/audit`);
      await expect.poll(() => page.locator('main').innerText(), { timeout: 30_000 }).toMatch(/intact/i);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-audit.png'), fullPage: true });
    });
  });
}
