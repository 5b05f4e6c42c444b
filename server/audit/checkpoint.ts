import { createHash, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';

/** The first line of every checkpoint: which log it speaks for (C2SP tlog-checkpoint "origin"). */
export const CHECKPOINT_ORIGIN = 'attest-audit-log';

/**
 * A signed statement that the audit log's event #seq has hash `hash`. Each event's hash covers the
 * one before it, so a checkpoint vouches for the whole log up to #seq, as a signed tree head does
 * in Certificate Transparency (RFC 6962) or a Rekor checkpoint does for its log.
 */
export interface Checkpoint {
  origin: string;
  seq: number;
  hash: string;
  /** SHA-256 (hex) of the public key's DER (SPKI) encoding: which key signed it. */
  keyId: string;
  /** Ed25519 signature (base64) over checkpointBody(). */
  signature: string;
}

export type LogHead = Pick<Checkpoint, 'seq' | 'hash'>;

/**
 * The signed text: origin, sequence number and hash on lines of their own, each ending in a
 * newline (the C2SP checkpoint layout: origin, tree size, root hash). An auditor can rebuild it
 * with `printf '%s\n%s\n%s\n' attest-audit-log 42 <hash>` and check it with openssl.
 */
export function checkpointBody(checkpoint: Pick<Checkpoint, 'origin' | 'seq' | 'hash'>): string {
  return `${checkpoint.origin}\n${checkpoint.seq}\n${checkpoint.hash}\n`;
}

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

/** `keyId` is keyIdOf the private key's public half, given rather than derived on every signature. */
export function signCheckpoint(privateKey: KeyObject, keyId: string, head: LogHead): Checkpoint {
  const unsigned = { origin: CHECKPOINT_ORIGIN, seq: head.seq, hash: head.hash };
  const signature = sign(null, Buffer.from(checkpointBody(unsigned)), privateKey).toString('base64');
  return { ...unsigned, keyId, signature };
}

/** Whether `publicKey` made the checkpoint's signature over its origin, seq and hash. */
export function checkpointSigned(checkpoint: Checkpoint, publicKey: KeyObject): boolean {
  try {
    return verify(null, Buffer.from(checkpointBody(checkpoint)), publicKey, Buffer.from(checkpoint.signature, 'base64'));
  } catch {
    return false;
  }
}

/** One line of the checkpoint file (JSON Lines), fields in a fixed order. */
export function checkpointLine(checkpoint: Checkpoint): string {
  const { origin, seq, hash, keyId, signature } = checkpoint;
  return `${JSON.stringify({ origin, seq, hash, keyId, signature })}\n`;
}

export interface ParsedCheckpoints {
  checkpoints: { line: number; checkpoint: Checkpoint }[];
  /** Lines that are not a checkpoint, with why. */
  unreadable: { line: number; reason: string }[];
}

/** Reads a checkpoint file: one JSON checkpoint per line; blank lines are skipped. */
export function parseCheckpoints(text: string): ParsedCheckpoints {
  const parsed: ParsedCheckpoints = { checkpoints: [], unreadable: [] };
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      parsed.unreadable.push({ line, reason: 'not JSON' });
      return;
    }
    const checkpoint = checkpointOf(value);
    if (checkpoint) parsed.checkpoints.push({ line, checkpoint });
    else parsed.unreadable.push({ line, reason: 'not a checkpoint (origin, seq, hash, keyId, signature)' });
  });
  return parsed;
}

const CHECKPOINT_LINE = z.object({
  origin: z.literal(CHECKPOINT_ORIGIN),
  seq: z.number().int().nonnegative(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  keyId: z.string(),
  signature: z.string(),
});

function checkpointOf(value: unknown): Checkpoint | null {
  const parsed = CHECKPOINT_LINE.safeParse(value);
  return parsed.success ? parsed.data : null;
}
