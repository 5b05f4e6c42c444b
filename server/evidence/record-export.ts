import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/audit-log.js';
import type { Graph } from '../graph/graph.js';
import type { Evidence } from './evidence.types.js';

export interface ExportedFileDigest {
  name: string;
  size: number;
  sha256: string;
}

/** Appends "evidence.export" to the audit log: who exported which campaign's evidence, which files, and whether the population matched. */
export async function recordEvidenceExport(
  graph: Graph,
  actor: Actor,
  evidence: Evidence,
  delivery: 'folder' | 'download',
  files: ExportedFileDigest[],
  at: Date,
): Promise<void> {
  await graph.executeWrite(
    (tx) =>
      appendAudit(
        tx,
        actor,
        {
          action: 'evidence.export',
          targetType: 'campaign',
          targetId: evidence.campaign.id,
          after: {
            delivery,
            files,
            populationSha256: evidence.population.recordedSha256,
            populationSha256Recomputed: evidence.population.recomputedSha256,
            populationMatches: evidence.population.matches,
          },
        },
        at,
      ),
    'evidence-export-audit',
  );
}
