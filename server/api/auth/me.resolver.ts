import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { me } from './me.service.js';
import { Me } from './me.type.js';

@Resolver()
export class MeResolver {
  @Authorized()
  @Query(() => Me, { description: 'Who is signed in: any role' })
  me(@Ctx() ctx: ApiContext): Me {
    return me(ctx);
  }
}
