import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Catalog, CatalogError, defaultCatalogDir, loadCatalog } from '../../server/catalog/catalog.js';
import type { CatalogEntry } from '../../server/catalog/catalog.types.js';

const tempDirs: string[] = [];

function tempCatalog(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'attest-catalog-'));
  tempDirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

function shippedEntry(key: string): CatalogEntry {
  return JSON.parse(readFileSync(join(defaultCatalogDir(), `${key}.json`), 'utf8')) as CatalogEntry;
}

function catalogErrorFrom(load: () => unknown): CatalogError {
  try {
    load();
  } catch (error) {
    if (error instanceof CatalogError) return error;
    throw error;
  }
  throw new Error('expected a CatalogError, but loading succeeded');
}

afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('shipped catalog', () => {
  const catalog = loadCatalog();

  it('loads every app the design requires', () => {
    for (const key of [
      'jasper',
      'jetstack-ai',
      'jestor',
      'atlassian',
      'atlassian-jira',
      'atlassian-confluence',
      'slack',
      'github',
      'google-workspace',
      'zoom',
      'figma',
      'notion',
      'salesforce',
      '1password',
    ]) {
      expect(catalog.find(key), key).toBeDefined();
    }
  });

  it('is cached: loading the default catalog twice returns the same instance', () => {
    expect(loadCatalog()).toBe(catalog);
  });

  it('models Jasper: Admin/Member, $59 per seat, Pro capped at 5 seats, seats taken at invite', () => {
    const jasper = catalog.get('jasper');
    const roleNames = jasper.roles.map((role) => role.name);
    expect(roleNames).toEqual(expect.arrayContaining(['Admin', 'Member']));
    expect(catalog.adminRoleNames('jasper')).toEqual(['Admin']);
    const seat = jasper.seatTypes.find((s) => s.isDefault);
    expect(seat?.monthlyCost).toBe(59);
    expect(jasper.defaultPlan).toBe('Pro');
    expect(jasper.plans.find((p) => p.name === 'Pro')?.seatCap).toBe(5);
    expect(jasper.invitesConsumeSeat).toBe(true);
    expect(jasper.caveats.find((c) => c.findingType === 'sole_admin')?.text).toContain('Jasper support');
    expect(jasper.caveats.some((c) => c.findingType === 'integration_left_behind')).toBe(true);
  });

  it('models JetStack AI: exactly one Owner who cannot be removed, 7-day invites', () => {
    const jetstack = catalog.get('jetstack-ai');
    const owner = jetstack.roles.find((role) => role.name === 'Owner');
    expect(owner?.privilege).toBe('owner');
    expect(owner?.maxHolders).toBe(1);
    expect(owner?.minHolders).toBe(1);
    expect(jetstack.inviteExpiryDays).toBe(7);
    expect(catalog.adminRoleNames('jetstack-ai')).toEqual(['Owner', 'Admin']);
    expect(jetstack.caveats.some((c) => c.findingType === 'integration_left_behind')).toBe(true);
  });

  it('models Jestor: Member and Builder seat types, seat reserved at invite', () => {
    const jestor = catalog.get('jestor');
    expect(jestor.seatTypes.map((seat) => seat.name)).toEqual(['Member', 'Builder']);
    expect(jestor.invitesConsumeSeat).toBe(true);
  });

  it('models Atlassian with maximum-quantity billing and billing on invite', () => {
    for (const key of ['atlassian', 'atlassian-jira', 'atlassian-confluence']) {
      const entry = catalog.get(key);
      expect(entry.billingModel, key).toBe('max_quantity');
      expect(entry.invitesConsumeSeat, key).toBe(true);
      expect(catalog.adminRoleNames(key), key).toEqual(
        expect.arrayContaining(['Organization admin', 'Site admin', 'User access admin', 'App admin']),
      );
    }
    expect(
      catalog
        .get('atlassian')
        .deactivation.map((step) => step.action)
        .join(' '),
    ).toMatch(/Suspend.*Remove.*Delete/s);
  });

  it('names the apps that give no activity data', () => {
    const withoutActivity = catalog.entries.filter((entry) => !entry.activityData).map((entry) => entry.key);
    expect(withoutActivity).toContain('notion');
  });

  it('bills Slack per active user and does not charge for invites', () => {
    const slack = catalog.get('slack');
    expect(slack.billingModel).toBe('per_active_user');
    expect(slack.invitesConsumeSeat).toBe(false);
  });

  it('has exactly one default seat type and an admin role in every app', () => {
    for (const entry of catalog.entries) {
      expect(
        entry.seatTypes.filter((seat) => seat.isDefault),
        entry.key,
      ).toHaveLength(1);
      expect(catalog.adminRoleNames(entry.key).length, entry.key).toBeGreaterThan(0);
    }
  });
});

