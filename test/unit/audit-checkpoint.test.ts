import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkpointLine, checkpointSigned, keyIdOf, parseCheckpoints, signCheckpoint } from '../../server/audit/checkpoint.js';

const HASH = 'ab'.repeat(32);

describe('audit checkpoints', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const keyId = keyIdOf(publicKey);

  it('a checkpoint verifies with its public key, and not once its seq or hash is changed or with another key', () => {
    const checkpoint = signCheckpoint(privateKey, keyId, { seq: 42, hash: HASH });
    expect(checkpoint).toMatchObject({ origin: 'attest-audit-log', seq: 42, hash: HASH, keyId });
    expect(checkpointSigned(checkpoint, publicKey)).toBe(true);
    expect(checkpointSigned({ ...checkpoint, seq: 41 }, publicKey)).toBe(false);
    expect(checkpointSigned({ ...checkpoint, hash: 'cd'.repeat(32) }, publicKey)).toBe(false);
    expect(checkpointSigned({ ...checkpoint, signature: 'not base64 at all' }, publicKey)).toBe(false);
    expect(checkpointSigned(checkpoint, generateKeyPairSync('ed25519').publicKey)).toBe(false);
  });

  it('reads a checkpoint file line by line, naming the lines that are not checkpoints', () => {
    const first = signCheckpoint(privateKey, keyId, { seq: 1, hash: HASH });
    const second = signCheckpoint(privateKey, keyId, { seq: 2, hash: HASH });
    const text = `${checkpointLine(first)}{"origin":"attest-audit-log","seq":"2"}\n\nnot json\n${checkpointLine(second)}`;
    expect(parseCheckpoints(text)).toEqual({
      checkpoints: [
        { line: 1, checkpoint: first },
        { line: 5, checkpoint: second },
      ],
      unreadable: [
        { line: 2, reason: 'not a checkpoint (origin, seq, hash, keyId, signature)' },
        { line: 4, reason: 'not JSON' },
      ],
    });
  });
});
