import type { FindingType } from '../catalog/catalog.types.js';
import { loadCatalog } from '../catalog/catalog.js';
import { now } from '../config/now.js';
import { refreshFindings } from '../findings/engine.js';
import { FINDING_EXPORT_COLUMNS, toExportRow } from '../findings/export-row.js';
import { connectGraph } from '../graph/connect.js';
import { toCsv } from '../export/csv.js';

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
      .map(toExportRow);
    process.stdout.write(options.format === 'csv' ? toCsv(selected, FINDING_EXPORT_COLUMNS) : `${JSON.stringify(selected, null, 2)}\n`);
  } finally {
    await connection.close();
  }
}
