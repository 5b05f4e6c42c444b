import { describe, expect, it } from 'vitest';
import { firstWriteProperties } from '../../../server/ingest/write/first-write-properties.js';
import { firstWriteRelationships } from '../../../server/ingest/write/first-write-relationships.js';

const params = { kind: 'accounts-csv', scope: 'accounts-csv:Jasper', runId: 'run-1', now: '2026-12-01T09:00:00.000Z' } as const;

const suspended = {
  email: 'tom@acme.example',
  username: null,
  displayName: 'Tom Becker',
  externalId: null,
  status: 'suspended',
  vendorStatus: 'Frozen',
  kind: 'human',
  rolesKnown: true,
  invitedAt: null,
  createdAt: null,
  lastActiveAt: '2026-11-02T10:00:00Z',
  activityKnown: true,
  appId: 'app-jasper',
  id: 'app-jasper:tom@acme.example',
  roleIds: ['app-jasper:role:Admin'],
  seatTypeId: null,
  counterNames: [],
  counterValues: [],
  contentHash: 'hash-1',
};

describe('first-write properties', () => {
  it('gives what the Cypher path stores on a new account: nulls absent, first sights at the run, provenance', () => {
    const properties = Object.fromEntries(firstWriteProperties('Account', suspended, params).map((p) => [p.property, [p.type, p.value]]));
    expect(properties).toEqual({
      id: ['string', 'app-jasper:tom@acme.example'],
      email: ['string', 'tom@acme.example'],
      displayName: ['string', 'Tom Becker'],
      status: ['string', 'suspended'],
      vendorStatus: ['string', 'Frozen'],
      deactivatedAt: ['datetime', params.now],
      kind: ['string', 'human'],
      activityKnown: ['boolean', true],
      rolesKnown: ['boolean', true],
      createdAt: ['datetime', params.now],
      lastActiveAt: ['datetime', '2026-11-02T10:00:00Z'],
      source: ['string', 'accounts-csv'],
      scope: ['string', 'accounts-csv:Jasper'],
      lastSyncRunId: ['string', 'run-1'],
      firstSyncRunId: ['string', 'run-1'],
      firstSeenAt: ['datetime', params.now],
      lastSeenAt: ['datetime', params.now],
      contentHash: ['string', 'hash-1'],
    });
  });

  it('stores a list only when it has items, as the bulk importer can (an empty cell is no property)', () => {
    const counted = firstWriteProperties('Account', { ...suspended, counterNames: ['docs'], counterValues: [3] }, params);
    expect(counted.filter((p) => p.property.startsWith('counter'))).toEqual([
      { property: 'counters', type: 'string[]', value: ['docs'] },
      { property: 'counterValues', type: 'double[]', value: [3] },
    ]);
  });

  it('an active account has no deactivatedAt, and keeps the creation time its source gives', () => {
    const active = firstWriteProperties('Account', { ...suspended, status: 'active', createdAt: '2025-01-01T00:00:00Z' }, params);
    expect(active.find((p) => p.property === 'deactivatedAt')).toBeUndefined();
    expect(active.find((p) => p.property === 'createdAt')?.value).toBe('2025-01-01T00:00:00Z');
  });

  it('refuses a row of the wrong shape or without its hash, instead of writing a different node', () => {
    expect(() => firstWriteProperties('Account', { ...suspended, rolesKnown: 'yes' }, params)).toThrow(/rolesKnown/);
    expect(() => firstWriteProperties('Account', { ...suspended, contentHash: undefined }, params)).toThrow(/contentHash/);
  });

  it("names the account's app, roles and seat", () => {
    expect(firstWriteRelationships('Account', suspended)).toEqual([
      { type: 'IN', target: 'App', targetId: 'app-jasper' },
      { type: 'HAS_ROLE', target: 'Role', targetId: 'app-jasper:role:Admin' },
    ]);
    expect(firstWriteRelationships('Account', { ...suspended, seatTypeId: 'app-jasper:seat:Seat' })).toContainEqual({
      type: 'USES_SEAT',
      target: 'SeatType',
      targetId: 'app-jasper:seat:Seat',
    });
    expect(firstWriteRelationships('Person', { id: 'E1' })).toEqual([]);
  });
});
