import { z } from 'zod';
import { decodeRow } from '../../graph/decode.js';
import { AccountStatus, FINDING_TYPES, PersonStatus, Severity } from '../shared/enums.js';
import type { Finding } from './finding.type.js';

/** A property Neo4j leaves out of `f {.*}` when it is null. */
function stored<T extends z.ZodType>(schema: T) {
  return schema.nullable().default(null);
}

const absent = z.null().default(null);

/** A finding about an account carries the account's columns; an app-level one (sole admin) none. */
const accountColumns = z.union([
  z.object({ accountId: z.string(), accountEmail: stored(z.string()), accountStatus: z.enum(AccountStatus) }),
  z.object({ accountId: absent }),
]);

/** A finding about an owned account carries its person's columns. */
const personColumns = z.union([
  z.object({ personId: z.string(), personName: z.string(), personEmail: z.string(), personStatus: z.enum(PersonStatus) }),
  z.object({ personId: absent }),
]);

const findingColumns = z.object({
  id: z.string(),
  type: z.enum(FINDING_TYPES),
  severity: z.enum(Severity),
  appId: z.string(),
  appName: z.string(),
  monthlyCost: z.number().default(0),
  currency: z.string().default('USD'),
  reason: z.string(),
  appCaveat: stored(z.string()),
  suggestedAction: z.string(),
  evidence: z.array(z.string()).default([]),
  ageDays: stored(z.number()),
  detectedAt: z.string(),
});

/** A stored Finding node (`f {.*}`, properties as written by the findings engine) as the API type. */
export const findingSchema = z.intersection(z.intersection(findingColumns, accountColumns), personColumns).transform((f): Finding => ({
  id: f.id,
  type: f.type,
  severity: f.severity,
  app: { id: f.appId, name: f.appName },
  account: f.accountId === null ? null : { id: f.accountId, email: f.accountEmail ?? '', status: f.accountStatus },
  person: f.personId === null ? null : { id: f.personId, displayName: f.personName, email: f.personEmail, status: f.personStatus },
  monthlyCost: f.monthlyCost,
  currency: f.currency,
  reason: f.reason,
  appCaveat: f.appCaveat,
  suggestedAction: f.suggestedAction,
  evidence: f.evidence,
  ageDays: f.ageDays,
  detectedAt: f.detectedAt,
}));

/** Decodes one stored Finding node; for callers that read it from an otherwise untyped row. */
export function toFinding(node: unknown): Finding {
  return decodeRow(findingSchema, node, 'stored finding');
}
