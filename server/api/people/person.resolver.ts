import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { SCOPED_READERS } from '../auth-checker.js';
import type { ApiContext } from '../context.js';
import { NotFoundError } from '../errors.js';
import { PeopleArgs } from './people.args.js';
import { PersonConnection, PersonDetail } from './person.type.js';
import { PersonService } from './person.service.js';

@Resolver(() => PersonDetail)
export class PersonResolver {
  @Authorized(SCOPED_READERS)
  @Query(() => PersonConnection, { description: 'People from HR, searched and paged by cursor' })
  people(@Args(() => PeopleArgs) args: PeopleArgs, @Ctx() ctx: ApiContext): Promise<PersonConnection> {
    return new PersonService(ctx).search(args);
  }

  @Authorized(SCOPED_READERS)
  @Query(() => PersonDetail)
  async person(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<PersonDetail> {
    const person = await new PersonService(ctx).detail(id);
    if (!person) throw new NotFoundError('Person', id);
    return person;
  }
}
