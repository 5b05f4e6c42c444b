import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A mail as the SMTP server received it: envelope recipients, and the decoded subject and plain-text part. */
export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

export interface MailSink {
  url: string;
  mails: ReceivedMail[];
  /** While true, every MAIL FROM is refused with a temporary error (451). */
  refusing: boolean;
  close(): Promise<void>;
}

/**
 * A real SMTP server on a free local port that wants `user`/`pass` (AUTH PLAIN/LOGIN) and offers no
 * STARTTLS, so `smtp://user:pass@127.0.0.1:<port>` delivers in the clear, as a local test may.
 */
export async function startMailSink(user: string, pass: string): Promise<MailSink> {
  const sink: MailSink = { url: '', mails: [], refusing: false, close: () => Promise.resolve() };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === pass) callback(null, { user });
      else callback(new Error('Invalid username or password'));
    },
    onMailFrom(_address, _session, callback) {
      if (sink.refusing) callback(Object.assign(new Error('Mailbox unavailable, try again later'), { responseCode: 451 }));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        sink.mails.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: subjectOf(raw), text: plainTextOf(raw) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  sink.url = `smtp://${encodeURIComponent(user)}:${encodeURIComponent(pass)}@127.0.0.1:${port}`;
  sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return sink;
}

/** A Slack incoming webhook stand-in: records the JSON bodies POSTed to `path`, 404 elsewhere. */
export async function startWebhookReceiver(path: string): Promise<{ url: string; posts: { text: string }[]; close(): Promise<void> }> {
  const posts: { text: string }[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== path) {
        response.writeHead(404).end('no_service');
        return;
      }
      posts.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as { text: string });
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    posts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function headerBlock(raw: string): string {
  return raw.split(/\r?\n\r?\n/)[0] ?? '';
}

/** The Subject header, unfolded and with its RFC 2047 encoded words decoded. */
function subjectOf(raw: string): string {
  const unfolded = headerBlock(raw).replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((l) => /^subject:/i.test(l)) ?? '';
  return line
    .replace(/^subject:\s*/i, '')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_m, encoding: string, word: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(word, 'base64').toString('utf8')
        : Buffer.from(decodeQuotedPrintable(word.replace(/_/g, ' ')), 'latin1').toString('utf8'),
    );
}

/** The text/plain part of a multipart/alternative mail, transfer encoding undone. */
function plainTextOf(raw: string): string {
  const part = raw.split(/\r?\n--/).find((p) => /content-type:\s*text\/plain/i.test(headerBlock(p)));
  if (!part) return '';
  const [head = '', ...body] = part.split(/\r?\n\r?\n/);
  const content = body.join('\n\n');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    return Buffer.from(decodeQuotedPrintable(content.replace(/=\r?\n/g, '')), 'latin1').toString('utf8');
  }
  if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8');
  return content;
}

/** Quoted-printable to a binary string (one char per byte), for Buffer.from(…, 'latin1'). */
function decodeQuotedPrintable(text: string): string {
  return text.replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
