import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ADMINS, ORGANIZATION_READERS } from '../auth-checker.js';
import type { ApiContext } from '../context.js';
import { ClassifyRoleInput, RolesAndSeatsArgs, SetSeatCostInput } from './vocabulary.args.js';
import { VocabularyService } from './vocabulary.service.js';
import { AppVocabulary, RoleClassification, SeatCostChange } from './vocabulary.type.js';

@Resolver()
export class VocabularyResolver {
  @Authorized(ORGANIZATION_READERS)
  @Query(() => [AppVocabulary], {
    description:
      'Roles and seats to classify: per app, the roles whose privilege Attest read from their name and the seat types whose cost it assumed or does not know, with their holders',
  })
  rolesAndSeats(@Args(() => RolesAndSeatsArgs) args: RolesAndSeatsArgs, @Ctx() ctx: ApiContext): Promise<AppVocabulary[]> {
    return new VocabularyService(ctx).list(args);
  }

  @Authorized(ADMINS)
  @Mutation(() => RoleClassification, {
    description: "Set a role's privilege; it wins over the catalog and the name, survives re-imports, is audited, and the findings follow",
  })
  classifyRole(@Arg('input', () => ClassifyRoleInput) input: ClassifyRoleInput, @Ctx() ctx: ApiContext): Promise<RoleClassification> {
    return new VocabularyService(ctx).classifyRole(input);
  }

  @Authorized(ADMINS)
  @Mutation(() => SeatCostChange, {
    description: "Set a seat type's monthly cost per seat; survives re-imports, is audited, and the seat spend and findings follow",
  })
  setSeatCost(@Arg('input', () => SetSeatCostInput) input: SetSeatCostInput, @Ctx() ctx: ApiContext): Promise<SeatCostChange> {
    return new VocabularyService(ctx).setSeatCost(input);
  }
}
