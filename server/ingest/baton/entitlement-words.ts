/**
 * The customer's words for what a Baton grant gives: a role word per entitlement, and the license
 * profiles (seat types) whose entitlements mean "holds this seat".
 */
import type { EntitlementMessage, LicenseProfileTraitMessage } from './messages.js';
import { resourceKey, type BatonSync } from './sync-model.js';

const ASSIGNMENT = new Set(['PURPOSE_VALUE_ASSIGNMENT', 'PURPOSE_VALUE_UNSPECIFIED']);

/**
 * The role word for an entitlement: a role resource's own name for being assigned it ("Super
 * Admin"); otherwise the resource and the entitlement together ("Engineering member", "Billing
 * owner"), unless the connector's display name already says both.
 */
export function entitlementWord(entitlement: EntitlementMessage, sync: BatonSync): string {
  const typeId = entitlement.resource?.id?.resourceType ?? '';
  const id = entitlement.resource?.id?.resource ?? '';
  const resource = sync.resources.get(resourceKey(typeId, id));
  const name = (resource?.message.displayName || entitlement.resource?.displayName || id).trim();
  const entitlementId = entitlement.id ?? '';
  const label = (entitlement.displayName || entitlement.slug || entitlementId.slice(entitlementId.lastIndexOf(':') + 1)).trim();
  const onRole = sync.types.get(typeId)?.traits.has('TRAIT_ROLE') ?? false;
  if (onRole && ASSIGNMENT.has(String(entitlement.purpose ?? 'PURPOSE_VALUE_UNSPECIFIED')) && name) return name;
  if (!name) return label || entitlementId;
  if (!label || label.toLowerCase().includes(name.toLowerCase())) return label || name;
  return `${name} ${label}`;
}

export interface LicenseProfile {
  name: string;
  trait: LicenseProfileTraitMessage;
}

/** License profiles by the entitlement ids that mean holding their seat. */
export function licenseEntitlements(sync: BatonSync): Map<string, LicenseProfile> {
  const byEntitlement = new Map<string, LicenseProfile>();
  for (const resource of sync.resources.values()) {
    if (!resource.license) continue;
    const profile = { name: (resource.license.licenseName || resource.message.displayName || resource.id).trim(), trait: resource.license };
    for (const id of resource.license.entitlementIds ?? []) byEntitlement.set(id, profile);
  }
  return byEntitlement;
}

/** The seat an account holding several license profiles is counted in: the costliest, then by name. */
export function costliest(profiles: readonly LicenseProfile[]): LicenseProfile | undefined {
  return [...profiles].sort(
    (a, b) => Number(b.trait.costPerUnitInCents ?? '0') - Number(a.trait.costPerUnitInCents ?? '0') || a.name.localeCompare(b.name),
  )[0];
}

/** One line per license profile for the notes: seats bought and used and their price, which the import model does not carry. */
export function licenseNote(profiles: readonly LicenseProfile[], appName: string): string | null {
  const unique = [...new Map(profiles.map((p) => [p.name, p])).values()].sort((a, b) => a.name.localeCompare(b.name));
  if (!unique.length) return null;
  const lines = unique.map(({ name, trait }) => {
    const cents = Number(trait.costPerUnitInCents ?? '0');
    const facts = [
      `${trait.purchasedSeats ?? '0'} purchased`,
      `${trait.consumedSeats ?? '0'} consumed`,
      ...(cents > 0 ? [`${(cents / 100).toFixed(2)} ${trait.currency || 'USD'} per seat`] : []),
    ];
    return `${name} (${facts.join(', ')})`;
  });
  return `License profiles: ${lines.join('; ')}. Purchased seats and seat prices are app settings, not import data: set them with \`attest app "${appName}" --seats <seat>=<n>\` and \`attest roles set-seat "${appName}" <seat> --cost <monthly>\`.`;
}
