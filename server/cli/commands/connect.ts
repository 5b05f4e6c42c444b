import type { Command } from 'commander';
import { cliActor } from '../../audit/actor.js';
import { loadCatalog } from '../../catalog/catalog.js';
import { now } from '../../config/now.js';
import {
  addConnection,
  credentialOf,
  findConnection,
  listConnections,
  removeConnection,
  type Connection,
} from '../../connectors/connection-store.js';
import { probeConnection } from '../../connectors/probe-connection.js';
import { loadSecretKey } from '../../connectors/secret-box.js';
import { syncConnection } from '../../connectors/sync-connection.js';
import { CONNECTOR_KINDS, CONNECTORS, isConnectorKind } from '../../connectors/vendors/index.js';
import { normalizedBaseUrl } from '../../connectors/base-url.js';
import { dataDir } from '../../graph/connect.js';
import { periodMinutes } from '../options.js';
import { readStdin } from '../password-input.js';
import { withGraph } from '../with-graph.js';

const DEFAULT_EVERY_MINUTES = 6 * 60;

interface ConnectOptions {
  name?: string;
  url?: string;
  tokenEnv?: string;
  org?: string;
  app?: string;
  every: number;
  test?: string;
}

/** `attest connect`, `attest connections`, `attest sync`, `attest disconnect`: vendor APIs as sources. */
export function registerConnectCommands(program: Command): void {
  program
    .command('connect')
    .description('Store a connection to a vendor API (its credential encrypted at rest), or test one with --test <name>')
    .argument('[kind]', `one of: ${CONNECTOR_KINDS.join(', ')}`)
    .option('--name <name>', 'what to call the connection (attest sync <name>)')
    .option('--url <base>', "the API's base URL (default: the vendor's public API; an Okta org URL for okta)")
    .option(
      '--org <name>',
      'the vendor account it reads, for kinds that need one (github: the organization login; entra: the tenant id or domain; google: the admin to act as; atlassian: the organization id)',
    )
    .option('--app <App>', 'scim: the Attest app whose accounts the SCIM server deprovisions')
    .option('--token-env <VAR>', 'read the credential from this environment variable (default: standard input)')
    .option('--every <period>', 'how often `attest serve` syncs it: 30m, 6h, 1d', periodMinutes, DEFAULT_EVERY_MINUTES)
    .option('--test <name>', 'check a stored connection: is the credential accepted, which permissions are missing')
    .action(async (kind: string | undefined, options: ConnectOptions) => {
      if (options.test) return testConnection(options.test);
      if (!kind) throw new Error(`give the kind of connection: ${CONNECTOR_KINDS.join(', ')}`);
      if (!isConnectorKind(kind)) throw new Error(`unknown connection kind "${kind}"; expected one of ${CONNECTOR_KINDS.join(', ')}`);
      if (!options.name) throw new Error('give the connection a name with --name');
      const connector = CONNECTORS[kind];
      const baseUrl = checkedUrl(options.url ?? connector.defaultUrl, connector.label);
      const credential = await readCredential(options.tokenEnv);
      const key = loadSecretKey(dataDir());
      const added = await withGraph((graph) =>
        addConnection(
          graph,
          key,
          { name: options.name ?? '', kind, baseUrl, org: options.org ?? options.app ?? null, everyMinutes: options.every, credential },
          cliActor(),
          now(),
        ),
      );
      console.log(
        `Connected ${connector.label} as "${added.name}" (${added.baseUrl}${added.org ? `, ${added.org}` : ''}); synced every ${describeMinutes(added.everyMinutes)} by attest serve.`,
      );
      console.log(`Check it with \`attest connect --test ${added.name}\`, run it now with \`attest sync ${added.name}\`.`);
    });

  program
    .command('connections')
    .description('List the stored connections (never their credentials) and how their last sync went')
    .option('--json', 'print JSON', false)
    .action(async (options: { json: boolean }) => {
      const connections = await withGraph((graph) => listConnections(graph));
      if (options.json) {
        process.stdout.write(`${JSON.stringify(connections, null, 2)}\n`);
        return;
      }
      if (!connections.length) {
        console.log('No connections yet. Add one with `attest connect <kind> --name <name> --token-env <VAR>`.');
        return;
      }
      for (const c of connections) console.log(describeConnection(c));
    });

  program
    .command('sync')
    .description('Sync a connection now: download every listing, then import it all or nothing, reconcile and refresh the findings')
    .argument('<name>', 'the connection (attest connections)')
    .option('--json', 'print a machine-readable summary', false)
    .action(async (name: string, options: { json: boolean }) => {
      const key = loadSecretKey(dataDir());
      const outcome = await withGraph(async (graph) => {
        const connection = await requireConnection(graph, name);
        const credential = await credentialOf(graph, key, name);
        return syncConnection(graph, loadCatalog(), now(), connection, credential, {
          actor: cliActor(),
          progress: options.json ? undefined : (line) => console.error(line),
        });
      });
      if (options.json) process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
      else {
        console.log(`${outcome.status}: ${outcome.message}`);
        for (const note of outcome.notes) console.log(`  note: ${note}`);
      }
      if (outcome.status !== 'succeeded') process.exitCode = 1;
    });

  program
    .command('disconnect')
    .description('Remove a stored connection and its credential (the data it imported stays)')
    .argument('<name>', 'the connection (attest connections)')
    .action(async (name: string) => {
      await withGraph((graph) => removeConnection(graph, name, cliActor(), now()));
      console.log(`Removed the connection "${name}"; what it imported stays until another source says otherwise.`);
    });
}

