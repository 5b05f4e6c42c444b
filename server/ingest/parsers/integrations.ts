/**
 * integrations: connections between apps and outside tools (Jasper's Team / User Integrations
 * pages and the like), as CSV or JSON (an array of records, or { "integrations": [...] }), one file
 * or a folder of pages. Fields (CSV headers and JSON keys matched alike): app (or --app),
 * integration, mode (workspace | user), enabled by, authorized by, enabled at, last used, scopes
 * (space, comma or semicolon separated, or a JSON array), and an optional status where disabled /
 * disconnected / revoked rows are left out.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

import type { InputLocation } from '../errors.js';
import type { AppRefIn, ImportBatch, IntegrationIn } from '../model.js';
import { emptyBatch } from '../model.js';
import type { InputFile, ParseOptions, Parser } from '../parser.js';
import { AppsByName, appFromOptions } from '../input/app-ref.js';
import { headerFits } from '../input/csv-header-check.js';
import { readCsvTable } from '../input/csv-table.js';
import { DateReader } from '../input/date-reader.js';
import { UniqueCheck } from '../input/duplicates.js';
import { parseEmail } from '../input/email.js';
import { expandInputs } from '../input/files.js';
import { normalizeHeader, resolveColumns, type ColumnSpec } from '../input/headers.js';
import { readJsonRecords } from '../input/json-records.js';
import { splitScopes } from '../input/lists.js';
import { Problems } from '../input/problems.js';
import { describeFound, shown } from '../input/result.js';

const COLUMNS = {
  app: { field: 'app', label: 'app', synonyms: ['App', 'Application', 'App name'] },
  integration: {
    field: 'integration',
    label: 'integration',
    synonyms: ['Integration', 'Integration name', 'Name', 'Connected app', 'Connection', 'Tool'],
  },
  mode: { field: 'mode', label: 'mode', synonyms: ['Mode', 'Integration type', 'Type', 'Level'] },
  enabledBy: { field: 'enabled_by', label: 'enabled by', synonyms: ['Enabled by', 'EnabledBy', 'Installed by', 'Added by'] },
  authorizedBy: {
    field: 'authorized_by',
    label: 'authorized by',
    synonyms: ['Authorized by', 'AuthorizedBy', 'Authorised by', 'Connected by'],
  },
  enabledAt: {
    field: 'enabled_at',
    label: 'enabled at',
    synonyms: ['Enabled at', 'EnabledAt', 'Enabled on', 'Enabled', 'Installed at', 'Connected at', 'Date enabled'],
  },
  lastUsed: {
    field: 'last_used',
    label: 'last used',
    synonyms: ['Last used', 'LastUsedAt', 'Last used at', 'Last activity', 'Last synced'],
  },
  scopes: { field: 'scopes', label: 'scopes', synonyms: ['Scopes', 'Scope', 'Permissions'] },
  status: { field: 'status', label: 'status', synonyms: ['Status', 'State'] },
} satisfies Record<string, ColumnSpec>;
const SPECS: ColumnSpec[] = Object.values(COLUMNS);

const MODES: Record<string, 'workspace' | 'user'> = {
  workspace: 'workspace',
  team: 'workspace',
  shared: 'workspace',
  organization: 'workspace',
  org: 'workspace',
  admin: 'workspace',
  user: 'user',
  personal: 'user',
  individual: 'user',
};
const OFF = new Set(['disabled', 'disconnected', 'revoked', 'removed', 'off', 'inactive']);
const ON = new Set(['enabled', 'connected', 'active', 'on', 'installed']);

interface Source {
  get(field: string): string | null;
  where(field?: string): InputLocation;
}

interface Context {
  fixedApp: AppRefIn | null;
  apps: AppsByName;
  dates: DateReader;
  unique: UniqueCheck;
  problems: Problems;
  out: IntegrationIn[];
  off: { count: number };
}

function person(source: Source, field: string, label: string, problems: Problems): string | null {
  const text = source.get(field);
  if (text === null || !text.includes('@')) return text;
  const email = parseEmail(text);
  if (email.ok) return email.value;
  problems.add(source.where(label), email.message);
  return null;
}

function readIntegration(source: Source, ctx: Context): void {
  const { problems } = ctx;
  const appName = source.get(COLUMNS.app.field);
  let app = ctx.fixedApp;
  if (!app) {
    if (appName) app = ctx.apps.resolve(appName);
    else problems.add(source.where(COLUMNS.app.label), 'expected the app the integration is in, found nothing (or pass --app)');
  }
  const name = source.get(COLUMNS.integration.field);
  if (!name) problems.add(source.where(COLUMNS.integration.label), 'expected the integration name, found nothing');
  const modeWord = source.get(COLUMNS.mode.field);
  const mode = modeWord ? MODES[modeWord.toLowerCase()] : undefined;
  if (!mode) problems.add(source.where(COLUMNS.mode.label), `expected workspace or user, found ${modeWord ? shown(modeWord) : 'nothing'}`);
  const statusWord = source.get(COLUMNS.status.field)?.toLowerCase() ?? null;
  if (statusWord !== null && !OFF.has(statusWord) && !ON.has(statusWord)) {
    problems.add(source.where(COLUMNS.status.label), `expected enabled or disabled, found ${shown(statusWord)}`);
  }
  const enabledBy = person(source, COLUMNS.enabledBy.field, COLUMNS.enabledBy.label, problems);
  const authorizedBy = person(source, COLUMNS.authorizedBy.field, COLUMNS.authorizedBy.label, problems);
  const integration: IntegrationIn | null =
    app && name && mode
      ? {
          app,
          name,
          mode,
          enabledBy,
          authorizedBy,
          enabledAt: null,
          lastUsedAt: null,
          scopes: [...new Set(splitScopes(source.get(COLUMNS.scopes.field)))].sort(),
        }
      : null;
  ctx.dates.read(source.get(COLUMNS.enabledAt.field), source.where(COLUMNS.enabledAt.label), 'datetime', (value) => {
    if (integration) integration.enabledAt = value;
  });
  ctx.dates.read(source.get(COLUMNS.lastUsed.field), source.where(COLUMNS.lastUsed.label), 'datetime', (value) => {
    if (integration) integration.lastUsedAt = value;
  });
  if (!integration) return;
  if (statusWord !== null && OFF.has(statusWord)) {
    ctx.off.count += 1;
    return;
  }
  const who = mode === 'user' ? (authorizedBy ?? enabledBy ?? '') : '';
  const key = [integration.app.name.toLowerCase(), integration.name.toLowerCase(), mode, who.toLowerCase()].join('\u0000');
  if (
    ctx.unique.check(key, source.where(COLUMNS.integration.label), `${integration.app.name} / ${integration.name}${who ? ` / ${who}` : ''}`)
  )
    ctx.out.push(integration);
}

/** The --mapping entries that name a field and a key this record has (problems with the others are reported once, at record 0). */
function validMapping(mapping: Record<string, string> | undefined, header: readonly string[]): Record<string, string> | undefined {
  if (!mapping) return undefined;
  const fields = new Set(SPECS.map((spec) => spec.field));
  const keys = new Set(header.map(normalizeHeader));
  return Object.fromEntries(Object.entries(mapping).filter(([field, column]) => fields.has(field) && keys.has(normalizeHeader(column))));
}

