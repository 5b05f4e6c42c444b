/** Roles and seat types as the "Roles and seats to classify" view, the CLI and the audit log see them, decoded from vocabulary.queries.ts rows. */
import { z } from 'zod';
import { PRIVILEGES } from '../catalog/catalog.schema.js';
import { PRIVILEGE_SOURCES, SEAT_COST_SOURCES } from '../catalog/vocabulary.js';

export const vocabularyAppSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** null: the app is outside the catalog. */
  catalogKey: z.string().nullable(),
});

export const vocabularyRoleSchema = z.object({
  id: z.string(),
  name: z.string(),
  privilege: z.enum(PRIVILEGES),
  privilegeSource: z.enum(PRIVILEGE_SOURCES),
  /** What the catalog says, or what the name suggests: the privilege before anyone chose. */
  defaultPrivilege: z.enum(PRIVILEGES),
  /** Live accounts holding the role. */
  holders: z.number(),
});

export const vocabularySeatTypeSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Per seat per month; null while nobody knows (an app outside the catalog). */
  monthlyCost: z.number().nullable(),
  currency: z.string(),
  costSource: z.enum(SEAT_COST_SOURCES),
  defaultMonthlyCost: z.number().nullable(),
  /** Live accounts holding the seat type. */
  holders: z.number(),
});

export const appVocabularySchema = z.object({
  app: vocabularyAppSchema,
  roles: z.array(vocabularyRoleSchema),
  seatTypes: z.array(vocabularySeatTypeSchema),
});

export type VocabularyApp = z.output<typeof vocabularyAppSchema>;
export type VocabularyRole = z.output<typeof vocabularyRoleSchema>;
export type VocabularySeatType = z.output<typeof vocabularySeatTypeSchema>;
export type AppVocabulary = z.output<typeof appVocabularySchema>;
