/**
 * A SCIM connection's credential: the bearer token alone, or {"token": "…", "fallbackToDelete": true}
 * for a server that refuses PATCH (RFC 7644 §3.5.2 is optional): the user is then deleted instead.
 */
import { z } from 'zod';

const options = z.strictObject({ token: z.string().min(1), fallbackToDelete: z.boolean().optional() });

export interface ScimCredential {
  token: string;
  fallbackToDelete: boolean;
}

export function parseScimCredential(credential: string): ScimCredential | null {
  const trimmed = credential.trim();
  if (!trimmed.startsWith('{')) return /\s/.test(trimmed) || !trimmed ? null : { token: trimmed, fallbackToDelete: false };
  let json: unknown;
  try {
    json = JSON.parse(trimmed) as unknown;
  } catch {
    return null;
  }
  const parsed = options.safeParse(json);
  return parsed.success ? { token: parsed.data.token.trim(), fallbackToDelete: parsed.data.fallbackToDelete ?? false } : null;
}

export function checkScimCredential(credential: string): string | null {
  return parseScimCredential(credential)
    ? null
    : 'a SCIM credential is the bearer token alone (one word), or {"token": "…", "fallbackToDelete": true}';
}
