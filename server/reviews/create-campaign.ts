import { randomUUID } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.js';
import type { Actor } from '../audit/actor.js';
import { decodeRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import { foundPersonSchema } from '../reconcile/overrides.js';
import { FIND_PEOPLE } from '../reconcile/overrides.queries.js';
import * as q from './campaign.queries.js';
import { campaignsOf } from './campaign-read.js';
import { ReviewError } from './review-error.js';
import { SCOPE_KINDS, type CampaignRecord, type ScopeKind } from './review.types.js';

export interface CampaignDraft {
  name: string;
  /** e.g. 2026-Q4, 2026-H2, 2026-11 or 2026. */
  period: string;
  scopeKind: ScopeKind;
  /** App ids or names, for scope "apps". */
  scopeApps?: string[];
  dueAt: Date;
  /** Person id, employee id or work email of the campaign owner (reviewer of orphaned accounts). */
  owner: string;
  secondStage?: boolean;
  remediationDays?: number;
}

const PERIOD = /^\d{4}(-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?$/;

/** Creates a draft campaign (nothing is snapshotted until launch). */
export async function createCampaign(graph: Graph, draft: CampaignDraft, actor: Actor, now: Date): Promise<CampaignRecord> {
  const name = draft.name.trim();
  if (!name) throw new ReviewError('bad_input', 'a campaign needs a name', 'name');
  if (name.length > 200) throw new ReviewError('bad_input', `the name is ${name.length} characters; at most 200`, 'name');
  const period = draft.period.trim();
  if (!PERIOD.test(period))
    throw new ReviewError('bad_input', `period "${draft.period}" is not a period like 2026-Q4, 2026-H2, 2026-11 or 2026`, 'period');
  if (!(SCOPE_KINDS as readonly string[]).includes(draft.scopeKind)) {
    throw new ReviewError('bad_input', `scope "${draft.scopeKind}" is not one of ${SCOPE_KINDS.join(', ')}`, 'scope');
  }
  if (Number.isNaN(draft.dueAt.getTime())) throw new ReviewError('bad_input', 'the due date is not a date', 'dueAt');
  if (draft.dueAt <= now)
    throw new ReviewError('bad_input', `the due date ${draft.dueAt.toISOString()} is not after now (${now.toISOString()})`, 'dueAt');
  const remediationDays = draft.remediationDays ?? 14;
  if (!Number.isInteger(remediationDays) || remediationDays < 1 || remediationDays > 365) {
    throw new ReviewError('bad_input', `remediation days must be a whole number from 1 to 365, got ${remediationDays}`, 'remediationDays');
  }
  if (draft.scopeKind !== 'apps' && draft.scopeApps?.length) {
    throw new ReviewError('bad_input', `apps are only given with scope "apps" (scope is "${draft.scopeKind}")`, 'scopeApps');
  }

  return graph.executeWrite(async (tx) => {
    const scopeAppIds =
      draft.scopeKind === 'apps'
        ? resolveApps(
            draft.scopeApps ?? [],
            decodeRows(appsByRefRow, rowsOf(await tx.run(q.FIND_APPS, { refs: cleanRefs(draft.scopeApps ?? []) })), 'campaign-find-apps'),
          )
        : [];
    const owner = await findOwner(tx, draft.owner);
    if ((await tx.run(q.CAMPAIGN_NAME_TAKEN, { name })).records.length > 0) {
      throw new ReviewError('bad_input', `a campaign named "${name}" already exists; pick another name`, 'name');
    }
    const campaign = {
      id: randomUUID(),
      name,
      period,
      scopeKind: draft.scopeKind,
      scopeAppIds,
      dueAt: draft.dueAt.toISOString(),
      secondStage: draft.secondStage ?? false,
      remediationDays: neo4j.int(remediationDays),
      status: 'draft',
      createdAt: now.toISOString(),
      createdById: actor.id,
      createdByName: actor.name,
      closeDefault: null,
      ownerUserId: owner.kind === 'user' ? owner.id : null,
      ownerUserEmail: owner.kind === 'user' ? owner.email : null,
      ownerUserName: owner.kind === 'user' ? owner.name : null,
      version: neo4j.int(1),
    };
    const ownerPersonId = owner.kind === 'person' ? owner.id : null;
    const [created] = campaignsOf(rowsOf(await tx.run(q.CREATE_CAMPAIGN, { campaign, ownerPersonId })), 'campaign-create');
    if (!created) throw new ReviewError('bad_input', `nobody in HR is "${draft.owner}"`, 'owner');
    await appendAudit(
      tx,
      actor,
      {
        action: 'campaign.create',
        targetType: 'Campaign',
        targetId: campaign.id,
        before: null,
        after: { ...campaign, remediationDays, version: 1, ownerPersonId },
      },
      now,
    );
    return created;
  }, 'campaign-create');
}

type CampaignOwner = { kind: 'person'; id: string } | { kind: 'user'; id: string; email: string; name: string };

const signInOwnerRow = z.object({ id: z.string(), email: z.string(), displayName: z.string(), role: z.string(), inHr: z.boolean() });

/**
 * The owner is a person in HR (person id, employee id or work email), or else an admin who signs in
 * but is not in HR (by sign-in email): such a campaign has nobody to review orphaned accounts, which
 * are left for an admin to reassign.
 */
async function findOwner(tx: ManagedTransaction, ref: string): Promise<CampaignOwner> {
  const people = decodeRows(foundPersonSchema, rowsOf(await tx.run(FIND_PEOPLE, { ref: ref.trim() })), 'campaign-find-owner');
  const [person, ...others] = people;
  if (person) {
    if (others.length) throw new ReviewError('bad_input', `"${ref}" could be ${people.length} people; give the employee id`, 'owner');
    if (person.status === 'terminated')
      throw new ReviewError('bad_input', `${person.name} has left (terminated in HR) and cannot own a campaign`, 'owner');
    return { kind: 'person', id: person.id };
  }
  const [user] = decodeRows(signInOwnerRow, rowsOf(await tx.run(q.FIND_SIGN_IN_OWNER, { ref: ref.trim() })), 'campaign-find-user-owner');
  if (user && user.role === 'admin' && !user.inHr) return { kind: 'user', id: user.id, email: user.email, name: user.displayName };
  throw new ReviewError(
    'bad_input',
    user
      ? `${user.email} signs in as ${user.role} and is not in HR; only a person in HR or an admin can own a campaign`
      : `nobody in HR is "${ref}" (looked for it as person id, employee id and email), and no admin signs in with it`,
    'owner',
  );
}

function cleanRefs(refs: string[]): string[] {
  return [...new Set(refs.map((r) => r.trim()).filter(Boolean))];
}

/** FIND_APPS: the apps each reference names. */
const appsByRefRow = z.object({ ref: z.string(), apps: z.array(z.object({ id: z.string(), name: z.string() })) });

function resolveApps(refs: string[], found: z.output<typeof appsByRefRow>[]): string[] {
  if (cleanRefs(refs).length === 0) throw new ReviewError('bad_input', 'scope "apps" needs at least one app (id or name)', 'scopeApps');
  const unknown = found.filter((r) => r.apps.length === 0).map((r) => `"${r.ref}"`);
  if (unknown.length) throw new ReviewError('bad_input', `no app is named ${unknown.join(', ')}`, 'scopeApps');
  return [...new Set(found.flatMap((r) => r.apps.map((a) => a.id)))].sort();
}
