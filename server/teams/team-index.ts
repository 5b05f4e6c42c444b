import { z } from 'zod';
import { decodeRows, readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import type { ChangeScope } from '../shared/change-scope.js';
import { placesDigest, teamPlaces } from './team-closure.js';
import * as q from './team-index.queries.js';

/** People whose places are replaced per transaction (each has a handful of managers above them). */
const PEOPLE_PER_TRANSACTION = 2_000;

const personRow = z.object({
  id: z.string(),
  displayName: z.string().nullable(),
  digest: z.string().nullable(),
  managers: z.array(z.string()),
});
const changedRow = z.object({ changed: z.number() });
const beginRow = z.object({ interrupted: z.boolean() });

export interface TeamIndexRefresh {
  /** People whose managers above them (or name) changed, so their places were written again. */
  placesRewritten: number;
  /** People and managers whose stored counts changed. */
  countsChanged: number;
}

/**
 * Brings the team index up to date with REPORTS_TO and the findings: with EVERYTHING, each person's
 * places in their managers' teams (only people whose places changed are written, in bounded
 * transactions; managers and names change only with changes that touch everything); then each
 * person's account counts and each manager's team counts, where they changed. A change to some
 * apps recounts only the people with an account in them, now or when last counted (an account
 * relinked away leaves its former owner among the latter), and the teams above those whose counts
 * changed. A recount cut short is finished whole the next time.
 */
export async function refreshTeamIndex(graph: Graph, scope: ChangeScope): Promise<TeamIndexRefresh> {
  const placesRewritten = scope.kind === 'everything' ? await refreshPlaces(graph) : 0;
  const changed = async (statement: string, params: Record<string, unknown> = {}) =>
    decodeRows(changedRow, await graph.writeInTransactions(statement, params, 'team-index-counts'), 'team-index-counts').reduce(
      (sum, row) => sum + row.changed,
      0,
    );
  const [begun] = decodeRows(beginRow, await graph.write(q.BEGIN_COUNTS, {}, 'team-index-counts'), 'team-index-counts');
  const whole = scope.kind === 'everything' || begun?.interrupted === true;
  const peopleChanged = whole
    ? await changed(q.STORE_PERSON_COUNTS)
    : scope.appIds.length
      ? await changed(q.STORE_PERSON_COUNTS_OF_APPS, { appIds: scope.appIds })
      : 0;
  // A team's counts are sums of its people's counts over its places: unchanged when neither changed.
  const teamsChanged =
    placesRewritten > 0 || begun?.interrupted
      ? await changed(q.STORE_TEAM_COUNTS)
      : peopleChanged > 0
        ? await changed(q.STORE_STALE_TEAM_COUNTS)
        : 0;
  await graph.writeInTransactions(q.CLEAR_STALE_COUNTS, {}, 'team-index-counts');
  await graph.write(q.END_COUNTS, {}, 'team-index-counts');
  const countsChanged = peopleChanged + teamsChanged;
  return { placesRewritten, countsChanged };
}

/** Writes again the places of the people whose managers above them, or name, changed; returns how many. */
async function refreshPlaces(graph: Graph): Promise<number> {
  const people = await readRows(graph, q.READ_PEOPLE_MANAGERS, {}, personRow, 'team-index-read');
  const places = teamPlaces(people);
  const rows = people.flatMap((person) => {
    const mine = places.get(person.id) ?? [];
    const digest = placesDigest(mine);
    return digest === person.digest ? [] : [{ id: person.id, digest, places: mine }];
  });
  for (let i = 0; i < rows.length; i += PEOPLE_PER_TRANSACTION) {
    await graph.write(q.WRITE_TEAM_PLACES, { rows: rows.slice(i, i + PEOPLE_PER_TRANSACTION) }, 'team-index-places');
  }
  return rows.length;
}
