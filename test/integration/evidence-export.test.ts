import { createHash, createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cliActor } from '../../server/audit/actor.js';
import type { Viewer } from '../../server/auth/viewer.js';
import { verifyCommand } from '../../server/cli/commands/audit.js';
import { registerEvidenceCommands } from '../../server/cli/commands/evidence.js';
import { verifyEvidence } from '../../server/evidence/verify-evidence.js';
import { writeEvidence } from '../../server/evidence/write-evidence.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { createEvidenceRouter } from '../../server/http/evidence-routes.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph, testDatabaseEnv } from '../support/graph.js';
import { closeCampaign } from '../../server/reviews/close-campaign.js';
import { createCampaign } from '../../server/reviews/create-campaign.js';
import { launchCampaign } from '../../server/reviews/launch-campaign.js';
import { createReviewFixture, type FixtureAccount, type FixtureCampaign, type FixturePerson } from '../support/review-fixture.js';
import { loadReviewOrg } from '../support/review-org.js';

const ada: FixturePerson = { id: 'p-ada', name: 'Ada Lovelace', email: 'ada@acme.com', status: 'active' };
const grace: FixturePerson = { id: 'p-grace', name: 'Grace Hopper', email: 'grace@acme.com', status: 'active' };
const alan: FixturePerson = { id: 'p-alan', name: 'Alan Turing', email: 'alan@acme.com', status: 'terminated' };
const linus: FixturePerson = { id: 'p-linus', name: 'Linus Owner', email: 'linus@acme.com', status: 'active' };

const account = (
  id: string,
  appName: string,
  email: string,
  owner: FixturePerson | null,
  roles: FixtureAccount['roles'],
  findings: FixtureAccount['findings'] = [],
): FixtureAccount => ({
  id,
  appId: `app-${appName.toLowerCase()}`,
  appName,
  email,
  owner,
  roles,
  findings,
  monthlyCost: 59,
  lastActiveAt: '2026-07-01T00:00:00.000Z',
});

const SCRIPT_JUSTIFICATION = '<script>alert("x")</script> invite never accepted';
const ADA_JASPER = account('app-jasper:ada@acme.com', 'Jasper', 'ada@acme.com', ada, [{ name: 'Admin', privilege: 'admin' }]);

const Q4: FixtureCampaign = {
  id: 'campaign-q4',
  name: '2026-Q4 access review',
  period: '2026-Q4',
  status: 'active',
  dueAt: '2026-11-15T00:00:00.000Z',
  owner: linus,
  createdAt: '2026-11-01T09:00:00.000Z',
  launchedAt: '2026-11-01T10:00:00.000Z',
  by: linus,
  items: [
    {
      id: 'item-1',
      account: ADA_JASPER,
      reviewer: grace,
      recommendation: 'keep',
      recommendationReason: 'keep: no findings',
      decision: {
        decision: 'keep',
        justification: 'Runs billing for the content team',
        decidedAt: '2026-11-05T12:00:00.000Z',
        decidedBy: grace,
        source: 'reviewer',
      },
    },
    {
      id: 'item-2',
      account: account(
        'app-jasper:alan@acme.com',
        'Jasper',
        'alan@acme.com',
        alan,
        [{ name: 'Member', privilege: 'member' }],
        [{ type: 'inactive_user', severity: 'medium', reason: 'inactive 143 days', monthlyCost: 59 }],
      ),
      reviewer: ada,
      recommendation: 'revoke',
      recommendationReason: 'revoke: inactive 143 days, $59/month',
      decision: { decision: 'revoke', decidedAt: '2026-11-06T12:00:00.000Z', decidedBy: ada, source: 'reviewer' },
      remediation: {
        status: 'verified',
        dueAt: '2026-11-20T12:00:00.000Z',
        checkedAt: '2026-11-10T08:00:00.000Z',
        detail: 'account deactivated',
      },
    },
    {
      id: 'item-3',
      account: account(
        'app-jasper:=cmd@acme.com',
        'Jasper',
        '=cmd@acme.com',
        null,
        [{ name: 'Member', privilege: 'member' }],
        [{ type: 'pending_invite', severity: 'low', reason: 'invited 40 days ago, never accepted', monthlyCost: 59 }],
      ),
      reviewer: linus,
      reviewerReason: 'campaign_owner',
      recommendation: 'revoke',
      recommendationReason: 'revoke: pending invite, $59/month',
      decision: {
        decision: 'revoke',
        justification: SCRIPT_JUSTIFICATION,
        decidedAt: '2026-10-27T12:00:00.000Z',
        decidedBy: linus,
        source: 'reviewer',
      },
      remediation: { status: 'open', dueAt: '2026-11-10T12:00:00.000Z' },
    },
    {
      id: 'item-4',
      account: account('app-github:grace', 'GitHub', 'grace@acme.com', grace, [{ name: 'Member', privilege: 'member' }]),
      reviewer: ada,
      recommendation: 'keep',
      recommendationReason: 'keep: no findings',
      escalatedAt: '2026-11-16T00:00:00.000Z',
    },
    {
      id: 'item-5',
      account: account(
        'app-github:old-bot',
        'GitHub',
        'bot@acme.com',
        grace,
        [{ name: 'Owner', privilege: 'owner' }],
        [{ type: 'integration_left_behind', severity: 'high', reason: 'authorized by someone who left', monthlyCost: 0 }],
      ),
      reviewer: ada,
      recommendation: 'revoke',
      recommendationReason: 'revoke: left behind',
      decision: { decision: 'revoke', decidedAt: '2026-11-02T12:00:00.000Z', decidedBy: ada, source: 'bulk' },
      remediation: {
        status: 'failed',
        dueAt: '2026-11-16T12:00:00.000Z',
        checkedAt: '2026-11-18T08:00:00.000Z',
        detail: 'still active after the due date',
      },
    },
    {
      id: 'item-6',
      stage: 2,
      parentItemId: 'item-1',
      account: ADA_JASPER,
      reviewer: linus,
      reviewerReason: 'app_owner',
      recommendation: 'review',
      recommendationReason: 'review: admin role kept in stage 1',
    },
  ],
};

