import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../server/cli/command-table.js';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'attest.js');

/**
 * The CLI loads only the command it runs (command-table.ts); `--help` loads them all. What every
 * command registers must be what the table names, or a command would load the wrong module.
 */
describe('the command table the CLI loads commands from', () => {
  it('names exactly the commands attest --help lists, in its order', () => {
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8', timeout: 240_000 });
    expect(help.status, help.stderr).toBe(0);
    const listed = help.stdout
      .slice(help.stdout.indexOf('Commands:'))
      .split('\n')
      .slice(1)
      .map((line) => /^ {2}([a-z-]+)/.exec(line)?.[1])
      .filter((name) => name !== undefined && name !== 'help');
    expect(listed).toEqual(COMMANDS.flatMap((entry) => entry.names));
  });
});