async function isJsonFile(file: InputFile): Promise<boolean> {
  const ext = extname(file.path).toLowerCase();
  if (ext === '.json') return true;
  if (ext === '.csv') return false;
  const head = (await readFile(file.path))
    .subarray(0, 64)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return head.startsWith('[') || head.startsWith('{');
}

async function parse(files: InputFile[], options: ParseOptions): Promise<ImportBatch> {
  const problems = new Problems();
  const fixedApp = options.app ? appFromOptions(options, { kind: 'integrations' }, { file: files[0]?.name ?? '(input)' }, problems) : null;
  problems.throwIfAny();
  const pages = await expandInputs(files, ['.csv', '.json']);
  const ctx: Context = {
    fixedApp,
    apps: new AppsByName(options.catalog),
    dates: new DateReader(problems),
    unique: new UniqueCheck('integration', problems),
    problems,
    out: [],
    off: { count: 0 },
  };
  let recordsRead = 0;
  const morePages: string[] = [];

  for (const file of pages) {
    if (await isJsonFile(file)) {
      const listing = await readJsonRecords([file], { kind: 'integrations', keys: ['integrations', 'value', 'data'] }, problems, (r) => {
        const header = Object.keys(r.data);
        const columns = resolveColumns(
          header,
          SPECS,
          r.index === 0 ? options.mapping : validMapping(options.mapping, header),
          r.where(),
          problems,
        );
        const text = (field: string): string | null => {
          const index = columns.index.get(field);
          const key = index === undefined ? undefined : header[index];
          if (key === undefined) return null;
          const value = r.data[key];
          if (value === undefined || value === null) return null;
          if (typeof value === 'string') return value.trim() || null;
          if (typeof value === 'number' || typeof value === 'boolean') return String(value);
          if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(' ');
          r.problem(key, `expected text, found ${describeFound(value)}`);
          return null;
        };
        readIntegration({ get: text, where: (field) => r.where(field) }, ctx);
      });
      recordsRead += listing.records;
      if (listing.morePages) morePages.push(listing.morePages);
      continue;
    }
    recordsRead += await readCsvTable(file, SPECS, options.mapping, problems, {
      onHeader(columns, where) {
        return headerFits(
          'integrations',
          columns,
          fixedApp ? [COLUMNS.integration, COLUMNS.mode] : [COLUMNS.app, COLUMNS.integration, COLUMNS.mode],
          where,
          problems,
        );
      },
      onRow(row) {
        readIntegration({ get: row.get, where: (field) => ({ file: row.file, line: row.line, ...(field ? { field } : {}) }) }, ctx);
      },
    });
  }
  ctx.dates.finish();
  problems.throwIfAny();

  const appNames = [...new Set(ctx.out.map((i) => i.app.name))].sort();
  const batch = emptyBatch('integrations', `integrations:${appNames.join(',')}`);
  batch.integrations = ctx.out;
  batch.recordsRead = recordsRead;
  if (morePages.length) {
    batch.complete = false;
    batch.notes.push(...morePages);
  }
  if (ctx.off.count) batch.notes.push(`${ctx.off.count} disabled or disconnected integration(s) left out.`);
  return batch;
}

export const integrationsParser: Parser = {
  kind: 'integrations',
  description:
    'Integrations (CSV or JSON): app (or --app), integration, mode workspace/user, enabled by, authorized by, enabled at, last used, scopes; disabled rows left out.',
  needsApp: false,
  parse,
};
