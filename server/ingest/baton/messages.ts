/**
 * The Baton messages Attest reads, decoded from their protobuf bytes with the vendored schema and
 * checked with zod for the fields used. Enum values come back as their names (an unknown value stays
 * a number); int64 as decimal strings; fields at their default value are absent.
 */
import { z } from 'zod';
import { fail, ok, type Parsed } from '../input/result.js';
import { batonType } from './schema.js';

const enumValue = z.union([z.string(), z.number()]);
const timestamp = z.object({ seconds: z.string().optional(), nanos: z.number().optional() });
const anyMessage = z.object({ type_url: z.string().optional(), value: z.instanceof(Uint8Array).optional() });
const resourceId = z.object({ resourceType: z.string().optional(), resource: z.string().optional() });
const status = z.object({ status: enumValue.optional(), details: z.string().optional() });

export const resourceTypeMessage = z.object({
  id: z.string().optional(),
  displayName: z.string().optional(),
  traits: z.array(enumValue).optional(),
  annotations: z.array(anyMessage).optional(),
});

export const resourceMessage = z.object({
  id: resourceId.optional(),
  parentResourceId: resourceId.optional(),
  displayName: z.string().optional(),
  description: z.string().optional(),
  annotations: z.array(anyMessage).optional(),
  status: status.optional(),
  createdAt: timestamp.optional(),
});

export const entitlementMessage = z.object({
  resource: resourceMessage.optional(),
  id: z.string().optional(),
  displayName: z.string().optional(),
  description: z.string().optional(),
  purpose: enumValue.optional(),
  slug: z.string().optional(),
});

export const grantMessage = z.object({
  entitlement: entitlementMessage.optional(),
  principal: resourceMessage.optional(),
  id: z.string().optional(),
});

export const userTraitMessage = z.object({
  emails: z.array(z.object({ address: z.string().optional(), isPrimary: z.boolean().optional() })).optional(),
  status: status.optional(),
  accountType: enumValue.optional(),
  login: z.string().optional(),
  loginAliases: z.array(z.string()).optional(),
  createdAt: timestamp.optional(),
  lastLogin: timestamp.optional(),
  structuredName: z.object({ givenName: z.string().optional(), familyName: z.string().optional() }).optional(),
});

export const secretTraitMessage = z.object({
  createdAt: timestamp.optional(),
  expiresAt: timestamp.optional(),
  lastUsedAt: timestamp.optional(),
  createdById: resourceId.optional(),
  identityId: resourceId.optional(),
  credentialType: enumValue.optional(),
  credentialDetail: z.string().optional(),
});

export const licenseProfileTraitMessage = z.object({
  licenseName: z.string().optional(),
  purchasedSeats: z.string().optional(),
  consumedSeats: z.string().optional(),
  costPerUnitInCents: z.string().optional(),
  currency: z.string().optional(),
  entitlementIds: z.array(z.string()).optional(),
});

export type AnyMessage = z.output<typeof anyMessage>;
export type ResourceIdMessage = z.output<typeof resourceId>;
export type TimestampMessage = z.output<typeof timestamp>;
export type ResourceMessage = z.output<typeof resourceMessage>;
export type EntitlementMessage = z.output<typeof entitlementMessage>;
export type UserTraitMessage = z.output<typeof userTraitMessage>;
export type SecretTraitMessage = z.output<typeof secretTraitMessage>;
export type LicenseProfileTraitMessage = z.output<typeof licenseProfileTraitMessage>;

/** Decodes `bytes` as the c1.connector.v2 message `typeName`; the message says what was wrong when it cannot. */
export function decodeMessage<S extends z.ZodType>(typeName: string, schema: S, bytes: Uint8Array): Parsed<z.output<S>> {
  const type = batonType(typeName);
  let plain: unknown;
  try {
    plain = type.toObject(type.decode(bytes), { longs: String, enums: String });
  } catch (error) {
    return fail(
      `expected a protobuf c1.connector.v2.${typeName}, the bytes do not decode (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const parsed = schema.safeParse(plain);
  if (parsed.success) return ok(parsed.data);
  const [issue] = parsed.error.issues;
  return fail(`the c1.connector.v2.${typeName} has an unexpected ${issue?.path.join('.') || 'shape'}: ${issue?.message ?? ''}`);
}

/** The annotation of message type `typeName` (e.g. "UserTrait"), decoded; null when there is none. */
export function findAnnotation<S extends z.ZodType>(
  annotations: readonly AnyMessage[] | undefined,
  typeName: string,
  schema: S,
): Parsed<z.output<S>> | null {
  const wanted = `c1.connector.v2.${typeName}`;
  const found = annotations?.find((a) => a.type_url?.slice(a.type_url.lastIndexOf('/') + 1) === wanted);
  if (!found) return null;
  return decodeMessage(typeName, schema, found.value ?? new Uint8Array());
}

/** A protobuf Timestamp as an ISO 8601 instant; null when absent or at the epoch (unset). */
export function isoInstant(value: TimestampMessage | undefined): string | null {
  if (!value) return null;
  const millis = Number(value.seconds ?? '0') * 1000 + Math.floor((value.nanos ?? 0) / 1e6);
  if (!Number.isFinite(millis) || millis === 0) return null;
  return new Date(millis).toISOString();
}
