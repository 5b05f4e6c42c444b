import 'reflect-metadata';
import { Command, InvalidArgumentError, Option } from 'commander';
import { join } from 'node:path';
import { writeSeed } from '../seed/write-seed.js';
import { cliActor } from './audit/actor.js';
import { createApiToken, listApiTokens, revokeApiToken, TOKEN_SCOPES, type TokenScope } from './auth/tokens.js';
import { loadCatalog } from './catalog/catalog.js';
import { FINDING_TYPES } from './api/shared/enums.js';
import { now } from './config/now.js';
import { dbStart, dbStatus, dbStop } from './cli/db.js';
import { findingsCommand } from './cli/findings.js';
import { importCommand } from './cli/import.js';
import { registerOwnershipCommands } from './cli/ownership.js';
import { registerCampaignCommands } from './cli/campaigns.js';
import { registerAuditCommands } from './cli/audit.js';
import { registerUserCommands } from './cli/users.js';
import { registerEvidenceCommands } from './cli/evidence.js';
import { sourcesCommand } from './cli/sources.js';
import { IMPORT_KINDS } from './ingest/model.js';
import { applyAppSettings } from './ingest/app-settings.js';
import { isoDate, nonNegativeInt, port, positiveInt } from './cli/options.js';
import { serve } from './cli/serve.js';
import { startViteDevServer } from './cli/vite-dev.js';
import { loadDemo } from './demo/ensure-demo.js';
import { connectGraph, dataDir } from './graph/connect.js';
import { reconcileAndRefresh } from './reconcile/reconcile-and-refresh.js';
import { deleteEverything } from './graph/reset.js';
import { refreshFindings } from './findings/engine.js';
import { readThresholds, setThresholds } from './findings/thresholds.js';

const program = new Command('attest')
  .description('Attest: identity-graph reconciliation and access reviews')
  .showHelpAfterError('(run with --help for usage)');

program
  .command('serve')
  .description('Run the dashboard and GraphQL API (embedded Neo4j unless NEO4J_URI is set); loads the demo organization into an empty database')
  .option('--port <port>', 'HTTP port', port, Number(process.env.ATTEST_PORT ?? 4000))
  .option('--no-demo', 'do not load the demo organization into an empty database')
  .option('--no-web', 'serve the API only (no dashboard build)')
  .option('--demo-people <n>', 'people in the demo organization', positiveInt, 300)
  .option('--demo-seed <s>', 'seed of the demo organization', positiveInt, 42)
  .action(async (options: { port: number; demo: boolean; web: boolean; demoPeople: number; demoSeed: number }) => {
    await serve({ ...options, buildWeb: options.web });
  });

program
  .command('dev')
  .description('Development: the API on --port and the vite dev server (hot reload) proxying /graphql to it')
  .option('--port <port>', 'API port', port, Number(process.env.ATTEST_PORT ?? 4000))
  .action(async (options: { port: number }) => {
    await serve({ port: options.port, demo: true, demoPeople: 300, demoSeed: 42, buildWeb: false });
    startViteDevServer(options.port);
  });

program
  .command('seed')
  .description('Generate a deterministic synthetic organization (org.json) and the findings planted in it (truth.json)')
  .option('--people <n>', 'number of people', positiveInt, 300)
  .option('--seed <s>', 'random seed; the same seed gives the same organization', positiveInt, 42)
  .option('--out <dir>', 'output directory', 'demo-org')
  .option('--now <date>', 'the date the organization is generated for (default ATTEST_NOW or today)', isoDate)
  .action(async (options: { people: number; seed: number; out: string; now?: string }) => {
    const result = await writeSeed(options.out, { people: options.people, seed: options.seed, now: options.now });
    console.log(`Wrote ${result.orgPath} and ${result.truthPath}`);
    for (const [what, count] of Object.entries(result.counts)) console.log(`  ${what}: ${count}`);
  });

