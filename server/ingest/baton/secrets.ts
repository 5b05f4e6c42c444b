/**
 * Baton secrets (API keys, tokens, certificates: resources with a SecretTrait) as integrations of
 * the app: a secret that acts as a person's own user is that person's connection ("user" mode,
 * authorized by them); any other (a service account's key, one with no identity) is a workspace
 * credential enabled by whoever created it. Expired, disabled and deleted secrets no longer work
 * and are left out.
 */
import type { AppRefIn, IntegrationIn } from '../model.js';
import { isoInstant, type ResourceIdMessage } from './messages.js';
import { isSecret, isUser, resourceKey, type BatonResource, type BatonSync } from './sync-model.js';

export interface SecretsRead {
  integrations: IntegrationIn[];
  /** Secrets past their expiry, or disabled or deleted, left out. */
  notWorking: number;
}

const OFF = new Set(['RESOURCE_STATUS_DISABLED', 'RESOURCE_STATUS_DELETED']);

function userBehind(id: ResourceIdMessage | undefined, sync: BatonSync): BatonResource | undefined {
  if (!id?.resourceType || !id.resource) return undefined;
  const resource = sync.resources.get(resourceKey(id.resourceType, id.resource));
  return resource && isUser(resource, sync.types) ? resource : undefined;
}

/** How an account is named in an integration: its email, else its login, else its id (matched on reconciliation). */
function reference(user: BatonResource | undefined): string | null {
  if (!user) return null;
  const emails = user.user?.emails ?? [];
  const email = (emails.find((e) => e.isPrimary && e.address) ?? emails.find((e) => e.address))?.address;
  return email?.trim().toLowerCase() || user.user?.login?.trim() || user.id;
}

function nameOf(secret: BatonResource): string {
  return secret.message.displayName?.trim() || secret.id;
}

export function readSecrets(sync: BatonSync, app: AppRefIn, now: Date): SecretsRead {
  const secrets = [...sync.resources.values()].filter((resource) => isSecret(resource, sync.types));
  const working = secrets.filter((secret) => {
    const expiresAt = isoInstant(secret.secret?.expiresAt);
    return !(expiresAt !== null && expiresAt <= now.toISOString()) && !OFF.has(String(secret.message.status?.status ?? ''));
  });
  const named = new Map<string, number>();
  for (const secret of working) named.set(nameOf(secret).toLowerCase(), (named.get(nameOf(secret).toLowerCase()) ?? 0) + 1);
  const integrations = working.map((secret): IntegrationIn => {
    const identity = userBehind(secret.secret?.identityId, sync);
    const creator = userBehind(secret.secret?.createdById, sync);
    const type = identity?.user?.accountType;
    const personal = identity !== undefined && type !== 'ACCOUNT_TYPE_SERVICE' && type !== 'ACCOUNT_TYPE_SYSTEM';
    const name = nameOf(secret);
    return {
      app,
      // Integrations are keyed by name: secrets sharing a display name ("API key") keep their Baton id beside it.
      name: (named.get(name.toLowerCase()) ?? 0) > 1 && name !== secret.id ? `${name} (${secret.id})` : name,
      mode: personal ? 'user' : 'workspace',
      enabledBy: reference(creator),
      authorizedBy: personal ? reference(identity) : null,
      enabledAt: isoInstant(secret.message.createdAt) ?? isoInstant(secret.secret?.createdAt),
      lastUsedAt: isoInstant(secret.secret?.lastUsedAt),
      scopes: [],
    };
  });
  return { integrations, notWorking: secrets.length - working.length };
}
