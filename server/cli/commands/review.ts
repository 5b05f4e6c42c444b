import type { Command } from 'commander';
import { z } from 'zod';
import { readRows } from '../../graph/decode.js';
import { limitParam } from '../../graph/values.js';
import { READ_REVIEW_QUEUE } from '../../reconcile/overrides.queries.js';
import { withGraph } from '../with-graph.js';

/** A READ_REVIEW_QUEUE row as this command prints it; loose, so --json prints every column the query returns. */
const queueRow = z.looseObject({
  id: z.string(),
  label: z.string().nullable(),
  appName: z.string().nullable(),
  reason: z.string().nullable(),
  // null for a candidate who is no longer in HR
  candidates: z.array(z.looseObject({ displayName: z.string(), email: z.string() }).nullable()).nullable(),
});

/** `attest review`: the records that matched several people and wait for someone to link them. */
export function registerReviewCommand(program: Command): void {
  program
    .command('review')
    .description('List accounts and identities that matched several people and wait for someone to link them')
    .option('--json', 'print JSON', false)
    .action(async (options: { json: boolean }) => {
      const page = { skip: limitParam(0, 0), limit: limitParam(100_000, 100_000) };
      const rows = await withGraph((graph) => readRows(graph, READ_REVIEW_QUEUE, page, queueRow, 'review-queue'));
      if (options.json) {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      if (rows.length === 0) console.log('Nothing waits for review: every account and identity matched at most one person.');
      for (const row of rows) {
        const candidates = (row.candidates ?? []).flatMap((p) => (p ? [`${p.displayName} <${p.email}>`] : [])).join(' or ');
        console.log(`${row.appName ?? 'IdP'}  ${row.label ?? row.id}: ${candidates}`);
        console.log(`    ${row.reason ?? ''}`);
      }
    });
}