describe('Catalog lookups', () => {
  const catalog = loadCatalog();

  it('maps vendor status words case-insensitively and ignores surrounding spaces', () => {
    expect(catalog.statusOf('jasper', 'Pending')).toBe('invited');
    expect(catalog.statusOf('jasper', '  ACTIVE ')).toBe('active');
    expect(catalog.statusOf('atlassian', 'Suspended')).toBe('suspended');
    expect(catalog.statusOf('slack', 'Single-Channel Guest')).toBe('active');
    expect(catalog.statusOf('jetstack-ai', 'Invited')).toBe('invited');
  });

  it('returns undefined for a status word the vendor does not use', () => {
    expect(catalog.statusOf('jasper', 'on vacation')).toBeUndefined();
    expect(catalog.statusOf('jasper', 'constructor')).toBeUndefined();
  });

  it('names the unknown key and lists the known ones', () => {
    const error = catalogErrorFrom(() => catalog.get('jsaper'));
    expect(error.code).toBe('CATALOG_UNKNOWN_APP');
    expect(error.message).toContain('"jsaper"');
    expect(error.message).toContain('jasper');
    expect(error.message).toContain('jetstack-ai');
    expect(catalog.find('jsaper')).toBeUndefined();
  });
});

describe('loading a broken catalog', () => {
  it('names the file, the field path and what was expected', () => {
    const broken = shippedEntry('jasper');
    const seat = broken.seatTypes[0] as unknown as Record<string, unknown>;
    seat.monthlyCost = '59';
    const dir = tempCatalog({ 'jasper.json': broken });

    const error = catalogErrorFrom(() => loadCatalog(dir));
    expect(error.message).toContain('jasper.json: seatTypes[0].monthlyCost: expected number, got string');
  });

  it('reports a wrong enum value with the allowed values', () => {
    const broken = shippedEntry('jetstack-ai') as unknown as { roles: Record<string, unknown>[] };
    const role = broken.roles[1];
    if (role) role.privilege = 'superuser';
    const dir = tempCatalog({ 'jetstack-ai.json': broken });

    const error = catalogErrorFrom(() => loadCatalog(dir));
    expect(error.message).toContain('jetstack-ai.json: roles[1].privilege: expected one of "owner", "admin"');
    expect(error.message).toContain('"superuser"');
  });

  it('reports a missing field and an unknown (misspelt) field', () => {
    const broken = shippedEntry('jestor') as unknown as Record<string, unknown>;
    delete broken.billingModel;
    broken.inviteExpiry = 7;
    const dir = tempCatalog({ 'jestor.json': broken });

    const error = catalogErrorFrom(() => loadCatalog(dir));
    expect(error.message).toContain('jestor.json: billingModel: expected one of');
    expect(error.message).toContain('jestor.json: inviteExpiry: unknown field');
  });

  it('rejects cross-field mistakes: two default seat types, an unknown default plan, no admin role', () => {
    const broken = shippedEntry('jestor');
    broken.seatTypes = broken.seatTypes.map((seat) => ({ ...seat, isDefault: true }));
    broken.defaultPlan = 'Platinum';
    broken.roles = broken.roles.map((role) => ({ ...role, privilege: 'standard' as const }));
    const dir = tempCatalog({ 'jestor.json': broken });

    const error = catalogErrorFrom(() => loadCatalog(dir));
    expect(error.message).toContain('jestor.json: seatTypes: expected exactly one seat type with isDefault true, found 2');
    expect(error.message).toContain('jestor.json: defaultPlan: expected the name of a plan');
    expect(error.message).toContain('jestor.json: roles: expected at least one role with privilege "owner" or "admin"');
  });

  it('rejects a key that is not lower-case kebab case and duplicate role names', () => {
    const broken = shippedEntry('jasper');
    broken.key = 'Jasper_AI';
    broken.roles = [...broken.roles, { ...broken.roles[0]!, description: 'copy' }];
    const dir = tempCatalog({ 'jasper.json': broken });

    const error = catalogErrorFrom(() => loadCatalog(dir));
    expect(error.message).toContain('jasper.json: key: expected a lower-case kebab-case key');
    expect(error.message).toMatch(/jasper\.json: roles\[\d\]\.name: expected a unique role name, "Admin"/);
  });

  it('rejects an alias that names another role too', () => {
    const broken = shippedEntry('jasper');
    broken.roles = broken.roles.map((role) => (role.name === 'Member' ? { ...role, aliases: ['administrator'] } : role));
    const dir = tempCatalog({ 'jasper.json': broken });

    const error = catalogErrorFrom(() => loadCatalog(dir));
    expect(error.message).toMatch(
      /jasper\.json: roles\[\d\]\.aliases\[0\]: expected a unique role name, "administrator" appears more than once/,
    );
  });

  it('rejects upper-case status words and unknown canonical states', () => {
    const broken = shippedEntry('jasper') as unknown as { statusWords: Record<string, string> };
    broken.statusWords.Pending = 'invited';
    broken.statusWords.gone = 'vanished';
    const dir = tempCatalog({ 'jasper.json': broken });

    const error = catalogErrorFrom(() => loadCatalog(dir));
    expect(error.message).toContain('jasper.json: statusWords.Pending: expected a trimmed lower-case vendor word');
    expect(error.message).toContain('jasper.json: statusWords.gone: expected one of "active", "invited", "suspended", "deactivated"');
  });

  it('names the file when it is not valid JSON', () => {
    const dir = tempCatalog({ 'zoom.json': '{ "key": "zoom", ' });
    const error = catalogErrorFrom(() => loadCatalog(dir));
    expect(error.message).toMatch(/zoom\.json: invalid JSON/);
  });

  it('names both files when two declare the same key', () => {
    const jasper = shippedEntry('jasper');
    const dir = tempCatalog({ 'jasper.json': jasper, 'jasper-copy.json': jasper });

    const error = catalogErrorFrom(() => loadCatalog(dir));
    expect(error.message).toContain('duplicate catalog key "jasper"');
    expect(error.message).toContain('jasper.json');
    expect(error.message).toContain('jasper-copy.json');
    expect(error.files).toHaveLength(2);
  });

  it('requires the file name to match the key', () => {
    const dir = tempCatalog({ 'jasper-ai.json': shippedEntry('jasper') });
    const error = catalogErrorFrom(() => loadCatalog(dir));
    expect(error.message).toContain('jasper-ai.json: key: expected the file to be named jasper.json');
  });

  it('refuses an empty or missing catalog directory', () => {
    expect(catalogErrorFrom(() => loadCatalog(tempCatalog({}))).message).toContain('no catalog files');
    expect(catalogErrorFrom(() => loadCatalog(join(tmpdir(), 'attest-no-such-catalog'))).message).toContain('catalog directory not found');
  });

  it('loads a valid catalog from another directory without touching the cached default', () => {
    const dir = tempCatalog({ 'jasper.json': shippedEntry('jasper') });
    const catalog = loadCatalog(dir);
    expect(catalog).toBeInstanceOf(Catalog);
    expect(catalog.keys()).toEqual(['jasper']);
    expect(loadCatalog().keys().length).toBeGreaterThan(1);
  });
});
