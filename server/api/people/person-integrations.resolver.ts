import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SCOPED_READERS } from '../auth-checker.js';
import type { ApiContext } from '../context.js';
import { PersonIntegration } from './person-integrations.type.js';
import { PersonIntegrationsService } from './person-integrations.service.js';
import { PersonDetail } from './person.type.js';

@Resolver(() => PersonDetail)
export class PersonIntegrationsResolver {
  // The person was already read within the viewer's scope, so their integrations are too.
  @Authorized(SCOPED_READERS)
  @FieldResolver(() => [PersonIntegration], { description: 'Integrations the person enabled or authorized, in any app' })
  integrations(@Root() person: PersonDetail, @Ctx() ctx: ApiContext): Promise<PersonIntegration[]> {
    return new PersonIntegrationsService(ctx).forPerson(person.id);
  }
}
