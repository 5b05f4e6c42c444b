import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Viewer } from '../../server/auth/viewer.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { Graph } from '../../server/graph/graph.js';
import { applyAppSettings } from '../../server/ingest/app-settings.js';
import { importSource } from '../../server/ingest/import-source.js';
import { TEST_NOW } from './demo.js';

/**
 * A small organization for the review tests. Ada (E1) runs Engineering with no manager; Grace (E2)
 * reports to her, Alan (E3) and Linus (E4) to Grace; Sam (E5, Security) reports to Ada and owns the
 * campaigns; Tom (E6) left. Ada owns Jasper. Jasper accounts: Ada and Grace are admins; Linus has
 * not been active since July (inactive); Tom's account outlived him and ghost@example.net is nobody's (orphaned).
 */
export const HR = [
  'Employee #,First Name,Last Name,Work Email,Department,Job Title,Supervisor Email,Status,Hire Date,Termination Date',
  'E1,Ada,Lovelace,ada@acme.com,Engineering,CTO,,Active,2020-01-06,',
  'E2,Grace,Hopper,grace@acme.com,Engineering,Engineering Manager,ada@acme.com,Active,2021-03-01,',
  'E3,Alan,Turing,alan@acme.com,Engineering,Engineer,grace@acme.com,Active,2022-02-01,',
  'E4,Linus,Torvalds,linus@acme.com,Engineering,Engineer,grace@acme.com,Active,2022-04-01,',
  'E5,Sam,Shield,sam@acme.com,Security,Security Lead,ada@acme.com,Active,2021-06-01,',
  'E6,Tom,Gone,tom@acme.com,Sales,Account Executive,ada@acme.com,Terminated,2021-01-01,2026-09-30',
];

export const JASPER_HEADER = 'Email,Name,Role,Status,Invited at,Last active';
export const JASPER = {
  ada: 'ada@acme.com,Ada Lovelace,Admin,Active,,2026-11-18',
  grace: 'grace@acme.com,Grace Hopper,Admin,Active,,2026-11-19',
  alan: 'alan@acme.com,Alan Turing,Member,Active,,2026-11-19',
  linus: 'linus@acme.com,Linus Torvalds,Member,Active,,2026-07-01',
  sam: 'sam@acme.com,Sam Shield,Member,Active,,2026-11-17',
  tom: 'tom@acme.com,Tom Gone,Member,Active,,2026-09-29',
  ghost: 'ghost@example.net,Ghost,Member,Active,,2026-11-10',
};

export const managerViewer = (personId: string, name: string): Viewer => ({
  userId: `user-${personId}`,
  email: `${name.toLowerCase()}@acme.com`,
  displayName: name,
  role: 'manager',
  personId,
});

export const GRACE = managerViewer('E2', 'Grace');
export const ADA = managerViewer('E1', 'Ada');

export interface ReviewOrg {
  now: Date;
  /** Re-imports Jasper with these rows, as of `at`, as a complete listing. */
  importJasper(rows: string[], at?: Date): Promise<void>;
  cleanUp(): void;
}

export async function loadReviewOrg(graph: Graph): Promise<ReviewOrg> {
  const dir = mkdtempSync(join(tmpdir(), 'attest-reviews-'));
  const catalog = loadCatalog();
  const now = new Date(TEST_NOW);
  let count = 0;
  const write = (name: string, lines: string[]) => {
    const path = join(dir, `${count++}-${name}`);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return { path, name };
  };
  await importSource(graph, catalog, now, { kind: 'hr-csv', files: [write('hr.csv', HR)] });
  await applyAppSettings(graph, catalog, { name: 'Jasper', catalogKey: 'jasper', ownerEmail: 'ada@acme.com' });
  const importJasper = async (rows: string[], at = now) => {
    await importSource(graph, catalog, at, {
      kind: 'accounts-csv',
      app: 'Jasper',
      files: [write('jasper.csv', [JASPER_HEADER, ...rows])],
      completeness: 'complete',
    });
  };
  await importJasper(Object.values(JASPER));
  return { now, importJasper, cleanUp: () => rmSync(dir, { recursive: true, force: true }) };
}
