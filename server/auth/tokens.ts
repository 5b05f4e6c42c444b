import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { now } from '../config/now.js';
import type { Graph, Row } from '../graph/graph.js';
import { CREATE_TOKEN, FIND_TOKEN_BY_HASH, LIST_TOKENS, REVOKE_TOKEN, TOUCH_TOKEN } from './tokens.queries.js';

export const TOKEN_SCOPES = ['scim'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

const PREFIX = 'att_';
/** 32 random bytes in base64url. */
const TOKEN_PATTERN = /^att_[A-Za-z0-9_-]{43}$/;
const TOUCH_INTERVAL_MS = 60_000;

export interface CreatedToken {
  id: string;
  /** Shown once; only its hash is stored. */
  token: string;
}

export interface VerifiedToken {
  id: string;
  scope: TokenScope;
  label: string | null;
}

export interface TokenInfo {
  id: string;
  scope: string;
  label: string | null;
  createdAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Creates a token for `scope`: 'att_' + 32 random bytes (base64url). Store the token now; Attest cannot show it again. */
export async function createApiToken(graph: Graph, scope: TokenScope, label?: string): Promise<CreatedToken> {
  if (!TOKEN_SCOPES.includes(scope)) throw new Error(`unknown token scope "${String(scope)}" (expected one of ${TOKEN_SCOPES.join(', ')})`);
  const id = randomUUID();
  const token = PREFIX + randomBytes(32).toString('base64url');
  await graph.write(CREATE_TOKEN, { id, hash: hashToken(token), scope, label: label ?? null, now: now().toISOString() }, 'token-create');
  return { id, token };
}

/**
 * The token's record when `token` is a live (not revoked) token of `scope`, else null. The stored
 * and computed hashes are compared in constant time. Use is recorded at most once a minute.
 */
export async function verifyApiToken(graph: Graph, token: string, scope: TokenScope): Promise<VerifiedToken | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const hash = hashToken(token);
  const [row] = await graph.read(FIND_TOKEN_BY_HASH, { hash }, 'token-verify');
  if (!row) return null;
  const stored = typeof row.hash === 'string' ? Buffer.from(row.hash, 'hex') : Buffer.alloc(0);
  const computed = Buffer.from(hash, 'hex');
  if (stored.length !== computed.length || !timingSafeEqual(stored, computed) || row.scope !== scope) return null;
  const id = text(row, 'id') ?? '';
  const at = now();
  const lastUsedAt = text(row, 'lastUsedAt');
  if (lastUsedAt === null || at.getTime() - Date.parse(lastUsedAt) >= TOUCH_INTERVAL_MS) {
    await graph.write(TOUCH_TOKEN, { id, now: at.toISOString() }, 'token-touch');
  }
  return { id, scope, label: text(row, 'label') };
}

/** Revokes a token (kept for the record with revokedAt). False when no live token has that id. */
export async function revokeApiToken(graph: Graph, id: string): Promise<boolean> {
  const rows = await graph.write(REVOKE_TOKEN, { id, now: now().toISOString() }, 'token-revoke');
  return rows.length > 0;
}

/** Every token, revoked ones included; never the token or its hash. */
export async function listApiTokens(graph: Graph): Promise<TokenInfo[]> {
  const rows = await graph.read(LIST_TOKENS, {}, 'token-list');
  return rows.map((row) => ({
    id: text(row, 'id') ?? '',
    scope: text(row, 'scope') ?? '',
    label: text(row, 'label'),
    createdAt: text(row, 'createdAt'),
    lastUsedAt: text(row, 'lastUsedAt'),
    revokedAt: text(row, 'revokedAt'),
  }));
}

function text(row: Row, key: string): string | null {
  const value = row[key];
  return typeof value === 'string' ? value : null;
}
