import { actorOf } from '../../audit/actor.js';
import { confirmPrivilege, confirmSeatCost, VocabularyError } from '../../vocabulary/classify.js';
import { listVocabulary } from '../../vocabulary/list-vocabulary.js';
import type { VocabularyRole as RoleRecord, VocabularySeatType as SeatRecord } from '../../vocabulary/vocabulary.types.js';
import type { ApiContext } from '../context.js';
import { BadInputError, NotFoundError, UnauthenticatedError } from '../errors.js';
import type { Privilege } from '../shared/enums.js';
import type { ClassifyRoleInput, RolesAndSeatsArgs, SetSeatCostInput } from './vocabulary.args.js';
import type {
  AppVocabulary,
  PrivilegeSource,
  RoleClassification,
  SeatCostChange,
  SeatCostSource,
  VocabularyRole,
  VocabularySeatType,
} from './vocabulary.type.js';

/** "Roles and seats to classify" through GraphQL: the list, and a person's choice (then the findings are recomputed). */
export class VocabularyService {
  constructor(private readonly ctx: ApiContext) {}

  async list(args: RolesAndSeatsArgs): Promise<AppVocabulary[]> {
    const apps = await listVocabulary(this.ctx.graph, { appId: args.appId ?? null, all: !args.onlyToClassify });
    return apps.map(({ app, roles, seatTypes }) => ({
      app: { id: app.id, name: app.name },
      catalogKey: app.catalogKey,
      roles: roles.map(toRole),
      seatTypes: seatTypes.map(toSeatType),
    }));
  }

  async classifyRole(input: ClassifyRoleInput): Promise<RoleClassification> {
    const done = await this.carryOut(
      () => confirmPrivilege(this.ctx.graph, this.ctx.catalog, input.roleId, input.privilege, this.actor(), this.ctx.now),
      input.roleId,
    );
    return { app: { id: done.app.id, name: done.app.name }, role: toRole(done.role) };
  }

  async setSeatCost(input: SetSeatCostInput): Promise<SeatCostChange> {
    const done = await this.carryOut(
      () => confirmSeatCost(this.ctx.graph, this.ctx.catalog, input.seatTypeId, input.monthlyCost, this.actor(), this.ctx.now),
      input.seatTypeId,
    );
    return { app: { id: done.app.id, name: done.app.name }, seatType: toSeatType(done.seatType) };
  }

  /** The auth checker lets no anonymous request this far, but a choice without an actor must not be recorded. */
  private actor() {
    if (!this.ctx.viewer) throw new UnauthenticatedError();
    return actorOf(this.ctx.viewer);
  }

  private async carryOut<T>(work: () => Promise<T>, id: string): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof VocabularyError)
        throw error.code === 'NOT_FOUND'
          ? new NotFoundError(error.field === 'roleId' ? 'Role' : 'SeatType', id)
          : new BadInputError(error.message, error.field);
      throw error;
    }
  }
}

function toRole(role: RoleRecord): VocabularyRole {
  return {
    ...role,
    privilege: role.privilege as Privilege,
    defaultPrivilege: role.defaultPrivilege as Privilege,
    privilegeSource: role.privilegeSource as PrivilegeSource,
  };
}

function toSeatType(seat: SeatRecord): VocabularySeatType {
  return { ...seat, costSource: seat.costSource as SeatCostSource };
}
