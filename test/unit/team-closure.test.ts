import { describe, expect, it } from 'vitest';
import { MAX_TEAM_DEPTH, placesDigest, teamKeyPrefix, teamPlaces, type PersonManagers } from '../../server/teams/team-closure.js';

const person = (id: string, managers: string[], displayName: string | null = id.toUpperCase()): PersonManagers => ({
  id,
  displayName,
  managers,
});

const placesOf = (people: PersonManagers[], id: string) =>
  (teamPlaces(people).get(id) ?? []).map((place) => [place.managerId, place.depth]);

describe('team places (who is in whose team)', () => {
  it('lists every manager above a person at the depth of the shortest chain, never the person', () => {
    // ceo <- cto <- lead <- dev, and dev also reports to the ceo directly (a dotted line).
    const people = [person('ceo', []), person('cto', ['ceo']), person('lead', ['cto']), person('dev', ['lead', 'ceo'])];
    expect(placesOf(people, 'dev')).toEqual([
      ['ceo', 1],
      ['cto', 2],
      ['lead', 1],
    ]);
    expect(placesOf(people, 'ceo')).toEqual([]);
  });

  it('stops at a cycle and at the deepest level My team walks', () => {
    expect(placesOf([person('a', ['b']), person('b', ['a'])], 'a')).toEqual([['b', 1]]);
    const chain = Array.from({ length: MAX_TEAM_DEPTH + 5 }, (_, i) => person(`p${i}`, i === 0 ? [] : [`p${i - 1}`]));
    const deepest = chain[chain.length - 1]!.id;
    expect(placesOf(chain, deepest)).toHaveLength(MAX_TEAM_DEPTH);
  });

  it("orders a manager's team keys by depth, then name (a shorter name first), then id", () => {
    const people = [
      person('boss', []),
      person('x2', ['boss'], 'Anna'),
      person('x1', ['boss'], 'Ann'),
      person('x3', ['x1'], 'Aaron'),
      person('x4', ['boss'], null),
    ];
    const keys = [...teamPlaces(people).values()]
      .flat()
      .filter((place) => place.teamKey.startsWith(teamKeyPrefix('boss')))
      .map((place) => place.teamKey)
      .sort();
    const ids = keys.map((key) => key.split('\u0001').pop());
    expect(ids).toEqual(['x1', 'x2', 'x4', 'x3']);
    expect(keys.some((key) => key.startsWith(teamKeyPrefix('bos')))).toBe(false);
  });

  it('changes the digest when a name or a manager above changes, and only then', () => {
    const before = [person('ceo', []), person('lead', ['ceo']), person('dev', ['lead'])];
    const digest = (people: PersonManagers[]) => placesDigest(teamPlaces(people).get('dev') ?? []);
    expect(digest(before)).toBe(digest([...before]));
    expect(digest([before[0]!, before[1]!, person('dev', ['lead'], 'Renamed')])).not.toBe(digest(before));
    expect(digest([person('ceo', []), person('lead', []), person('dev', ['lead'])])).not.toBe(digest(before));
  });
});