program
  .command('demo')
  .description('Generate the demo organization and load it into the database (use --reset to empty the database first)')
  .option('--people <n>', 'number of people', positiveInt, 300)
  .option('--seed <s>', 'random seed', positiveInt, 42)
  .option('--reset', 'delete everything in the database first', false)
  .action(async (options: { people: number; seed: number; reset: boolean }) => {
    const connection = await connectGraph({ onProgress: (m) => console.log(m) });
    try {
      if (options.reset) await deleteEverything(connection.graph);
      await loadDemo(connection.graph, loadCatalog(), {
        people: options.people,
        seed: options.seed,
        now: now(),
        dir: join(dataDir(), 'demo'),
        log: (m) => console.log(m),
      });
    } finally {
      await connection.close();
    }
  });

program
  .command('reconcile')
  .description('Link every identity and account to its person again, then recompute the findings')
  .action(async () => {
    const connection = await connectGraph();
    try {
      const { reconcile: summary, findings } = await reconcileAndRefresh(connection.graph, loadCatalog(), now());
      console.log(
        `Linked ${summary.identitiesLinked} identities and ${summary.accountsLinked} accounts; ${summary.accountsUnowned} accounts have no owner; ${findings} findings`,
      );
    } finally {
      await connection.close();
    }
  });

registerOwnershipCommands(program);
registerCampaignCommands(program);
registerAuditCommands(program);
registerUserCommands(program);
registerEvidenceCommands(program);

program
  .command('findings')
  .description('Print the findings (recomputed as of now) as JSON or CSV')
  .addOption(new Option('--type <type>', 'only this finding type').choices([...FINDING_TYPES]))
  .option('--app <name>', 'only this app (name or id)')
  .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
  .action(async (options: { type?: (typeof FINDING_TYPES)[number]; app?: string; format: 'json' | 'csv' }) => {
    await findingsCommand(options);
  });

program
  .command('import')
  .description('Import a vendor export, API dump (a file or a folder of pages) into the graph: all or nothing')
  .argument('<kind>', `one of: ${IMPORT_KINDS.join(', ')}`)
  .argument('<path>', 'a file, or a folder of page files imported as one')
  .option('--app <name>', 'the app the accounts belong to (accounts-csv, okta-app-users, …), or the name of a SCIM source (scim)')
  .option('--catalog <key>', 'the catalog entry for --app (default: the entry named like the app)')
  .option('--mapping <file>', 'JSON object mapping our field names to your CSV column names')
  .option('--complete', 'the input lists everything in its scope: mark what it does not list removed (when Attest cannot tell, e.g. an Okta export without DEPROVISIONED users)')
  .option('--partial', 'the input lists only some records: mark nothing removed')
  .option('--json', 'print a machine-readable summary', false)
  .action(async (kind: string, path: string, options: { app?: string; catalog?: string; mapping?: string; complete?: boolean; partial?: boolean; json: boolean }) => {
    if (options.complete && options.partial) throw new Error('--complete and --partial contradict each other; give one');
    await importCommand(kind, path, { ...options, completeness: options.complete ? 'complete' : options.partial ? 'partial' : 'auto' });
  });

program
  .command('sources')
  .description('List imported sources, when each last synced, and which are stale (more than 7 days)')
  .option('--json', 'print JSON', false)
  .action(async (options: { json: boolean }) => {
    await sourcesCommand(options.json);
  });

program
  .command('app')
  .description("Set what no export says about an app: plan, purchased seats, owner, SSO and SCIM")
  .argument('<name>', 'the app as Attest names it, e.g. "Jasper"')
  .requiredOption('--catalog <key>', 'its catalog entry, e.g. jasper')
  .option('--plan <plan>', 'the plan, as the catalog names it (sets seat caps and whether SSO is available)')
  .option('--seats <type=n...>', 'purchased seats per seat type, e.g. --seats Seat=36', (value: string, previous: Record<string, number> = {}) => {
    const [type, count] = value.split('=');
    if (!type || count === undefined || !/^\d+$/.test(count)) throw new InvalidArgumentError(`expected SeatType=number, got "${value}"`);
    return { ...previous, [type]: Number(count) };
  })
  .option('--owner <email>', 'work email of the person who owns the app')
  .option('--sso-enforced', 'sign-in goes through the IdP')
  .option('--scim', 'accounts are provisioned by SCIM')
  .option('--inactivity-days <n>', 'days without activity before an account is inactive, for this app only', positiveInt)
  .option('--minimum-admins <n>', 'effective admins this app needs before it is a sole-admin risk', nonNegativeInt)
  .option('--invite-expiry-days <n>', 'days after which an unaccepted invite to this app has expired', positiveInt)
  .action(async (name: string, options: { catalog: string; plan?: string; seats?: Record<string, number>; owner?: string; ssoEnforced?: boolean; scim?: boolean; inactivityDays?: number; minimumAdmins?: number; inviteExpiryDays?: number }) => {
    const connection = await connectGraph();
    try {
      const catalog = loadCatalog();
      await applyAppSettings(connection.graph, catalog, {
        name,
        catalogKey: options.catalog,
        plan: options.plan,
        seats: options.seats,
        ownerEmail: options.owner,
        ssoEnforced: options.ssoEnforced,
        scimEnabled: options.scim,
        thresholds: { inactivityDays: options.inactivityDays, minimumAdmins: options.minimumAdmins, inviteExpiryDays: options.inviteExpiryDays },
      }, '(command line)', cliActor());
      await reconcileAndRefresh(connection.graph, catalog, now());
      console.log(`Updated ${name}`);
    } finally {
      await connection.close();
    }
  });

