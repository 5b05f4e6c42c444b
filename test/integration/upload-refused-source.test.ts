import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { createUploadRouter } from '../../server/http/upload.js';
import { apiClient } from '../support/api.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';
import { listen, type ListeningApp } from '../support/signed-in-http.js';

interface SourcesView {
  sources: { scope: string; lastStatus: string; stale: boolean }[];
  syncRuns: { scope: string; status: string; files: string[]; errors: string[] }[];
  overview: { staleSources: { scope: string }[] };
}

const VIEW = `{ sources { scope lastStatus stale } syncRuns(first: 10) { scope status files errors } overview { staleSources { scope } } }`;

describe('a rejected upload for a new app', () => {
  let connection: GraphConnection;
  let http: ListeningApp;
  const previousNow = process.env.ATTEST_NOW;

  beforeAll(async () => {
    process.env.ATTEST_NOW = TEST_NOW;
    connection = await freshGraph();
    const app = express();
    app.use('/api', createUploadRouter(connection.graph, loadCatalog()));
    http = await listen(app);
  });
  afterAll(async () => {
    await http.close();
    await connection.close();
    if (previousNow === undefined) delete process.env.ATTEST_NOW;
    else process.env.ATTEST_NOW = previousNow;
  });

  const upload = (name: string, csv: string) => {
    const form = new FormData();
    form.append('kind', 'accounts-csv');
    form.append('app', 'Brandnew Tool');
    form.append('files', new Blob([csv], { type: 'text/csv' }), name);
    return fetch(`${http.base}/api/imports`, { method: 'POST', body: form });
  };

  it('makes no source and no stale banner, but its run and problems are in the history; a good file then makes the source', async () => {
    const refused = await upload('brandnew.csv', 'Email,Name,Role\nnot an email,Ada Lovelace,Admin\n');
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { errors: { file: string; line?: number; field?: string; message: string }[] };
    expect(body.errors[0]).toMatchObject({ file: 'brandnew.csv', line: 2, field: 'email' });

    const gql = await apiClient(connection.graph);
    const afterRefusal = await gql<SourcesView>(VIEW);
    expect(afterRefusal.errors).toBeNull();
    expect(afterRefusal.data?.sources).toEqual([]);
    expect(afterRefusal.data?.overview.staleSources).toEqual([]);
    expect(afterRefusal.data?.syncRuns).toEqual([
      {
        scope: 'accounts-csv:Brandnew Tool',
        status: 'failed',
        files: ['brandnew.csv'],
        errors: [expect.stringMatching(/^brandnew\.csv, line 2, field "email": /)],
      },
    ]);

    const accepted = await upload('brandnew-fixed.csv', 'Email,Name,Role\nada@acme.example,Ada Lovelace,Admin\n');
    expect(accepted.status).toBe(200);
    const afterGood = await gql<SourcesView>(VIEW);
    expect(afterGood.data?.sources).toEqual([{ scope: 'accounts-csv:Brandnew Tool', lastStatus: 'succeeded', stale: false }]);
    expect(afterGood.data?.overview.staleSources).toEqual([]);
    expect(afterGood.data?.syncRuns.map((run) => run.status)).toEqual(['succeeded', 'failed']);
  });
});
