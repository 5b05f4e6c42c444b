import type { FindingType } from '../catalog/catalog.types.js';
import { loadCatalog } from '../catalog/catalog.js';
import { now } from '../config/now.js';
import { refreshFindings, type FindingRecord } from '../findings/engine.js';
import { connectGraph } from '../graph/connect.js';
import { toCsv } from './csv.js';

export interface FindingsCommandOptions {
  type?: FindingType;
  app?: string;
  format: 'json' | 'csv';
}

/** The findings as JSON (an array) or CSV, recomputed as of now, optionally filtered by type and app name. */
export async function findingsCommand(options: FindingsCommandOptions): Promise<void> {
  const connection = await connectGraph();
  try {
    const records = await refreshFindings(connection.graph, loadCatalog(), now());
    const app = options.app?.toLowerCase();
    const selected = records
      .filter((r) => !options.type || r.type === options.type)
      .filter((r) => !app || r.appName.toLowerCase() === app || r.appId === options.app)
      .map(toOutput);
    process.stdout.write(options.format === 'csv' ? toCsv(selected) : `${JSON.stringify(selected, null, 2)}\n`);
  } finally {
    await connection.close();
  }
}

function toOutput(r: FindingRecord): Record<string, string | number | null> {
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
    ageDays: r.ageDays,
  };
}
