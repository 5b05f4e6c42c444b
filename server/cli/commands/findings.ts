import { Option, type Command } from 'commander';
import { FINDING_TYPES } from '../../api/shared/enums.js';
import type { FindingType } from '../../catalog/catalog.types.js';
import { loadCatalog } from '../../catalog/catalog.js';
import { now } from '../../config/now.js';
import { toCsv } from '../../export/csv.js';
import { refreshFindings } from '../../findings/engine.js';
import { FINDING_EXPORT_COLUMNS, toExportRow } from '../../findings/export-row.js';
import { listStoredFindings } from '../../findings/stored-findings.js';
import { withGraph } from '../with-graph.js';

interface FindingsOptions {
  type?: FindingType;
  app?: string;
  format: 'json' | 'csv';
}

/** `attest findings`: the findings as JSON (an array) or CSV, recomputed as of now, optionally filtered by type and app name. */
export function registerFindingsCommand(program: Command): void {
  program
    .command('findings')
    .description('Print the findings (recomputed as of now) as JSON or CSV')
    .addOption(new Option('--type <type>', 'only this finding type').choices([...FINDING_TYPES]))
    .option('--app <name>', 'only this app (name or id)')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .action(async (options: FindingsOptions) => {
      const stored = await withGraph(async (graph) => {
        await refreshFindings(graph, loadCatalog(), now());
        return listStoredFindings(graph, { type: options.type, app: options.app });
      });
      const selected = stored.map(toExportRow);
      process.stdout.write(options.format === 'csv' ? toCsv(selected, FINDING_EXPORT_COLUMNS) : `${JSON.stringify(selected, null, 2)}\n`);
    });
}
