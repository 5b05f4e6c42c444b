import type { Command } from 'commander';
import { limitParam } from '../../graph/values.js';
import { READ_REVIEW_QUEUE } from '../../reconcile/overrides.queries.js';
import { withGraph } from '../with-graph.js';

/** `attest review`: the records that matched several people and wait for someone to link them. */
export function registerReviewCommand(program: Command): void {
  program
    .command('review')
    .description('List accounts and identities that matched several people and wait for someone to link them')
    .option('--json', 'print JSON', false)
    .action(async (options: { json: boolean }) => {
      const rows = await withGraph((graph) => graph.read(READ_REVIEW_QUEUE, { skip: limitParam(0, 0), limit: limitParam(100_000, 100_000) }));
      if (options.json) {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      if (rows.length === 0) console.log('Nothing waits for review: every account and identity matched at most one person.');
      for (const row of rows) {
        const candidates = (row.candidates as { displayName: string; email: string }[]).map((p) => `${p.displayName} <${p.email}>`).join(' or ');
        console.log(`${String(row.appName ?? 'IdP')}  ${String(row.label)}: ${candidates}`);
        console.log(`    ${String(row.reason)}`);
      }
    });
}