program
  .command('thresholds')
  .description('Show or set the organization-wide finding thresholds (an app can override them with `attest app`)')
  .option('--inactivity-days <n>', 'days without activity before an account is inactive (default 90)', positiveInt)
  .option('--never-active-days <n>', 'days after being added before a never-used account is inactive (default 30)', positiveInt)
  .action(async (options: { inactivityDays?: number; neverActiveDays?: number }) => {
    const connection = await connectGraph();
    try {
      const changing = options.inactivityDays !== undefined || options.neverActiveDays !== undefined;
      const current = changing ? await setThresholds(connection.graph, options, cliActor(), now()) : await readThresholds(connection.graph);
      if (changing) await refreshFindings(connection.graph, loadCatalog(), now());
      console.log(`inactive after ${current.inactivityDays} days without activity; a never-used account after ${current.neverActiveDays} days`);
    } finally {
      await connection.close();
    }
  });

const token = program.command('token').description('Manage API tokens (SCIM provisioning from Okta / Entra ID)');
token
  .command('create')
  .description('Create an API token and print it once; only its SHA-256 hash is stored')
  .addOption(new Option('--scope <scope>', 'what the token may do').choices([...TOKEN_SCOPES]).makeOptionMandatory())
  .option('--label <label>', 'a note to recognize the token by, e.g. "Okta production"')
  .action(async (options: { scope: TokenScope; label?: string }) => {
    const connection = await connectGraph();
    try {
      const created = await createApiToken(connection.graph, options.scope, options.label);
      console.error(`Created token ${created.id} (scope ${options.scope}). Copy it now: Attest stores only its hash and cannot show it again.`);
      console.log(created.token);
    } finally {
      await connection.close();
    }
  });
token
  .command('list')
  .description('List API tokens (never the tokens themselves)')
  .action(async () => {
    const connection = await connectGraph();
    try {
      console.log(JSON.stringify(await listApiTokens(connection.graph), null, 2));
    } finally {
      await connection.close();
    }
  });
token
  .command('revoke <id>')
  .description('Revoke an API token; it stops working at once')
  .action(async (id: string) => {
    const connection = await connectGraph();
    try {
      if (await revokeApiToken(connection.graph, id)) console.log(`Revoked token ${id}`);
      else {
        console.error(`attest: no live token has the id ${id}`);
        process.exitCode = 1;
      }
    } finally {
      await connection.close();
    }
  });

const db = program.command('db').description('Manage the embedded Neo4j for ATTEST_DATA_DIR (default ./.attest)');
db.command('start')
  .description('Start the embedded Neo4j in the background; `serve` and other commands reuse it')
  .option('--port <port>', 'Bolt port (default: a free one)', port)
  .action(async (options: { port?: number }) => {
    await dbStart(options.port);
  });
db.command('stop')
  .description('Stop the embedded Neo4j started for this data directory')
  .action(async () => {
    await dbStop();
  });
db.command('status')
  .description('Say whether the embedded Neo4j is running, and where')
  .action(async () => {
    if (!(await dbStatus())) process.exitCode = 3;
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(`attest: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
