import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/audit-log.js';
import { readRows } from '../graph/decode.js';
import { rowsOf, type Graph, type Row } from '../graph/graph.js';
import * as q from './overrides.queries.js';

const RECORD_TYPES = ['account', 'identity'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];
export type ManualKind = 'service' | 'shared';

/** A decision a person asked for that cannot be carried out as asked: the message says what and why. */
export class OverrideError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OverrideError';
  }
}

export interface RecordRef {
  id: string;
  recordType: RecordType;
  /** Email, login or user name, for messages. */
  label: string;
  appName: string | null;
}

export interface PersonRef {
  id: string;
  name: string;
  email: string;
  employeeId: string;
  status: string;
}

export interface Decision {
  /** Who made it: named in the link's reason and recorded in the audit log. */
  actor: Actor;
  /** Why, kept with the link and in the audit log. */
  note?: string | null;
  now: Date;
}

/** FIND_RECORD and READ_REVIEW_QUEUE: the record, labelled by its id when it has no email, login or user name. */
export const recordRefSchema = z
  .object({ id: z.string(), recordType: z.enum(RECORD_TYPES), label: z.string().nullable(), appName: z.string().nullable() })
  .transform((row): RecordRef => ({ ...row, label: row.label ?? row.id }));

const appNameRow = z.object({ name: z.string() });
const accountInAppRow = z.object({ id: z.string(), label: z.string().nullable(), appName: z.string() });
const identityRow = z.object({ id: z.string(), label: z.string() });
/** FIND_PEOPLE */
export const foundPersonSchema: z.ZodType<PersonRef> = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  employeeId: z.string(),
  status: z.string(),
});

/**
 * Manual ownership decisions: link an account or identity to a person, say it has no owner, mark an
 * account as a service or shared account (with the person who answers for it), or hand it back to
 * the rules. They win over every matching rule and survive re-imports (server/reconcile/reconcile.ts
 * leaves them alone). The caller reconciles afterwards so findings follow.
 */
export class OwnershipOverrides {
  constructor(private readonly graph: Graph) {}

  async record(recordId: string): Promise<RecordRef> {
    const [record] = await readRows(this.graph, q.FIND_RECORD, { recordId }, recordRefSchema, 'override-find-record');
    if (!record) throw new OverrideError(`no account or identity has the id "${recordId}"`);
    return record;
  }

  /** An account by app name and its email, user name or id; or, when `app` names an IdP (okta, entra, google, scim), an identity by login or email. */
  async findRecord(app: string, key: string): Promise<RecordRef> {
    const [known] = await readRows(this.graph, q.APP_EXISTS, { app }, appNameRow, 'override-find-app');
    if (known) {
      const rows = await readRows(this.graph, q.FIND_ACCOUNTS_IN_APP, { app, key }, accountInAppRow, 'override-find-account');
      const [row, ...others] = rows;
      if (!row) throw new OverrideError(`${known.name} has no account "${key}" (looked for it as email, user name and id)`);
      if (others.length)
        throw new OverrideError(
          `"${key}" names ${rows.length} accounts in ${known.name} (${rows.map((r) => r.id).join(', ')}); give the account id instead`,
        );
      return { id: row.id, recordType: 'account', label: row.label ?? row.id, appName: row.appName };
    }
    if (['okta', 'entra', 'google', 'scim'].includes(app.toLowerCase())) {
      const rows = await readRows(this.graph, q.FIND_IDENTITIES, { idp: app, key }, identityRow, 'override-find-identity');
      const [row, ...others] = rows;
      if (!row) throw new OverrideError(`no ${app} identity "${key}" (looked for it as login, email and id)`);
      if (others.length) throw new OverrideError(`"${key}" names ${rows.length} ${app} identities; give the identity id instead`);
      return { id: row.id, recordType: 'identity', label: row.label, appName: null };
    }
    throw new OverrideError(`no app is named "${app}" (and it is not an IdP: okta, entra, google or scim)`);
  }