const TAMPERED: FixtureCampaign = {
  ...Q4,
  id: 'campaign-tampered',
  name: 'Tampered review',
  items: [
    { ...Q4.items[0]!, id: 'tampered-1' },
    { ...Q4.items[3]!, id: 'tampered-2' },
  ],
};

const DRAFT: FixtureCampaign = { ...Q4, id: 'campaign-draft', name: 'Draft review', status: 'draft', launchedAt: null, items: [] };

const AUDITOR: Viewer = { userId: 'u-auditor', email: 'auditor@acme.com', displayName: 'Ann Auditor', role: 'auditor', personId: null };

const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

/** Runs `attest evidence …` in-process through the real command definitions; returns what it printed and its exit code. */
async function attestEvidence(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const program = new Command('attest').exitOverride();
  registerEvidenceCommands(program);
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void err.push(parts.join(' ')));
  process.exitCode = undefined;
  try {
    await program.parseAsync(['node', 'attest', 'evidence', ...args]);
    return { code: Number(process.exitCode ?? 0), out: out.join('\n'), err: err.join('\n') };
  } finally {
    process.exitCode = undefined;
    log.mockRestore();
    error.mockRestore();
  }
}

describe('campaign evidence export', () => {
  let connection: GraphConnection;
  let populationSha256: string;
  const root = mkdtempSync(join(tmpdir(), 'attest-evidence-'));
  const out = join(root, 'q4');
  const database = testDatabaseEnv();
  const savedEnv = Object.fromEntries([...Object.keys(database), 'ATTEST_NOW'].map((name) => [name, process.env[name]]));

  beforeAll(async () => {
    connection = await freshGraph();
    Object.assign(process.env, database);
    process.env.ATTEST_NOW = TEST_NOW;
    ({ populationSha256 } = await createReviewFixture(connection.graph, Q4));
    await createReviewFixture(connection.graph, TAMPERED);
    await createReviewFixture(connection.graph, DRAFT);
    await writeEvidence(connection.graph, { campaign: Q4.name, out, actor: cliActor(), now: new Date(TEST_NOW) });
  });
  afterAll(async () => {
    for (const [key, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await connection.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('writes the evidence folder, and nothing else next to it', () => {
    expect(readdirSync(out).sort()).toEqual([
      'SHA256SUMS',
      'audit-checkpoint.json',
      'audit-public-key.pem',
      'items.csv',
      'manifest.json',
      'population.json',
      'report.html',
      'report.pdf',
    ]);
    expect(readdirSync(root)).toEqual(['q4']);
    expect(readFileSync(join(out, 'report.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('SHA256SUMS covers every other file and each hash checks out', () => {
    const lines = readFileSync(join(out, 'SHA256SUMS'), 'utf8').trimEnd().split('\n');
    const listed = lines.map((line) => {
      const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
      expect(match, `SHA256SUMS line "${line}"`).not.toBeNull();
      return { sha: match![1]!, name: match![2]! };
    });
    expect(listed.map((l) => l.name).sort()).toEqual([
      'audit-checkpoint.json',
      'audit-public-key.pem',
      'items.csv',
      'manifest.json',
      'population.json',
      'report.html',
      'report.pdf',
    ]);
    for (const { sha, name } of listed) expect(sha256(readFileSync(join(out, name))), name).toBe(sha);
  });

  it('population.json hashes to the SHA-256 recorded at launch, and the report and manifest say it matches', () => {
    expect(sha256(readFileSync(join(out, 'population.json')))).toBe(populationSha256);
    const population = JSON.parse(readFileSync(join(out, 'population.json'), 'utf8')) as { accountId: string }[];
    expect(population.map((s) => s.accountId)).toEqual([
      'app-github:grace',
      'app-github:old-bot',
      'app-jasper:=cmd@acme.com',
      'app-jasper:ada@acme.com',
      'app-jasper:alan@acme.com',
    ]);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      populationSha256: string;
      populationMatches: boolean;
      campaignId: string;
      generatedBy: { id: string };
    };
    expect(manifest).toMatchObject({ populationSha256, populationMatches: true, campaignId: Q4.id, generatedBy: { id: cliActor().id } });
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('Population hash matches');
    expect(html).toContain(populationSha256);
    expect(html).toContain('sha256sum population.json');
    expect(html).not.toContain('does not match the one recorded');
  });

  it('items.csv has one row per item with its reviewer, decision, justification and remediation', () => {
    const rows = parse<Record<string, string>>(readFileSync(join(out, 'items.csv'), 'utf8'), { columns: true });
    expect(rows).toHaveLength(Q4.items.length);
    const byItem = new Map(rows.map((row) => [row['item id'], row]));
    expect(byItem.get('item-1')).toMatchObject({
      campaign: '2026-Q4 access review',
      period: '2026-Q4',
      stage: '1',
      app: 'Jasper',
      'roles at launch': 'Admin (admin)',
      privileged: 'yes',
      reviewer: 'Grace Hopper',
      decision: 'keep',
      justification: 'Runs billing for the content team',
      'decided by': 'Grace Hopper',
      'decision source': 'reviewer',
      'owner email': 'ada@acme.com',
    });
    expect(byItem.get('item-2')).toMatchObject({
      decision: 'revoke',
      'remediation status': 'verified',
      'remediation detail': 'account deactivated',
      'findings at launch': 'inactive_user (medium): inactive 143 days',
    });
    expect(byItem.get('item-4')).toMatchObject({ decision: 'undecided', 'escalated at': '2026-11-16T00:00:00.000Z' });
    expect(byItem.get('item-6')).toMatchObject({ stage: '2', reviewer: 'Linus Owner', 'reviewer reason': 'app_owner' });
    // A cell a spreadsheet would run as a formula is defused.
    expect(byItem.get('item-3')?.['account email']).toBe("'=cmd@acme.com");
  });

  it('the report shows the completeness figures and escapes what people typed', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; invite never accepted');
    const figure = (label: string): string | undefined => new RegExp(`<td>${label}</td><td>([^<]*)</td>`).exec(html)?.[1];
    expect(figure('Population \\(accounts under review\\)')).toBe('5');
    expect(figure('Decided by reviewers')).toBe('4');
    expect(figure('Undecided')).toBe('1');
    expect(figure('Revoke')).toBe('3');
    expect(figure('Remediations open past their due date')).toBe('1');
    expect(figure('Remediations failed')).toBe('1');
    expect(figure('Undecided past the due date')).toBe('1');
    expect(figure('Second-stage undecided')).toBe('1');
    expect(html).toContain('<h3>GitHub: 2 items</h3>');
    expect(html).toContain('<h3>Jasper: 4 items</h3>');
  });

  it('records the export in the audit log', async () => {
    const events = await connection.graph.read(
      `MATCH (e:AuditEvent {action: 'evidence.export', targetId: $id}) RETURN e.actorId AS actor, e.after AS after`,
      { id: Q4.id },
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.actor).toBe(cliActor().id);
    expect(events[0]?.after).toContain(populationSha256);
  });

  it('evidence verify passes an intact folder and fails on a modified file', async () => {
    const intact = await attestEvidence(['verify', out]);
    expect(intact.code).toBe(0);
    expect(intact.out).toContain('checks out');
    const copy = join(root, 'copy');
    mkdirSync(copy);
    for (const name of readdirSync(out)) writeFileSync(join(copy, name), readFileSync(join(out, name)));
    writeFileSync(join(copy, 'items.csv'), readFileSync(join(copy, 'items.csv'), 'utf8').replace('Runs billing', 'Runs biling'));
    const modified = await attestEvidence(['verify', copy]);
    expect(modified.code).toBe(1);
    expect(modified.err).toContain('items.csv was modified');
    rmSync(copy, { recursive: true, force: true });
  });

  it('refuses to write into a folder that is not empty, and --force replaces only an earlier export', async () => {
    const before = readFileSync(join(out, 'report.html'), 'utf8');
    await expect(attestEvidence([Q4.id, '--out', out, '--no-pdf'])).rejects.toThrow(/is not empty; give a new or empty folder, or --force/);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe(before);
    const foreign = join(root, 'home');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'notes.txt'), 'mine');
    await expect(
      writeEvidence(connection.graph, {
        campaign: Q4.id,
        out: foreign,
        force: true,
        pdf: false,
        actor: cliActor(),
        now: new Date(TEST_NOW),
      }),
    ).rejects.toThrow(/not evidence \(notes\.txt\)/);
    expect(readFileSync(join(foreign, 'notes.txt'), 'utf8')).toBe('mine');
    const forced = join(root, 'forced');
    await writeEvidence(connection.graph, { campaign: Q4.id, out: forced, pdf: false, actor: cliActor(), now: new Date(TEST_NOW) });
    await writeEvidence(connection.graph, {
      campaign: Q4.id,
      out: forced,
      force: true,
      pdf: false,
      actor: cliActor(),
      now: new Date(TEST_NOW),
    });
    expect(readdirSync(forced).sort()).toEqual([
      'SHA256SUMS',
      'audit-checkpoint.json',
      'audit-public-key.pem',
      'items.csv',
      'manifest.json',
      'population.json',
      'report.html',
    ]);
    expect(readdirSync(root).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('a snapshot altered after launch makes the report say the population does not match, and verify fails', async () => {
    const tamperedOut = join(root, 'tampered');
    const untouched = await attestEvidence([TAMPERED.name, '--out', join(root, 'untouched'), '--no-pdf']);
    expect(untouched.code).toBe(0);
    expect(untouched.out).toContain('matches the hash recorded at launch');
    await connection.graph.write(
      `MATCH (i:ReviewItem {id: $id}) SET i.snapshot = replace(i.snapshot, '"privilege":"admin"', '"privilege":"member"')`,
      { id: 'tampered-1' },
    );

    const exported = await attestEvidence([TAMPERED.name, '--out', tamperedOut, '--no-pdf']);
    expect(exported.code).toBe(0);
    expect(exported.err).toContain('does not match the hash recorded at launch');
    const html = readFileSync(join(tamperedOut, 'report.html'), 'utf8');
    expect(html).toContain('The population hash does not match the one recorded at launch');
    expect(html).toContain('<th scope="row">Result</th><td>does not match</td>');
    const verified = await attestEvidence(['verify', tamperedOut]);
    expect(verified.code).toBe(1);
    expect(verified.err).toContain('the population does not match');
  });

  it('explains why there is nothing to export', async () => {
    const missing = await attestEvidence(['no-such-campaign', '--out', join(root, 'missing'), '--no-pdf']).catch((error: unknown) => error);
    expect(String(missing)).toContain('no campaign has the id or name "no-such-campaign"');
    await expect(
      writeEvidence(connection.graph, {
        campaign: DRAFT.id,
        out: join(root, 'draft'),
        pdf: false,
        actor: cliActor(),
        now: new Date(TEST_NOW),
      }),
    ).rejects.toThrow(/is a draft: it has no population until it is launched/);
    expect(existsSync(join(root, 'missing'))).toBe(false);
    expect(existsSync(join(root, 'draft'))).toBe(false);
  });

  describe('over HTTP', () => {
    let server: Server;
    let base: string;
    let signedIn: Viewer | null = AUDITOR;

    beforeAll(async () => {
      const app = express();
      app.use((_req, res, next) => {
        res.locals.viewer = signedIn;
        next();
      });
      app.use('/api', createEvidenceRouter(connection.graph));
      server = app.listen(0, '127.0.0.1');
      await new Promise<void>((resolve) => server.once('listening', () => resolve()));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('downloads the items CSV, the population and the report of a campaign, and records each download', async () => {
      const csv = await fetch(`${base}/api/campaigns/${Q4.id}/evidence.csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="?attest-evidence-2026-q4-access-review-items\.csv"?$/);
      expect(parse(await csv.text(), { columns: true })).toHaveLength(Q4.items.length);

      const population = await fetch(`${base}/api/campaigns/${Q4.id}/population.json`);
      expect(sha256(Buffer.from(await population.arrayBuffer()))).toBe(populationSha256);

      const report = await fetch(`${base}/api/campaigns/${Q4.id}/report.html`);
      expect(report.headers.get('content-security-policy')).toContain("default-src 'none'");
      // The report opens in the browser to be read and printed.
      expect(report.headers.get('content-disposition')).toMatch(/^inline; filename="attest-evidence-2026-q4-access-review-report\.html"$/);
      const html = await report.text();
      expect(html).toContain('Ann Auditor (auditor)');
      expect(html).not.toMatch(/<script/i);

      const downloads = await connection.graph.read(
        `MATCH (e:AuditEvent {action: 'evidence.export', actorId: $actor}) RETURN count(e) AS n`,
        { actor: AUDITOR.userId },
      );
      expect(downloads[0]?.n).toBe(3);
    });

    it('says what is wrong with the request', async () => {
      const missing = await fetch(`${base}/api/campaigns/nope/evidence.csv`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('no campaign has the id or name "nope"');
      const draft = await fetch(`${base}/api/campaigns/${DRAFT.id}/report.html`);
      expect(draft.status).toBe(409);
      signedIn = null;
      const anonymous = await fetch(`${base}/api/campaigns/${Q4.id}/evidence.csv`);
      expect(anonymous.status).toBe(401);
      signedIn = AUDITOR;
    });
  });
});

describe('evidence of a campaign launched and closed by the review code', () => {
  let connection: GraphConnection;
  const root = mkdtempSync(join(tmpdir(), 'attest-evidence-launched-'));

  beforeAll(async () => {
    connection = await freshGraph();
  });
  afterAll(async () => {
    await connection.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('matches the population hash the launch recorded, with every item decided by the close default', async () => {
    const org = await loadReviewOrg(connection.graph);
    try {
      const actor = cliActor();
      const draft = await createCampaign(
        connection.graph,
        {
          name: 'Launched review',
          period: '2026-Q4',
          scopeKind: 'all',
          dueAt: new Date(org.now.getTime() + 14 * 86_400_000),
          owner: 'sam@acme.com',
        },
        actor,
        org.now,
      );
      const launched = await launchCampaign(connection.graph, draft.id, actor, org.now);
      await closeCampaign(connection.graph, draft.id, 'revoke', actor, new Date(org.now.getTime() + 86_400_000));

      const out = join(root, 'evidence');
      const written = await writeEvidence(connection.graph, {
        campaign: 'Launched review',
        out,
        pdf: false,
        actor,
        now: new Date(org.now.getTime() + 2 * 86_400_000),
      });
      expect(written.evidence.population.matches).toBe(true);
      expect(sha256(readFileSync(join(out, 'population.json')))).toBe(launched.populationSha256);
      expect(written.evidence.completeness).toMatchObject({
        population: launched.populationCount,
        decidedByCloseDefault: launched.populationCount,
        undecided: 0,
      });
      expect(written.evidence.completeness.byDecision.revoke).toBe(launched.populationCount);
      const rows = parse<Record<string, string>>(readFileSync(join(out, 'items.csv'), 'utf8'), { columns: true });
      expect(rows.filter((row) => row.stage === '1')).toHaveLength(launched.populationCount);
      expect(rows.every((row) => row['decision source'] === 'close_default' && row['remediation status'] === 'open')).toBe(true);
      expect((await verifyEvidence(out)).problem).toBeNull();
    } finally {
      org.cleanUp();
    }
  });

  it("carries the audit log's signed checkpoint and public key, which later catch the log cut short; a forged checkpoint fails evidence verify", async () => {
    const out = join(root, 'anchored');
    await writeEvidence(connection.graph, { campaign: 'Launched review', out, pdf: false, actor: cliActor(), now: new Date(TEST_NOW) });
    const [head] = await connection.graph.read(
      `MATCH (e:AuditEvent) WITH e ORDER BY e.seq DESC LIMIT 1 RETURN e.seq AS seq, e.hash AS hash`,
    );
    const checkpoint = JSON.parse(readFileSync(join(out, 'audit-checkpoint.json'), 'utf8')) as {
      seq: number;
      hash: string;
      keyId: string;
      signature: string;
    };
    // The export's own audit event comes after the files are written, so the checkpoint is of the event before it.
    expect(checkpoint).toMatchObject({ seq: Number(head?.seq) - 1 });
    const publicKey = createPublicKey(readFileSync(join(out, 'audit-public-key.pem')));
    const body = `attest-audit-log\n${checkpoint.seq}\n${checkpoint.hash}\n`;
    expect(cryptoVerify(null, Buffer.from(body), publicKey, Buffer.from(checkpoint.signature, 'base64'))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { auditCheckpoint: unknown };
    expect(manifest.auditCheckpoint).toEqual({ seq: checkpoint.seq, hash: checkpoint.hash, keyId: checkpoint.keyId });
    const verified = await verifyEvidence(out);
    expect(verified.problem).toBeNull();
    expect(verified.checked).toContain(
      `audit-checkpoint.json: audit event #${checkpoint.seq} (hash ${checkpoint.hash}) signed by key ${checkpoint.keyId}`,
    );

    const auditVerify = async (): Promise<{ code: number; output: string }> => {
      const lines: string[] = [];
      const code = await verifyCommand(connection.graph, (line) => lines.push(line), {
        checkpoints: join(out, 'audit-checkpoint.json'),
        publicKey: join(out, 'audit-public-key.pem'),
      });
      return { code, output: lines.join('\n') };
    };
    expect((await auditVerify()).code).toBe(0);
    const cut = checkpoint.seq - 2;
    await connection.graph.write(`MATCH (e:AuditEvent) WHERE e.seq > $cut DETACH DELETE e`, { cut });
    await connection.graph.write(`MATCH (h:AuditHead), (e:AuditEvent {seq: $cut}) SET h.seq = e.seq, h.hash = e.hash, h.at = e.at`, {
      cut,
    });
    const truncated = await auditVerify();
    expect(truncated.code).toBe(1);
    expect(truncated.output).toContain(
      `Audit log truncated: the newest event in the database is #${cut}, but line 1 of ${join(out, 'audit-checkpoint.json')} is a signed checkpoint of event #${checkpoint.seq}`,
    );

    const forged = join(root, 'forged');
    mkdirSync(forged);
    for (const name of readdirSync(out)) writeFileSync(join(forged, name), readFileSync(join(out, name)));
    writeFileSync(join(forged, 'audit-checkpoint.json'), `${JSON.stringify({ ...checkpoint, seq: cut })}\n`);
    const sums = readFileSync(join(forged, 'SHA256SUMS'), 'utf8').replace(
      /^[0-9a-f]{64}(?= {2}audit-checkpoint\.json$)/m,
      sha256(readFileSync(join(forged, 'audit-checkpoint.json'))),
    );
    writeFileSync(join(forged, 'SHA256SUMS'), sums);
    expect((await verifyEvidence(forged)).problem).toBe('audit-checkpoint.json is not signed by audit-public-key.pem');
  });
});
