/**
 * Zod schema for one app catalog entry (schema/catalog/<key>.json), mirroring `CatalogEntry`
 * in catalog.types.ts, plus the cross-field rules a type cannot express.
 */
import { z } from 'zod';
import { FINDING_TYPES } from '../findings/rules/index.js';
import type { CatalogEntry } from './catalog.types.js';
import { ADMIN_PRIVILEGES } from './privilege.js';

export const PRIVILEGES = ['owner', 'admin', 'standard', 'viewer'] as const;
export const ACCOUNT_STATUSES = ['active', 'invited', 'suspended', 'deactivated'] as const;
export const BILLING_MODELS = ['per_seat', 'max_quantity', 'per_active_user', 'flat'] as const;

/** Lower-case kebab case: "jasper", "jetstack-ai", "1password". */
export const CATALOG_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.string().trim().min(1);
const positiveInt = z.number().int().positive();

/** Vendor words are stored trimmed and lower-case; lookups normalize the same way. */
const statusWordSchema = z
  .string()
  .refine((word) => word !== '' && word === word.trim().toLowerCase(), 'expected a trimmed lower-case vendor word');

const aliases = z.array(text).min(1).optional();

const roleSchema = z.strictObject({
  name: text,
  aliases,
  privilege: z.enum(PRIVILEGES),
  description: text,
  maxHolders: positiveInt.optional(),
  minHolders: z.number().int().nonnegative().optional(),
});

const seatTypeSchema = z.strictObject({
  name: text,
  aliases,
  monthlyCost: z.number().nonnegative(),
  currency: z.literal('USD'),
  description: text,
  isDefault: z.boolean(),
});

const planSchema = z.strictObject({
  name: text,
  aliases,
  seatCap: positiveInt.nullable(),
  ssoAvailable: z.boolean(),
  scimAvailable: z.boolean(),
});

const caveatSchema = z.strictObject({
  topic: text,
  text,
  findingType: z.enum(FINDING_TYPES).optional(),
});

const deactivationStepSchema = z.strictObject({
  action: text,
  freesSeat: z.boolean(),
  keepsData: z.boolean(),
  note: text,
});

const catalogEntryObject = z.strictObject({
  key: z.string().regex(CATALOG_KEY_PATTERN, 'expected a lower-case kebab-case key such as "jetstack-ai"'),
  name: text,
  vendor: text,
  category: text,
  sources: z.array(text).min(1),
  roles: z.array(roleSchema).min(1),
  seatTypes: z.array(seatTypeSchema).min(1),
  plans: z.array(planSchema).min(1),
  defaultPlan: text,
  billingModel: z.enum(BILLING_MODELS),
  invitesConsumeSeat: z.boolean(),
  suspendedHoldsSeat: z.boolean(),
  inviteExpiryDays: positiveInt.nullable(),
  minimumAdmins: positiveInt,
  inactivityDays: positiveInt.optional(),
  activityData: z.boolean(),
  statusWords: z.record(statusWordSchema, z.enum(ACCOUNT_STATUSES)),
  deactivation: z.array(deactivationStepSchema).min(1),
  caveats: z.array(caveatSchema).min(1),
});

/** Every word that names one item: its name and its aliases. */
function wordsOf(items: readonly { name: string; aliases?: string[] }[]): { word: string; index: number; alias: number | null }[] {
  return items.flatMap((item, index) => [
    { word: item.name, index, alias: null },
    ...(item.aliases ?? []).map((word, alias) => ({ word, index, alias })),
  ]);
}

function duplicateIndexes(names: readonly string[]): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  names.forEach((name, index) => {
    const normalized = name.trim().toLowerCase();
    if (seen.has(normalized)) duplicates.push(index);
    seen.add(normalized);
  });
  return duplicates;
}

export const catalogEntrySchema = catalogEntryObject.superRefine((entry, ctx) => {
  const defaults = entry.seatTypes.filter((seat) => seat.isDefault);
  if (defaults.length !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['seatTypes'],
      message:
        defaults.length === 0
          ? 'expected exactly one seat type with isDefault true, found none'
          : `expected exactly one seat type with isDefault true, found ${defaults.length} (${defaults
              .map((seat) => `"${seat.name}"`)
              .join(', ')})`,
    });
  }

  const planNames = entry.plans.map((plan) => plan.name);
  if (!planNames.includes(entry.defaultPlan)) {
    ctx.addIssue({
      code: 'custom',
      path: ['defaultPlan'],
      message: `expected the name of a plan in plans (${planNames.map((n) => `"${n}"`).join(', ')}), got "${entry.defaultPlan}"`,
    });
  }

  const lists = [
    { field: 'roles', what: 'role name', items: entry.roles },
    { field: 'seatTypes', what: 'seat type name', items: entry.seatTypes },
    { field: 'plans', what: 'plan name', items: entry.plans },
  ] as const;
  for (const { field, what, items } of lists) {
    const words = wordsOf(items);
    for (const at of duplicateIndexes(words.map((w) => w.word))) {
      const word = words[at];
      if (!word) continue;
      ctx.addIssue({
        code: 'custom',
        path: word.alias === null ? [field, word.index, 'name'] : [field, word.index, 'aliases', word.alias],
        message: `expected a unique ${what}, "${word.word}" appears more than once (aliases count as names)`,
      });
    }
  }

  if (!entry.roles.some((role) => (ADMIN_PRIVILEGES as readonly string[]).includes(role.privilege))) {
    ctx.addIssue({
      code: 'custom',
      path: ['roles'],
      message: 'expected at least one role with privilege "owner" or "admin"',
    });
  }

  entry.roles.forEach((role, index) => {
    if (role.maxHolders !== undefined && role.minHolders !== undefined && role.minHolders > role.maxHolders) {
      ctx.addIssue({
        code: 'custom',
        path: ['roles', index, 'minHolders'],
        message: `expected minHolders (${role.minHolders}) not to exceed maxHolders (${role.maxHolders})`,
      });
    }
  });
});

type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AssertTrue<T extends true> = T;
/** Fails to compile when the schema and the `CatalogEntry` interface drift apart. */
type _SchemaMatchesCatalogEntry = AssertTrue<Exact<z.output<typeof catalogEntrySchema>, CatalogEntry>>;