  /** A person by id, employee id, or work or alternate email; refuses to choose between two. */
  async person(ref: string): Promise<PersonRef> {
    const rows = await readRows(this.graph, q.FIND_PEOPLE, { ref: ref.trim() }, foundPersonSchema, 'override-find-person');
    const [person, ...others] = rows;
    if (!person) throw new OverrideError(`nobody in HR is "${ref}" (looked for it as person id, employee id, work and alternate email)`);
    if (others.length) {
      const listed = rows.map((r) => `${r.name} (employee ${r.employeeId}, ${r.status})`).join(', ');
      throw new OverrideError(`"${ref}" could be ${listed}: give the employee id`);
    }
    return person;
  }

  async link(recordId: string, personRef: string, decision: Decision): Promise<{ record: RecordRef; person: PersonRef }> {
    const record = await this.record(recordId);
    const person = await this.person(personRef);
    const reason = withNote(
      `${record.label} linked by hand to ${person.name} (${person.email}) by ${decision.actor.name} on ${day(decision.now)}`,
      decision.note,
    );
    await this.carryOut(record, 'ownership.link', decision, async (tx) => {
      await tx.run(q.LINK, {
        recordId: record.id,
        personId: person.id,
        reason,
        by: decision.actor.name,
        note: decision.note ?? null,
        now: decision.now.toISOString(),
      });
    });
    return { record, person };
  }

  async unlink(recordId: string, decision: Decision): Promise<RecordRef> {
    const record = await this.record(recordId);
    const reason = withNote(`Marked as owned by nobody in HR by ${decision.actor.name} on ${day(decision.now)}`, decision.note);
    await this.carryOut(record, 'ownership.unlink', decision, async (tx) => {
      await tx.run(q.UNLINK, { recordId: record.id, reason });
    });
    return record;
  }

  /** A service or shared account needs somebody who answers for it: the owner is required. */
  async markKind(
    recordId: string,
    kind: ManualKind,
    ownerRef: string | null | undefined,
    decision: Decision,
  ): Promise<{ record: RecordRef; person: PersonRef }> {
    const record = await this.record(recordId);
    if (record.recordType !== 'account')
      throw new OverrideError(`only app accounts can be marked ${kind}; ${record.label} is an IdP identity`);
    if (!ownerRef?.trim())
      throw new OverrideError(`a ${kind} account needs an owner who answers for it: give the person (employee id or email)`);
    const person = await this.person(ownerRef);
    const reason = withNote(
      `${kind === 'service' ? 'Service' : 'Shared'} account; ${person.name} (${person.email}) answers for it, as ${decision.actor.name} recorded on ${day(decision.now)}`,
      decision.note,
    );
    await this.carryOut(record, `ownership.mark_${kind}`, decision, async (tx) => {
      await tx.run(q.MARK_KIND, { recordId: record.id, kind });
      await tx.run(q.LINK, {
        recordId: record.id,
        personId: person.id,
        reason,
        by: decision.actor.name,
        note: decision.note ?? null,
        now: decision.now.toISOString(),
      });
    });
    return { record, person };
  }

  async reset(recordId: string, decision: Decision): Promise<RecordRef> {
    const record = await this.record(recordId);
    await this.carryOut(record, 'ownership.reset', decision, async (tx) => {
      await tx.run(q.RESET, { recordId: record.id });
    });
    return record;
  }

  /** Makes the change and records it, with the owner before and after, in one transaction. */
  private async carryOut(
    record: RecordRef,
    action: string,
    decision: Decision,
    change: (tx: ManagedTransaction) => Promise<void>,
  ): Promise<void> {
    await this.graph.executeWrite(async (tx) => {
      const before = await ownerState(tx, record.id);
      await change(tx);
      const after = await ownerState(tx, record.id);
      const note = decision.note?.trim() || null;
      await appendAudit(
        tx,
        decision.actor,
        { action, targetType: record.recordType, targetId: record.id, before, after: note ? { ...after, note } : after },
        decision.now,
      );
    }, action);
  }
}

async function ownerState(tx: ManagedTransaction, recordId: string): Promise<Row> {
  const [row] = rowsOf(await tx.run(q.OWNER_STATE, { recordId }));
  return row ?? {};
}

function day(now: Date): string {
  return now.toISOString().slice(0, 10);
}

function withNote(reason: string, note: string | null | undefined): string {
  return note?.trim() ? `${reason}: ${note.trim()}` : reason;
}
