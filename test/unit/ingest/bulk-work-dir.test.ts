import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newWorkDir } from '../../../server/ingest/bulk/work-dir.js';

describe("a bulk load's working folder", () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'attest-bulk-work-'));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const left = (name: string, owner: number | null, ageMs = 0): string => {
    const dir = join(dataDir, name);
    mkdirSync(dir, { recursive: true });
    if (owner !== null) writeFileSync(join(dir, 'owner.pid'), String(owner));
    writeFileSync(join(dir, 'part-000.csv'), 'id:ID(Person)\n');
    const at = new Date(Date.now() - ageMs);
    utimesSync(dir, at, at);
    return dir;
  };

  it("removes the folders of loads whose process died, keeps a running load's, and marks its own", () => {
    const finished = spawnSync(process.execPath, ['-e', '']).pid;
    const dead = left('bulk-load-dead', finished ?? 999_999_999);
    const abandoned = left('bulk-load-abandoned', null, 5 * 60_000);
    const running = left('bulk-load-running', process.pid);
    const justMade = left('bulk-load-just-made', null);
    const other = left('neo4j', null, 5 * 60_000);

    const mine = newWorkDir(dataDir);

    expect([dead, abandoned].map(existsSync)).toEqual([false, false]);
    expect([running, justMade, other].map(existsSync)).toEqual([true, true, true]);
    expect(readFileSync(join(mine, 'owner.pid'), 'utf8')).toBe(String(process.pid));
    expect(readdirSync(dataDir).sort()).toEqual(['bulk-load-just-made', 'bulk-load-running', mine.split('/').at(-1), 'neo4j'].sort());
  });
});
