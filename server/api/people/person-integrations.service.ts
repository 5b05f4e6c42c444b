import { z } from 'zod';
import { readRows } from '../../graph/decode.js';
import type { ApiContext } from '../context.js';
import { accountRefSchema, appRefSchema } from '../shared/refs.schemas.js';
import { PERSON_INTEGRATIONS } from './person-integrations.queries.js';
import type { PersonIntegration } from './person-integrations.type.js';

const personIntegrationRow = z.object({
  integration: z.object({
    id: z.string(),
    name: z.string(),
    mode: z.string(),
    scopes: z.array(z.string()),
    enabledAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  }),
  how: z.string(),
  app: appRefSchema,
  account: accountRefSchema,
  leftBehindFindingId: z.string().nullable(),
});

export class PersonIntegrationsService {
  constructor(private readonly ctx: ApiContext) {}

  async forPerson(personId: string): Promise<PersonIntegration[]> {
    const rows = await readRows(this.ctx.graph, PERSON_INTEGRATIONS, { personId }, personIntegrationRow, 'person-integrations');
    return rows.map(({ integration, how, app, account, leftBehindFindingId }) => ({
      id: integration.id,
      name: integration.name,
      mode: integration.mode,
      how,
      app,
      account,
      scopes: integration.scopes,
      enabledAt: integration.enabledAt,
      lastUsedAt: integration.lastUsedAt,
      leftBehindFindingId,
    }));
  }
}