async function requireConnection(graph: Parameters<typeof findConnection>[0], name: string): Promise<Connection> {
  const connection = await findConnection(graph, name);
  if (!connection) throw new Error(`no connection named "${name}"; \`attest connections\` lists them`);
  return connection;
}

async function testConnection(name: string): Promise<void> {
  const key = loadSecretKey(dataDir());
  const { connection, results } = await withGraph(async (graph) => {
    const found = await requireConnection(graph, name);
    return { connection: found, results: await probeConnection(found, await credentialOf(graph, key, name)) };
  });
  const missing = results.filter((r) => !r.ok);
  for (const r of results) console.log(`${r.ok ? 'ok     ' : 'MISSING'} ${r.permission}${r.problem ? `: ${r.problem}` : ''}`);
  if (missing.length) {
    console.log(`${connection.name}: ${missing.length} of ${results.length} permission(s) missing; grant them and test again.`);
    process.exitCode = 1;
  } else console.log(`${connection.name}: the credential is accepted and can read everything Attest pulls.`);
}

function checkedUrl(url: string | null, label: string): string {
  if (!url) throw new Error(`${label} has no public API address: give your organization's with --url (e.g. https://example.okta.com)`);
  const normalized = normalizedBaseUrl(url);
  if (!normalized)
    throw new Error('--url must be an http(s) address without a user, password or query; give the credential with --token-env');
  return normalized;
}

async function readCredential(variable: string | undefined): Promise<string> {
  if (variable) {
    const value = process.env[variable];
    if (!value) throw new Error(`the environment variable ${variable} is not set or empty`);
    return value;
  }
  if (process.stdin.isTTY) throw new Error('give the credential on standard input or name its environment variable with --token-env');
  return readStdin();
}

function describeMinutes(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} day(s)`;
  if (minutes % 60 === 0) return `${minutes / 60} hour(s)`;
  return `${minutes} minute(s)`;
}

function describeConnection(c: Connection): string {
  const last = c.lastRunAt
    ? `last ${c.lastStatus ?? '?'} ${c.lastRunAt.slice(0, 16).replace('T', ' ')}: ${c.lastMessage ?? ''}`
    : 'never synced';
  return `${c.name.padEnd(20)} ${c.kind.padEnd(10)} ${c.baseUrl}${c.org ? ` org ${c.org}` : ''}  every ${describeMinutes(c.everyMinutes)}  ${last}`;
}
