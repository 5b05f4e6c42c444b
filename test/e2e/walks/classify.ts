import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from '../../support/axe.js';
import { ARTIFACTS } from '../../support/browser.js';
import type { DemoServer } from '../../support/demo-server.js';

/** An app outside the catalog, as its admin page exports its users: two roles and a seat the catalog has never heard of. */
const APP_NAME = 'Quillmate';

/**
 * Issue 12, point 1, as people do it: an admin imports the user list of an app the catalog does not
 * know, the app page says its roles wait to be classified, the admin says what one of them may do,
 * and the sole-admin finding it caused goes away; finance reads the same page without controls.
 */
export function classifyWalk(demo: DemoServer): void {
  describe('roles and seats to classify, in a real browser, on the demo organization', () => {
    let admin: { context: BrowserContext; page: Page };
    let appPath = '';

    const signedIn = (email: string): Promise<{ context: BrowserContext; page: Page }> =>
      demo.signedIn(email, { width: 1280, height: 900 });

    /** Two people still employed, from the demo's HR data, so their accounts have active owners. */
    const activePeople = async (page: Page): Promise<{ email: string; displayName: string }[]> => {
      const { csrfToken } = (await (await page.request.get(`${demo.url}/auth/session`)).json()) as { csrfToken: string };
      const response = await page.request.post(`${demo.url}/graphql`, {
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        data: { query: '{ people(first: 50) { nodes { email displayName status } } }' },
      });
      const body = (await response.json()) as { data: { people: { nodes: { email: string; displayName: string; status: string }[] } } };
      return body.data.people.nodes.filter((person) => person.status === 'ACTIVE').slice(0, 2);
    };

    beforeAll(async () => {
      admin = await signedIn('admin@demo');
    });

    afterAll(async () => {
      await admin?.context.close();
    });

    it('an import of an app outside the catalog leaves roles to classify, and its page says so beside the sole admin it caused', async () => {
      const { page } = admin;
      const [owner, editor] = await activePeople(page);
      if (!owner || !editor) throw new Error('the demo has fewer than two active people');
      await page.goto(`${demo.url}/sources`);
      await page.getByLabel('Kind of source').selectOption('accounts-csv');
      await page.getByLabel('App', { exact: true }).selectOption('+new');
      await page.getByLabel('App name').fill(APP_NAME);
      await page.getByLabel('Files').setInputFiles({
        name: 'quillmate-users.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          `Email,Name,Role,Status\r\n${owner.email},${owner.displayName},Owner,Active\r\n${editor.email},${editor.displayName},Editor,Active\r\n`,
        ),
      });
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => page.locator('.import-outcome').innerText(), { timeout: 60_000 }).toMatch(/Imported/);

      await page.getByRole('link', { name: 'Apps', exact: true }).click();
      await page.getByRole('link', { name: APP_NAME, exact: true }).first().click();
      await page.waitForURL(/\/apps\/app-/);
      appPath = new URL(page.url()).pathname;
      const main = page.locator('main');
      await expect.poll(() => main.innerText(), { timeout: 15_000 }).toMatch(/2 roles and 1 seat type to classify\./);
      expect(await main.innerText()).toMatch(/Sole admin\./);
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-classify-app-before.png'), fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);
    });

    it('the admin classifies the Editor role as admin and prices the seat: the page says what changed and the sole-admin finding is gone', async () => {
      const { page } = admin;
      await page.getByRole('link', { name: `Roles and seats to classify in ${APP_NAME}` }).click();
      await page.waitForURL(/\/roles-and-seats\?app=app-/);
      const roles = page.getByRole('table', { name: new RegExp(`^Roles of ${APP_NAME}`) });
      await roles.waitFor({ timeout: 15_000 });
      expect(await roles.innerText()).toMatch(/Editor[\s\S]*Standard\s+read from the role's name/);
      expect(await page.getByRole('table', { name: new RegExp(`^Seat types of ${APP_NAME}`) }).innerText()).toMatch(/unknown/);
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.getByRole('combobox', { name: 'Privilege of Editor' }).selectOption('ADMIN');
      await page.getByRole('button', { name: 'Confirm the privilege of Editor' }).click();
      const status = page.getByRole('status').filter({ hasText: 'Findings were recomputed' });
      await expect
        .poll(() => status.innerText(), { timeout: 30_000 })
        .toBe(`${APP_NAME}: “Editor” is admin now (it was standard by default); 1 account holds it. Findings were recomputed.`);
      await expect.poll(() => roles.innerText(), { timeout: 15_000 }).not.toMatch(/Editor/);

      await page.getByRole('spinbutton', { name: 'Monthly cost of one Seat seat, in USD' }).fill('15');
      await page.getByRole('button', { name: 'Save the cost of Seat' }).click();
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Seat spend' }).innerText(), { timeout: 30_000 })
        .toMatch(/“Seat” costs \$15\.00 per seat a month now \(it was unknown\); 2 accounts hold it/);

      // The box follows the URL, which the router changes a moment after the click: click, then wait for both.
      const showAll = page.getByRole('checkbox', { name: 'Show every role and seat type, not only those to classify' });
      await showAll.click();
      await page.waitForURL(/all=1/);
      await expect.poll(() => showAll.isChecked()).toBe(true);
      await expect
        .poll(() => roles.innerText(), { timeout: 15_000 })
        .toMatch(/Editor[\s\S]*Admin\s+confirmed by a person \(default: Standard\)/);
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-classify-page.png'), fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.getByRole('link', { name: `Open the ${APP_NAME} app page` }).click();
      await page.waitForURL((url) => url.pathname === appPath);
      const main = page.locator('main');
      await expect.poll(() => main.innerText(), { timeout: 15_000 }).toMatch(/1 role to classify\./);
      expect(await main.innerText()).not.toMatch(/Sole admin/);
      expect(await main.innerText()).toMatch(/\$30\.00/);
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-classify-app-after.png'), fullPage: true });
    });

    it('finance sees the roles and seats to classify in the nav and reads them without controls', async () => {
      const { page, context } = await signedIn('finance@demo');
      await page.getByRole('link', { name: 'Roles and seats', exact: true }).click();
      await page.waitForURL(/\/roles-and-seats$/);
      await page.getByRole('table', { name: new RegExp(`^Roles of ${APP_NAME}`) }).waitFor({ timeout: 15_000 });
      expect(await page.locator('main').innerText()).toMatch(/Only admins can classify roles and set seat costs/);
      expect(await page.getByRole('combobox').count()).toBe(0);
      expect(await page.getByRole('spinbutton').count()).toBe(0);
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-classify-finance.png'), fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    });
  });
}
