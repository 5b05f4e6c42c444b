import { z } from 'zod';
import type { Row } from '../graph/graph.js';
import { decodeRow } from '../graph/decode.js';
import type { FindingRecord } from './engine.js';

/** The columns of a findings export, for the CLI (JSON and CSV) and the dashboard's CSV download alike. */
export const FINDING_EXPORT_COLUMNS = [
  'id',
  'type',
  'severity',
  'app',
  'account',
  'person',
  'monthlyCost',
  'currency',
  'reason',
  'suggestedAction',
  'appCaveat',
  'ageDays',
  'evidence',
] as const;

export type FindingExportRow = Record<(typeof FINDING_EXPORT_COLUMNS)[number], string | number | null>;

/** A finding to export; its type is any stored type, also one no current rule reports. */
export type ExportSource = { type: string } & Pick<
  FindingRecord,
  | 'id'
  | 'severity'
  | 'appName'
  | 'accountEmail'
  | 'personEmail'
  | 'monthlyCost'
  | 'currency'
  | 'reason'
  | 'suggestedAction'
  | 'appCaveat'
  | 'ageDays'
  | 'evidence'
>;

export function toExportRow(r: ExportSource): FindingExportRow {
  return {
    id: r.id,
    type: r.type,
    severity: r.severity,
    app: r.appName,
    account: r.accountEmail,
    person: r.personEmail,
    monthlyCost: r.monthlyCost,
    currency: r.currency,
    reason: r.reason,
    suggestedAction: r.suggestedAction,
    appCaveat: r.appCaveat ?? null,
    ageDays: r.ageDays ?? null,
    evidence: (r.evidence ?? []).join('; '),
  };
}

/** A property the Finding node may lack (Neo4j stores no nulls), read as null. */
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

export const FINDING_NODE = z.object({
  id: z.string(),
  type: z.string(),
  severity: z.string(),
  appName: z.string(),
  accountEmail: optional(z.string()),
  personEmail: optional(z.string()),
  monthlyCost: z.number().default(0),
  currency: z.string().default('USD'),
  reason: z.string(),
  suggestedAction: z.string().default(''),
  appCaveat: optional(z.string()),
  ageDays: optional(z.number()),
  evidence: z.array(z.string()).default([]),
});

/** A stored Finding node's properties (`f {.*}`) as an export source. */
export function fromFindingNode(node: Row): ExportSource {
  return decodeRow(FINDING_NODE, node, 'stored finding');
}
