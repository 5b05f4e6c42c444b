import { z } from 'zod';
import { AccountStatus, PersonStatus } from './enums.js';
import type { AccountRef, AppRef, PersonRef } from './refs.js';

/** `app {.id, .name}` */
export const appRefSchema: z.ZodType<AppRef> = z.object({ id: z.string(), name: z.string() });

/** `p {.id, .displayName, .email, .status}` */
export const personRefSchema: z.ZodType<PersonRef> = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string(),
  status: z.enum(PersonStatus),
});

/** `a {.id, .email, .status}` */
export const accountRefSchema: z.ZodType<AccountRef> = z.object({ id: z.string(), email: z.string(), status: z.enum(AccountStatus) });
