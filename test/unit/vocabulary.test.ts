import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { defaultSeat, findPlan, inferPrivilege, inferStatus, resolveRole, resolveSeatType } from '../../server/catalog/vocabulary.js';
import { emptyBatch, type AccountIn } from '../../server/ingest/model.js';
import { prepareBatch } from '../../server/ingest/write/prepare.js';

const catalog = loadCatalog();
const jasper = catalog.get('jasper');
const jestor = catalog.get('jestor');

describe("matching the customer's words to the catalog", () => {
  it('matches names and aliases whatever the case and spacing', () => {
    expect(resolveRole(jasper, '  administrator ')).toEqual({ name: 'Admin', privilege: 'admin', source: 'catalog' });
    expect(resolveRole(jasper, 'MEMBER')).toEqual({ name: 'Member', privilege: 'standard', source: 'catalog' });
    for (const word of ['Pro seat', 'creator  seat', 'Business/Enterprise seat']) {
      expect(resolveSeatType(jasper, word)).toEqual({ name: 'Seat', monthlyCost: 59, currency: 'USD', source: 'catalog' });
    }
    expect(findPlan(jasper, 'pro plan')?.name).toBe('Pro');
    expect(findPlan(jasper, 'Platinum')).toBeUndefined();
  });

  it("keeps a role the catalog does not know in the vendor's words, its privilege read from the name", () => {
    expect(resolveRole(jestor, 'Financeiro')).toEqual({ name: 'Financeiro', privilege: 'standard', source: 'inferred' });
    expect(resolveRole(jestor, ' Workspace   Owner ')).toEqual({ name: 'Workspace Owner', privilege: 'admin', source: 'inferred' });
    expect(resolveRole(undefined, 'Admin')).toEqual({ name: 'Admin', privilege: 'admin', source: 'inferred' });
  });

  it("gives a seat type the catalog does not know the default seat's cost, and an app outside the catalog no cost", () => {
    expect(resolveSeatType(jestor, 'Guest seat')).toEqual({ name: 'Guest seat', monthlyCost: 9, currency: 'USD', source: 'assumed' });
    expect(resolveSeatType(undefined, 'Pro')).toEqual({ name: 'Pro', monthlyCost: null, currency: 'USD', source: 'unknown' });
    expect(defaultSeat(undefined)).toEqual({ name: 'Seat', monthlyCost: null, currency: 'USD', source: 'unknown' });
    expect(defaultSeat(jestor)).toMatchObject({ name: 'Member', monthlyCost: 9, source: 'catalog' });
  });
});

describe('inferring privilege and status from a word', () => {
  it.each([
    ['Owner', 'admin'],
    ['Super Admin', 'admin'],
    ['Superuser', 'admin'],
    ['Workspace Administrators', 'admin'],
    ['Billing Manager', 'admin'],
    ['Can manage members', 'admin'],
    ['root', 'admin'],
    ['Read-only', 'viewer'],
    ['Viewer', 'viewer'],
    ['Financeiro', 'standard'],
    ['Editor', 'standard'],
    ['Guest', 'standard'],
  ] as const)('%s is %s', (word, privilege) => {
    expect(inferPrivilege(word)).toBe(privilege);
  });

  it.each([
    ['Frozen', 'suspended'],
    ['Locked out', 'suspended'],
    ['Disabled', 'suspended'],
    ['Inactive', 'deactivated'],
    ['Removed from workspace', 'deactivated'],
    ['Invitation sent', 'invited'],
    ['Pending acceptance', 'invited'],
    ['Enabled', 'active'],
    ['Active', 'active'],
    ['Banana', undefined],
  ] as const)('%s is %s', (word, status) => {
    expect(inferStatus(word)).toBe(status);
  });
});

function account(
  app: AccountIn['app'],
  email: string,
  roles: string[],
  seatType: string | null,
  status: AccountIn['status'] = 'active',
): AccountIn {
  return {
    app,
    externalId: null,
    email,
    username: null,
    displayName: null,
    status,
    vendorStatus: status,
    kind: 'human',
    roles,
    rolesKnown: true,
    seatType,
    invitedAt: null,
    createdAt: null,
    lastActiveAt: null,
    activityKnown: false,
    counters: {},
  };
}

describe('preparing an import with words the catalog does not know', () => {
  const jestorApp = { name: 'Jestor', catalogKey: 'jestor', plan: null };
  const myApp = { name: 'My App', catalogKey: null, plan: null };

  it("adds the vendor's roles and seat types to the app, one per word whatever its case, and says so in the notes", () => {
    const batch = emptyBatch('accounts-csv', 'accounts-csv:Jestor');
    batch.accounts = [
      account(jestorApp, 'a@acme.example', ['Financeiro', 'admin'], 'Guest seat'),
      account(jestorApp, 'b@acme.example', ['FINANCEIRO'], null),
    ];
    const prepared = prepareBatch(batch, catalog);
    const app = prepared.apps[0];
    expect(app?.roles).toEqual([
      { id: 'app-jestor:role:Admin', name: 'Admin', privilege: 'admin', source: 'catalog' },
      { id: 'app-jestor:role:User', name: 'User', privilege: 'standard', source: 'catalog' },
      { id: 'app-jestor:role:financeiro', name: 'Financeiro', privilege: 'standard', source: 'inferred' },
    ]);
    expect(app?.seatTypes.map((s) => [s.id, s.monthlyCost, s.source])).toEqual([
      ['app-jestor:seat:Member', 9, 'catalog'],
      ['app-jestor:seat:Builder', 39, 'catalog'],
      ['app-jestor:seat:guest seat', 9, 'assumed'],
    ]);
    expect(prepared.accounts.map((a) => [a.roleIds, a.seatTypeId])).toEqual([
      [['app-jestor:role:financeiro', 'app-jestor:role:Admin'], 'app-jestor:seat:guest seat'],
      [['app-jestor:role:financeiro'], 'app-jestor:seat:Member'],
    ]);
    expect(prepared.notes.join('\n')).toContain(
      'Roles the catalog does not know for Jestor, privilege read from the name until classified (attest roles): "Financeiro" (standard).',
    );
    expect(prepared.notes.join('\n')).toContain('"Guest seat" (9 USD)');
  });

  it('creates an app outside the catalog with a seat of unknown cost, and holds no seat for its invites', () => {
    const batch = emptyBatch('accounts-csv', 'accounts-csv:My App');
    batch.accounts = [account(myApp, 'a@acme.example', ['Owner'], null), account(myApp, 'b@acme.example', [], null, 'invited')];
    const prepared = prepareBatch(batch, catalog);
    expect(prepared.apps[0]).toMatchObject({ id: 'app-my-app', catalogKey: null, defaultPlan: null, billingModel: null });
    expect(prepared.apps[0]?.roles).toEqual([{ id: 'app-my-app:role:owner', name: 'Owner', privilege: 'admin', source: 'inferred' }]);
    expect(prepared.apps[0]?.seatTypes).toEqual([
      { id: 'app-my-app:seat:seat', name: 'Seat', monthlyCost: null, currency: 'USD', source: 'unknown' },
    ]);
    expect(prepared.accounts.map((a) => a.seatTypeId)).toEqual(['app-my-app:seat:seat', null]);
    expect(prepared.notes[0]).toBe(
      'My App is not in the catalog: imported with activity unknown and seat cost unknown until set (attest roles set-seat).',
    );
  });
});
