import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSecretKey, open, seal, SecretKeyError } from '../../../server/connectors/secret-box.js';

describe('connection secrets at rest', () => {
  it('makes a private key file once, and seals so that only that key opens', () => {
    const dir = mkdtempSync(join(tmpdir(), 'attest-key-'));
    try {
      const key = loadSecretKey(dir, {});
      expect(statSync(join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
      expect(loadSecretKey(dir, {})).toEqual(key);
      const sealed = seal(key, 'xoxb-123-secret');
      expect(sealed).not.toContain('xoxb');
      expect(open(key, sealed)).toBe('xoxb-123-secret');
      expect(() => open(Buffer.alloc(32, 1), sealed)).toThrow(SecretKeyError);
      const tampered = sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA');
      expect(() => open(key, tampered)).toThrow(SecretKeyError);
      expect(readFileSync(join(dir, 'secret.key'), 'utf8')).not.toContain('xoxb');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes ATTEST_SECRET_KEY when set, and refuses one of the wrong size', () => {
    const key = Buffer.alloc(32, 9);
    expect(loadSecretKey('/nonexistent', { ATTEST_SECRET_KEY: key.toString('base64') })).toEqual(key);
    expect(() => loadSecretKey('/nonexistent', { ATTEST_SECRET_KEY: 'c2hvcnQ=' })).toThrow(/must hold 32 bytes/);
  });
});
