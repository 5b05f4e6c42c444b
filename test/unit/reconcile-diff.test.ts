import { describe, expect, it } from 'vitest';
import { diffPairs, managerPairs, markingExisting, signInPairs } from '../../server/reconcile/derive-diff.js';
import { diffLinks, splitChanges, type StoredRecord } from '../../server/reconcile/link-diff.js';
import type { Link } from '../../server/reconcile/match.js';

const record = (id: string, over: Partial<StoredRecord> = {}): StoredRecord => ({
  id,
  ruled: true,
  ruleLinks: [],
  needsReview: null,
  reviewCandidates: null,
  reviewReason: null,
  ...over,
});
const link = (fromId: string, personId: string, reason = 'same email'): Link => ({
  fromId,
  personId,
  method: 'exact_email',
  confidence: 0.95,
  reason,
});
const stored = (l: Link) => ({ personId: l.personId, method: l.method, confidence: l.confidence, reason: l.reason });

describe('the difference between stored links and what the rules say now', () => {
  it('writes nothing for a link that still holds, so it keeps the time it was made', () => {
    const l = link('a1', 'p1');
    expect(diffLinks([record('a1', { ruleLinks: [stored(l)] })], { links: [l], ambiguous: [] })).toEqual({
      unlink: [],
      link: [],
      flag: [],
      unflag: [],
    });
  });

  it('replaces a link whose person, or only whose reason, changed; drops one that no longer holds', () => {
    const changes = diffLinks(
      [
        record('a1', { ruleLinks: [stored(link('a1', 'p1'))] }),
        record('a2', { ruleLinks: [stored(link('a2', 'p2'))] }),
        record('a3', { ruleLinks: [stored(link('a3', 'p3'))] }),
        record('a4'),
      ],
      { links: [link('a1', 'p9'), link('a2', 'p2', 'a new reason'), link('a4', 'p4')], ambiguous: [] },
    );
    expect(changes.unlink).toEqual(['a1', 'a2', 'a3']);
    expect(changes.link.map((l) => `${l.fromId}->${l.personId}`)).toEqual(['a1->p9', 'a2->p2', 'a4->p4']);
  });

  it('leaves a record a person decided unlinked and unflagged, whatever the rules say', () => {
    const changes = diffLinks([record('a1', { ruled: false, ruleLinks: [stored(link('a1', 'p1'))], needsReview: true })], {
      links: [link('a1', 'p1')],
      ambiguous: [],
    });
    expect(changes).toEqual({ unlink: ['a1'], link: [], flag: [], unflag: ['a1'] });
  });

  it('flags a record for review once, and clears a flag that no longer applies', () => {
    const ambiguity = { fromId: 'a1', method: 'display_name' as const, candidatePersonIds: ['p1', 'p2'], reason: 'two people' };
    const flagged = record('a1', { needsReview: true, reviewCandidates: ['p1', 'p2'], reviewReason: 'two people' });
    expect(diffLinks([flagged], { links: [], ambiguous: [ambiguity] }).flag).toEqual([]);
    expect(diffLinks([record('a1')], { links: [], ambiguous: [ambiguity] }).flag).toEqual([ambiguity]);
    expect(diffLinks([flagged], { links: [], ambiguous: [{ ...ambiguity, candidatePersonIds: ['p1'] }] }).flag).toHaveLength(1);
    expect(diffLinks([flagged], { links: [link('a1', 'p1')], ambiguous: [] }).unflag).toEqual(['a1']);
  });

  it('splits many changes into parts that keep each record whole', () => {
    const changes = { unlink: ['a1', 'a2', 'a3'], link: [link('a1', 'p1'), link('a3', 'p3')], flag: [], unflag: ['a2'] };
    const parts = splitChanges(changes, 3);
    expect(parts.map((p) => [...p.unlink, ...p.link.map((l) => l.fromId), ...p.unflag].sort())).toEqual([
      ['a1', 'a1'],
      ['a2', 'a2'],
      ['a3', 'a3'],
    ]);
    expect(splitChanges(changes, 100)).toEqual([changes]);
    expect(splitChanges({ unlink: [], link: [], flag: [], unflag: [] }, 100)).toEqual([]);
  });
});

describe('derived relationships worked out from the references imports store', () => {
  it('creates what is missing and deletes what no longer holds', () => {
    expect(
      diffPairs(
        [
          { from: 'a', to: '1' },
          { from: 'b', to: '2' },
        ],
        [
          { from: 'b', to: '2' },
          { from: 'c', to: '3' },
        ],
      ),
    ).toEqual({ add: [{ from: 'a', to: '1' }], remove: [{ from: 'c', to: '3' }] });
  });

  it('marks derived, rather than creating a second one, a pair that a relationship from another writer (a SCIM push) already joins', () => {
    const changes = diffPairs(
      [
        { from: 'a', to: 'g' },
        { from: 'b', to: 'g' },
      ],
      [{ from: 'c', to: 'g' }],
    );
    expect(markingExisting(changes, [{ from: 'b', to: 'g' }])).toEqual({
      add: [{ from: 'a', to: 'g' }],
      remove: [{ from: 'c', to: 'g' }],
      mark: [{ from: 'b', to: 'g' }],
    });
    expect(markingExisting(changes, [])).toBe(changes);
  });

  it('signs an account in with the identity whose assignment names it by email, user name or external id (exact)', () => {
    const accounts = [
      { id: 'acc1', email: 'ada@acme.com', username: null, externalId: null },
      { id: 'acc2', email: null, username: 'grace', externalId: 'U2' },
      { id: 'acc3', email: 'Ada@acme.com', username: null, externalId: null },
    ];
    const pairs = signInPairs(
      [
        { identityId: 'i1', appUserName: 'ada@acme.com', appExternalId: null },
        { identityId: 'i2', appUserName: 'grace', appExternalId: 'U2' },
        { identityId: 'i3', appUserName: null, appExternalId: null },
      ],
      accounts,
    );
    expect(pairs).toEqual([
      { from: 'acc1', to: 'i1' },
      { from: 'acc2', to: 'i2' },
    ]);
  });

  it('finds a manager by employee id first, by email (any case) only when nobody has that id, and never oneself', () => {
    const person = (id: string, employeeId: string | null, email: string, managerRef: string | null, live = true) => ({
      id,
      employeeId,
      email,
      managerRef,
      live,
    });
    const pairs = managerPairs([
      person('p1', 'E1', 'ada@acme.com', null),
      person('p2', 'E2', 'grace@acme.com', 'E1'),
      person('p3', 'E3', 'e2@acme.com', 'ADA@acme.com'),
      person('p4', 'E4', 'x@acme.com', 'E4'),
      person('p5', 'E5', 'y@acme.com', 'E1', false),
      person('p6', 'E2', 'z@acme.com', 'E2'),
    ]);
    expect(pairs).toEqual([
      { from: 'p2', to: 'p1' },
      { from: 'p3', to: 'p1' },
      { from: 'p6', to: 'p2' },
    ]);
  });
});
