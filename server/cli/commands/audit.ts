import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { AuditEvent } from '../../audit/audit-event.js';
import { anchorFiles, CHECKPOINTS_FILE, PUBLIC_KEY_FILE } from '../../audit/checkpoint-store.js';
import { listAuditEvents, MAX_EVENTS_PER_PAGE } from '../../audit/list-events.js';
import { verifyAuditAnchors, type AnchorProblemKind } from '../../audit/verify-anchors.js';
import { verifyAuditChain } from '../../audit/verify-chain.js';
import type { Graph } from '../../graph/graph.js';
import { positiveInt } from '../options.js';
import { withGraph } from '../with-graph.js';

type Print = (line: string) => void;

interface VerifyOptions {
  checkpoints?: string;
  publicKey?: string;
}

interface ListOptions {
  action?: string;
  actor?: string;
  limit: number;
  json: boolean;
}

/** `attest audit verify | list`: check the hash chain of the audit log, and read it. */
export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('The audit log: every change, who made it, and a hash chain that shows tampering');

  audit
    .command('verify')
    .description(
      'Check every event of the audit log against its hash and the one before it, and the log against the signed checkpoints kept outside the database; exits 1 if anything does not hold',
    )
    .option('--checkpoints <file>', `signed checkpoints to check against (default: ${CHECKPOINTS_FILE} in the data directory)`)
    .option('--public-key <file>', `the public key that signed them (default: ${PUBLIC_KEY_FILE} in the data directory)`)
    .action(async (options: VerifyOptions) => {
      process.exitCode = await withGraph((graph) => verifyCommand(graph, (line) => console.log(line), options));
    });

  audit
    .command('list')
    .description('Print audit events, newest first')
    .option('--action <action>', 'only this action, e.g. ownership.link, thresholds.set, app.settings, import')
    .option('--actor <text>', "only events whose actor's id or name contains this")
    .option('--limit <n>', `at most this many events (up to ${MAX_EVENTS_PER_PAGE})`, positiveInt, 50)
    .option('--json', 'print JSON', false)
    .action(async (options: ListOptions) => {
      await withGraph((graph) => listCommand(graph, options, (line) => console.log(line)));
    });
}

const ANCHOR_PROBLEM_TITLES: Record<AnchorProblemKind, string> = {
  truncated: 'Audit log truncated',
  rewritten: 'Audit log rewritten',
  foreign_key: 'Audit checkpoints not signed by the public key',
  missing_key: 'Audit public key missing',
  missing_checkpoints: 'Audit checkpoints missing',
  unreadable_checkpoints: 'Audit checkpoints unreadable',
};

/** Prints whether the chain holds and matches its checkpoints, and returns the exit code: 0 intact, 1 not. */
export async function verifyCommand(graph: Graph, print: Print, options: VerifyOptions = {}): Promise<number> {
  const defaults = anchorFiles();
  const files = {
    checkpoints: resolve(options.checkpoints ?? defaults.checkpoints),
    publicKey: resolve(options.publicKey ?? defaults.publicKey),
  };
  const chain = await verifyAuditChain(graph);
  const anchors = await verifyAuditAnchors(graph, files);
  if (chain.firstBroken) {
    const broken = chain.firstBroken;
    print(`Audit log broken at event #${broken.seq} (${broken.eventId ?? 'no such event'}): ${broken.problem} — ${broken.detail}`);
  }
  for (const problem of anchors.problems) print(`${ANCHOR_PROBLEM_TITLES[problem.kind]}: ${problem.detail}`);
  if (chain.firstBroken || anchors.problems.length > 0) return 1;

  if (chain.eventsChecked === 0) print('Audit log intact: 0 events (nothing has been recorded yet)');
  else print(`Audit log intact: ${chain.eventsChecked} events, last ${chain.lastHash ?? ''} at ${chain.lastAt ?? ''}`);
  const latest = anchors.latest;
  if (latest && latest.seq > 0) {
    const unanchored = (chain.lastSeq ?? 0) > latest.seq ? `; events after #${latest.seq} have no checkpoint yet` : '';
    print(
      `Anchored: ${anchors.checkpointsSigned} signed checkpoints in ${files.checkpoints} match, the newest for event #${latest.seq}, signed by key ${anchors.keyId ?? ''}${unanchored}`,
    );
  }
  return 0;
}

export async function listCommand(graph: Graph, options: ListOptions, print: Print): Promise<void> {
  if (options.limit > MAX_EVENTS_PER_PAGE) throw new Error(`--limit is at most ${MAX_EVENTS_PER_PAGE}, got ${options.limit}`);
  const page = await listAuditEvents(graph, { action: options.action, actor: options.actor }, { limit: options.limit });
  if (options.json) {
    print(JSON.stringify(page.events.map(readable), null, 2));
    return;
  }
  if (page.events.length === 0) {
    print(options.action || options.actor ? 'No audit events match.' : 'The audit log is empty.');
    return;
  }
  for (const event of page.events) {
    print(`#${event.seq}  ${event.at}  ${event.actorName} [${event.actorRole}]  ${event.action}  ${event.targetType} ${event.targetId}`);
  }
  if (page.hasMore) print(`… ${page.totalCount - page.events.length} older matching events not shown (--limit)`);
}

/** An event with its before / after parsed back into JSON, for --json. */
function readable(event: AuditEvent): Record<string, unknown> {
  return { ...event, before: parseJson(event.before), after: parseJson(event.after) };
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
