import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { IMPORT_KINDS, RECORDS_WRITTEN_BY, type ImportKind } from '../../../server/ingest/model.js';
import type { InputFile, ParseOptions } from '../../../server/ingest/parser.js';
import { PARSERS } from '../../../server/ingest/parsers/index.js';
import { salesforceC1z } from '../../support/baton-org.js';
import { fixture, parseKind } from './helpers.js';

describe('PARSERS', () => {
  it('has one parser per import kind, each describing its input', () => {
    expect(Object.keys(PARSERS).sort()).toEqual([...IMPORT_KINDS].sort());
    for (const kind of IMPORT_KINDS) {
      expect(PARSERS[kind].kind).toBe(kind);
      expect(PARSERS[kind].description.length).toBeGreaterThan(20);
    }
    expect(IMPORT_KINDS.filter((kind) => PARSERS[kind].needsApp)).toEqual(['okta-app-users', 'accounts-csv', 'baton']);
  });
});

describe('RECORDS_WRITTEN_BY', () => {
  const labelOf = {
    people: 'Person',
    identities: 'Identity',
    groups: 'IdpGroup',
    accounts: 'Account',
    assignments: 'AppAssignment',
    integrations: 'Integration',
  } as const;
  const samples: [ImportKind, string[], Partial<ParseOptions>][] = [
    ['hr-csv', ['hr-csv', 'workday.csv'], {}],
    ['okta-users', ['okta-users', 'users.json'], {}],
    ['okta-groups', ['okta-groups', 'groups.json'], {}],
    ['okta-app-users', ['okta-app-users', 'app-users.json'], { app: 'Jasper' }],
    ['okta-grants', ['okta-grants', 'grants.json'], {}],
    ['entra-users', ['entra-users', 'pages'], {}],
    ['entra-app-roles', ['entra-app-roles', 'slack-assigned-to.json'], {}],
    ['entra-grants', ['entra-grants', 'zoom-grants.json'], { app: 'Zoom' }],
    ['google-users', ['google-users', 'users.json'], {}],
    ['google-tokens', ['google-tokens', 'tokens'], {}],
    ['scim', ['scim', 'list.json'], {}],
    ['slack-users', ['slack-users', 'users.list.json'], {}],
    ['github-members', ['github-members', 'org.json'], {}],
    ['atlassian-csv', ['atlassian-csv', 'export.csv'], {}],
    ['atlassian-users', ['atlassian-users', 'org'], {}],
    ['accounts-csv', ['accounts-csv', 'jestor.csv'], { app: 'Jestor' }],
    ['integrations', ['integrations', 'jasper.csv'], {}],
  ];

  /** Kinds whose sample is built by the test (a binary Baton .c1z). */
  const dir = mkdtempSync(join(tmpdir(), 'attest-parsers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const built: [ImportKind, () => Promise<InputFile>, Partial<ParseOptions>][] = [
    [
      'baton',
      async () => {
        const path = join(dir, 'salesforce.c1z');
        writeFileSync(path, await salesforceC1z());
        return { path, name: 'salesforce.c1z' };
      },
      { app: 'Salesforce' },
    ],
  ];
  const all: [ImportKind, () => Promise<InputFile>, Partial<ParseOptions>][] = [
    ...samples.map(([kind, path, extra]): [ImportKind, () => Promise<InputFile>, Partial<ParseOptions>] => [
      kind,
      () => Promise.resolve(fixture(...path)),
      extra,
    ]),
    ...built,
  ];

  // A complete import marks removed only the labels listed for its kind: a kind that wrote
  // another label would leave that label's stale records live.
  it.each(all)('lists every label a %s import writes', async (kind, input, extra) => {
    const batch = await parseKind(kind, await input(), extra);
    const written = (Object.keys(labelOf) as (keyof typeof labelOf)[]).filter((key) => batch[key].length > 0).map((key) => labelOf[key]);
    expect(written.length).toBeGreaterThan(0);
    expect(RECORDS_WRITTEN_BY[kind]).toEqual(expect.arrayContaining(written));
  });

  it('covers every kind', () => {
    expect(all.map(([kind]) => kind).sort()).toEqual([...IMPORT_KINDS].sort());
  });
});
