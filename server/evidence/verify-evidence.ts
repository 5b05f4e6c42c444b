import type { KeyObject } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { checkpointSigned, keyIdOf, parseCheckpoints } from '../audit/checkpoint.js';
import { AuditAnchorError, readPublicKey } from '../audit/checkpoint-store.js';
import { AUDIT_CHECKPOINT_JSON, AUDIT_PUBLIC_KEY_PEM, MANIFEST_JSON, POPULATION_JSON, SHA256SUMS } from './evidence-files.js';
import { sha256Hex } from './population.js';

export interface EvidenceVerification {
  dir: string;
  /** What was checked and held, in order. */
  checked: string[];
  /** The first thing that did not hold; null when the folder is intact. */
  problem: string | null;
  /** The population hash recorded at launch, per manifest.json. */
  populationSha256: string | null;
}

const SUM_LINE = /^([0-9a-f]{64}) [ *](.+)$/;

/**
 * Re-checks an evidence folder offline: every file against SHA256SUMS (nothing missing, nothing
 * extra), population.json against the population hash recorded at launch, and the audit checkpoint
 * against the public key beside it. Stops at the first mismatch.
 */
export async function verifyEvidence(dir: string): Promise<EvidenceVerification> {
  const folder = resolve(dir);
  const checked: string[] = [];
  const result = (problem: string | null, populationSha256: string | null = null): EvidenceVerification => ({
    dir: folder,
    checked,
    problem,
    populationSha256,
  });

  const sums = await readFile(join(folder, SHA256SUMS), 'utf8').catch(() => null);
  if (sums === null) return result(`${SHA256SUMS} is missing from ${folder}; is this an evidence folder?`);
  const listed = new Map<string, string>();
  const lines = sums.split('\n').filter((line) => line !== '');
  for (const [index, line] of lines.entries()) {
    const match = SUM_LINE.exec(line);
    if (!match) return result(`${SHA256SUMS} line ${index + 1} is not "<sha256>  <file>": ${line.slice(0, 100)}`);
    const name = match[2]!;
    if (name.includes('/') || name.includes('\\') || name === '..')
      return result(`${SHA256SUMS} line ${index + 1} names a file outside the folder: ${name}`);
    listed.set(name, match[1]!);
  }
  for (const [name, expected] of listed) {
    const content = await readFile(join(folder, name)).catch(() => null);
    if (content === null) return result(`${name} is listed in ${SHA256SUMS} but missing`);
    const actual = sha256Hex(content);
    if (actual !== expected) return result(`${name} was modified: its SHA-256 is ${actual}, ${SHA256SUMS} says ${expected}`);
    checked.push(`${name}: SHA-256 matches ${SHA256SUMS}`);
  }
  const extra = (await readdir(folder)).filter((name) => name !== SHA256SUMS && !listed.has(name));
  if (extra.length > 0) return result(`${extra.join(', ')} ${extra.length === 1 ? 'is' : 'are'} not listed in ${SHA256SUMS}`);

  const recorded = await recordedPopulationHash(folder);
  if (typeof recorded !== 'string') return result(recorded.problem);
  const population = await readFile(join(folder, POPULATION_JSON)).catch(() => null);
  if (population === null) return result(`${POPULATION_JSON} is missing`, recorded);
  const actual = sha256Hex(population);
  if (actual !== recorded) {
    return result(
      `${POPULATION_JSON} hashes to ${actual}, but the population hash recorded at launch is ${recorded}: the population does not match`,
      recorded,
    );
  }
  checked.push(`${POPULATION_JSON}: SHA-256 ${actual} matches the population hash recorded at launch`);

  const anchor = await checkAuditCheckpoint(folder);
  if ('problem' in anchor) return result(anchor.problem, recorded);
  if (anchor.checked !== null) checked.push(anchor.checked);
  return result(null, recorded);
}

/**
 * The audit checkpoint must be signed by the public key beside it. Which key that is, the auditor
 * compares with the one they keep; `attest audit verify --checkpoints` then checks the log against it.
 * Exports made before checkpoints existed have neither file.
 */
async function checkAuditCheckpoint(folder: string): Promise<{ checked: string | null } | { problem: string }> {
  const text = await readFile(join(folder, AUDIT_CHECKPOINT_JSON), 'utf8').catch(() => null);
  if (text === null) return { checked: null };
  const { checkpoints } = parseCheckpoints(text);
  const [first] = checkpoints;
  if (checkpoints.length !== 1 || !first) return { problem: `${AUDIT_CHECKPOINT_JSON} does not hold exactly one audit checkpoint` };
  let publicKey: KeyObject | null;
  try {
    publicKey = readPublicKey(join(folder, AUDIT_PUBLIC_KEY_PEM));
  } catch (error) {
    if (error instanceof AuditAnchorError) return { problem: error.message };
    throw error;
  }
  if (publicKey === null) return { problem: `${AUDIT_PUBLIC_KEY_PEM} is missing, so ${AUDIT_CHECKPOINT_JSON} cannot be checked` };
  const { checkpoint } = first;
  if (!checkpointSigned(checkpoint, publicKey)) return { problem: `${AUDIT_CHECKPOINT_JSON} is not signed by ${AUDIT_PUBLIC_KEY_PEM}` };
  return {
    checked: `${AUDIT_CHECKPOINT_JSON}: audit event #${checkpoint.seq} (hash ${checkpoint.hash}) signed by key ${keyIdOf(publicKey)}`,
  };
}

async function recordedPopulationHash(folder: string): Promise<string | { problem: string }> {
  const text = await readFile(join(folder, MANIFEST_JSON), 'utf8').catch(() => null);
  if (text === null) return { problem: `${MANIFEST_JSON} is missing` };
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    return { problem: `${MANIFEST_JSON} is not JSON` };
  }
  const hash = typeof manifest === 'object' && manifest !== null && 'populationSha256' in manifest ? manifest.populationSha256 : null;
  if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash))
    return { problem: `${MANIFEST_JSON} records no population SHA-256 (populationSha256)` };
  return hash;
}
