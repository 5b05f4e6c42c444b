import type { Command } from 'commander';
import { cliActor } from '../audit/actor.js';
import { loadCatalog } from '../catalog/catalog.js';
import { now } from '../config/now.js';
import { connectGraph } from '../graph/connect.js';
import { limitParam } from '../graph/values.js';
import type { Graph } from '../graph/graph.js';
import { OwnershipOverrides, type Decision, type RecordRef } from '../reconcile/overrides.js';
import { READ_OWNERSHIP, READ_REVIEW_QUEUE } from '../reconcile/overrides.queries.js';
import { reconcileAndRefresh } from '../reconcile/reconcile-and-refresh.js';

interface DecisionOptions {
  note?: string;
  by?: string;
}

const RECORD_HELP = 'the app (or an IdP: okta, entra, google, scim) and the account (email, user name or id)';

/**
 * `attest link | unlink | mark-service | mark-shared | relink | review`: manual ownership decisions.
 * Each is carried out, then the graph is reconciled and the findings recomputed, and the command
 * says who owns the record now.
 */
export function registerOwnershipCommands(program: Command): void {
  program
    .command('link')
    .description('Link an account or identity to a person, whatever the matching rules say; survives re-imports')
    .argument('<app>', 'the app, or an IdP (okta, entra, google, scim) for an identity')
    .argument('<account>', 'email, user name or id of the account (or login of the identity)')
    .requiredOption('--to <person>', 'the person: employee id or email')
    .option('--note <text>', 'why, kept with the link')
    .option('--by <name>', 'who decided, as the link and the audit log name them (default: your user name; the audit log keeps that too)')
    .action(async (app: string, account: string, options: DecisionOptions & { to: string }) => {
      await decide(app, account, (overrides, record) => overrides.link(record.id, options.to, decision(options)).then(() => undefined));
    });

  program
    .command('unlink')
    .description('Say an account or identity belongs to nobody in HR: the rules will not link it again (it is then orphaned)')
    .argument('<app>', RECORD_HELP)
    .argument('<account>')
    .option('--note <text>', 'why')
    .option('--by <name>', 'who decided, as the link and the audit log name them (default: your user name; the audit log keeps that too)')
    .action(async (app: string, account: string, options: DecisionOptions) => {
      await decide(app, account, (overrides, record) => overrides.unlink(record.id, decision(options)).then(() => undefined));
    });

  for (const kind of ['service', 'shared'] as const) {
    program
      .command(`mark-${kind}`)
      .description(`Mark an app account as a ${kind} account; it needs an owner who answers for it`)
      .argument('<app>', 'the app')
      .argument('<account>', 'email, user name or id of the account')
      .requiredOption('--owner <person>', 'who answers for it: employee id or email')
      .option('--note <text>', 'why')
      .option('--by <name>', 'who decided, as the link and the audit log name them (default: your user name; the audit log keeps that too)')
      .action(async (app: string, account: string, options: DecisionOptions & { owner: string }) => {
        await decide(app, account, (overrides, record) => overrides.markKind(record.id, kind, options.owner, decision(options)).then(() => undefined));
      });
  }

  program
    .command('relink')
    .description('Forget the manual decisions on an account or identity and let the matching rules link it again')
    .argument('<app>', RECORD_HELP)
    .argument('<account>')
    .action(async (app: string, account: string) => {
      await decide(app, account, (overrides, record) => overrides.reset(record.id, decision({})).then(() => undefined));
    });

  program
    .command('review')
    .description('List accounts and identities that matched several people and wait for someone to link them')
    .option('--json', 'print JSON', false)
    .action(async (options: { json: boolean }) => {
      const connection = await connectGraph();
      try {
        const rows = await connection.graph.read(READ_REVIEW_QUEUE, { skip: limitParam(0, 0), limit: limitParam(100_000, 100_000) });
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
      } finally {
        await connection.close();
      }
    });
}

/** The command line's actor is the OS user; `--by` changes the name shown, never the id. */
function decision(options: DecisionOptions): Decision {
  const actor = cliActor();
  const name = options.by?.trim();
  return { actor: name ? { ...actor, name: `${name} (command line)` } : actor, note: options.note ?? null, now: now() };
}

async function decide(app: string, account: string, carryOut: (overrides: OwnershipOverrides, record: RecordRef) => Promise<void>): Promise<void> {
  const connection = await connectGraph();
  try {
    const overrides = new OwnershipOverrides(connection.graph);
    const record = await overrides.findRecord(app, account);
    await carryOut(overrides, record);
    await reconcileAndRefresh(connection.graph, loadCatalog(), now());
    await printOwnership(connection.graph, record);
  } finally {
    await connection.close();
  }
}

async function printOwnership(graph: Graph, record: RecordRef): Promise<void> {
  const [row] = await graph.read(READ_OWNERSHIP, { recordId: record.id });
  const owner = row?.owner as { displayName: string; email: string } | null | undefined;
  const where = record.appName ? `${record.appName} account ${record.label}` : `identity ${record.label}`;
  console.log(owner ? `${where} belongs to ${owner.displayName} <${owner.email}>` : `${where} has no owner`);
  if (row?.linkReason) console.log(`  ${String(row.linkReason)}`);
  console.log(`  ${Number(row?.findingCount ?? 0)} finding(s) on it now`);
}
