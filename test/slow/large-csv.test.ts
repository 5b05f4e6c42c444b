import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

import { afterAll, describe, expect, it } from 'vitest';

import { parseKind } from '../unit/ingest/helpers.js';

const path = join(tmpdir(), `attest-large-hr-${process.pid}.csv`);
const TARGET_BYTES = 50 * 1024 * 1024;

/** A wide HR export (address, phone, notes columns the importer does not keep), written in chunks. */
async function writeLargeHrCsv(): Promise<number> {
  const out = createWriteStream(path);
  out.write(
    'Employee ID,First Name,Last Name,Work Email,Department,Job Title,Manager Email,Status,Hire Date,Termination Date,Home Address,Mobile Phone,Cost Center,Notes\r\n',
  );
  let bytes = 0;
  let rows = 0;
  const notes = 'Completed onboarding; laptop issued; badge "B-2" collected, parking permit pending. '.repeat(3);
  while (bytes < TARGET_BYTES) {
    const lines: string[] = [];
    for (let i = 0; i < 2000; i += 1) {
      rows += 1;
      const manager = rows > 1 ? `person${Math.floor(rows / 10) + 1}@acme.example` : '';
      const status = rows % 17 === 0 ? 'Terminated' : rows % 23 === 0 ? 'On Leave' : 'Active';
      const end = status === 'Terminated' ? '2023-12-14' : '';
      lines.push(
        `${rows},First${rows},Last${rows},person${rows}@acme.example,Dept ${rows % 40},"Engineer, Level ${rows % 5}",${manager},${status},2019-03-15,${end},"${rows} Main Street, Springfield",+1-555-${String(rows % 10000).padStart(4, '0')},CC-${rows % 300},"${notes.replace(/"/g, '""')}"`,
      );
    }
    const chunk = `${lines.join('\r\n')}\r\n`;
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

afterAll(async () => {
  await rm(path, { force: true });
});

describe('a 50 MB CSV', () => {
  it('parses in bounded memory', { timeout: 120_000 }, async () => {
    const rows = await writeLargeHrCsv();
    expect((await stat(path)).size).toBeGreaterThanOrEqual(TARGET_BYTES);

    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    try {
      const batch = await parseKind('hr-csv', { path, name: 'large.csv' });
      peak = Math.max(peak, process.memoryUsage().rss);
      expect(batch.recordsRead).toBe(rows);
      expect(batch.people).toHaveLength(rows);
      expect(batch.people[rows - 1]).toMatchObject({ employeeId: String(rows), title: `Engineer, Level ${rows % 5}` });
    } finally {
      clearInterval(sampler);
    }
    const growthMb = (peak - before) / (1024 * 1024);
    expect(growthMb).toBeLessThan(300);
  });
});
