/**
 * Who is in whose team: every person's direct and indirect managers, each with the depth of the
 * shortest REPORTS_TO chain to them (1 for a direct manager), as far as MAX_TEAM_DEPTH. Pure;
 * team-index.ts reads the managers and stores the result as IN_TEAM_OF relationships.
 */
import { createHash } from 'node:crypto';

/** How far up a chain of managers reaches (the depth My team has always walked). */
export const MAX_TEAM_DEPTH = 25;

export interface PersonManagers {
  id: string;
  displayName: string | null;
  /** The people this person reports to directly. */
  managers: readonly string[];
}

/** One manager above a person, and the key that orders the manager's team: depth, then name, then id. */
export interface TeamPlace {
  managerId: string;
  depth: number;
  teamKey: string;
}

/** Separates the parts of a team key; lower than any character of a name, so "Ann" sorts before "Anna". */
const SEP = '\u0001';
/** A person without a name sorts after everyone with one, as null does in ORDER BY. */
const NO_NAME = '\uffff';

/** The prefix every team key of `managerId` starts with: a range seek on it lists their team in order. */
export function teamKeyPrefix(managerId: string): string {
  return `${managerId}${SEP}`;
}

export function teamKey(managerId: string, depth: number, displayName: string | null, personId: string): string {
  return [managerId, String(depth).padStart(2, '0'), displayName ?? NO_NAME, personId].join(SEP);
}

/** Each person's managers at every level (breadth first, so each at its shortest depth), never the person themselves. */
export function teamPlaces(people: readonly PersonManagers[]): Map<string, TeamPlace[]> {
  const managersOf = new Map(people.map((person) => [person.id, person.managers]));
  const places = new Map<string, TeamPlace[]>();
  for (const person of people) {
    const seen = new Set([person.id]);
    const found: TeamPlace[] = [];
    let level = [...person.managers];
    for (let depth = 1; depth <= MAX_TEAM_DEPTH && level.length > 0; depth++) {
      const next: string[] = [];
      for (const managerId of level) {
        if (seen.has(managerId) || !managersOf.has(managerId)) continue;
        seen.add(managerId);
        found.push({ managerId, depth, teamKey: teamKey(managerId, depth, person.displayName, person.id) });
        next.push(...(managersOf.get(managerId) ?? []));
      }
      level = next;
    }
    places.set(
      person.id,
      found.sort((a, b) => (a.managerId < b.managerId ? -1 : a.managerId > b.managerId ? 1 : 0)),
    );
  }
  return places;
}

/** A digest of a person's places: stored beside them, so only people whose places changed are written again. */
export function placesDigest(places: readonly TeamPlace[]): string {
  const hash = createHash('sha256');
  for (const place of places) hash.update(`${place.teamKey}\n`);
  return hash.digest('base64url');
}
