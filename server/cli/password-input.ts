/** All of standard input, without the trailing line break (`--password-stdin`). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Asks for a password on the terminal without echoing it (Ctrl-C cancels). */
export function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    let answer = '';
    const finish = (): void => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string): void => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') {
          finish();
          resolve(answer);
          return;
        }
        if (character === '\u0003') {
          finish();
          reject(new Error('cancelled; nothing was changed'));
          return;
        }
        answer = character === '\u007f' || character === '\b' ? answer.slice(0, -1) : answer + character;
      }
    };
    process.stderr.write(question);
    stdin.setEncoding('utf8');
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}

/**
 * The password for `attest user add` / `attest user password`: from standard input with
 * --password-stdin, else ATTEST_USER_PASSWORD, else asked twice on a terminal.
 */
export async function readNewPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return readStdin();
  const fromEnv = process.env.ATTEST_USER_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY)
    throw new Error(
      'no password given: pipe it with --password-stdin, set ATTEST_USER_PASSWORD, or run the command on a terminal to type it',
    );
  const first = await promptHidden('Password (at least 12 characters): ');
  const second = await promptHidden('The same password again: ');
  if (first !== second) throw new Error('the two passwords differ; nothing was changed');
  return first;
}
