import type { Row } from '../../graph/graph.js';
import type { ApiContext } from '../context.js';
import type { AccountRef, AppRef } from '../shared/refs.js';
import { PERSON_INTEGRATIONS } from './person-integrations.queries.js';
import type { PersonIntegration } from './person-integrations.type.js';

export class PersonIntegrationsService {
  constructor(private readonly ctx: ApiContext) {}

  async forPerson(personId: string): Promise<PersonIntegration[]> {
    const rows = await this.ctx.graph.read(PERSON_INTEGRATIONS, { personId }, 'person-integrations');
    return rows.map((row) => {
      const integration = row.integration as Row;
      return {
        id: String(integration.id),
        name: String(integration.name),
        mode: String(integration.mode),
        how: String(row.how),
        app: row.app as unknown as AppRef,
        account: row.account as unknown as AccountRef,
        scopes: (integration.scopes as string[] | null) ?? [],
        enabledAt: (integration.enabledAt as string | null) ?? null,
        lastUsedAt: (integration.lastUsedAt as string | null) ?? null,
        leftBehindFindingId: (row.leftBehindFindingId as string | null) ?? null,
      };
    });
  }
}
