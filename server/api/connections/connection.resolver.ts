import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ADMINS, ORGANIZATION_READERS } from '../auth-checker.js';
import type { ApiContext } from '../context.js';
import { AddConnectionInput } from './connection.args.js';
import { ConnectionService } from './connection.service.js';
import { ConnectionCheck, ConnectorKindInfo, VendorConnection } from './connection.type.js';

@Resolver()
export class ConnectionResolver {
  @Authorized(ORGANIZATION_READERS)
  @Query(() => [VendorConnection], { description: 'Connections to vendor APIs, by name, with their last run and any sync running now' })
  connections(@Ctx() ctx: ApiContext): Promise<VendorConnection[]> {
    return new ConnectionService(ctx).connections();
  }

  @Authorized(ORGANIZATION_READERS)
  @Query(() => [ConnectorKindInfo], { description: 'The vendors Attest can connect to, for the add-connection form' })
  connectorKinds(@Ctx() ctx: ApiContext): ConnectorKindInfo[] {
    return new ConnectionService(ctx).connectorKinds();
  }

  @Authorized(ADMINS)
  @Mutation(() => VendorConnection, { description: 'Store a connection with its credential encrypted; audited without the credential' })
  addConnection(@Arg('input', () => AddConnectionInput) input: AddConnectionInput, @Ctx() ctx: ApiContext): Promise<VendorConnection> {
    return new ConnectionService(ctx).add(input);
  }

  @Authorized(ADMINS)
  @Mutation(() => [ConnectionCheck], { description: 'Whether the stored credential is accepted, and which permissions it lacks' })
  testConnection(@Arg('name', () => String) name: string, @Ctx() ctx: ApiContext): Promise<ConnectionCheck[]> {
    return new ConnectionService(ctx).test(name);
  }

  @Authorized(ADMINS)
  @Mutation(() => VendorConnection, {
    description: 'Start a sync now and answer at once; poll `connections` for its progress and outcome. CONFLICT while one runs',
  })
  syncConnection(@Arg('name', () => String) name: string, @Ctx() ctx: ApiContext): Promise<VendorConnection> {
    return new ConnectionService(ctx).startSync(name);
  }

  @Authorized(ADMINS)
  @Mutation(() => VendorConnection, { description: 'How often the server syncs the connection, in minutes; audited' })
  setConnectionSchedule(
    @Arg('name', () => String) name: string,
    @Arg('everyMinutes', () => Int) everyMinutes: number,
    @Ctx() ctx: ApiContext,
  ): Promise<VendorConnection> {
    return new ConnectionService(ctx).setSchedule(name, everyMinutes);
  }

  @Authorized(ADMINS)
  @Mutation(() => Boolean, { description: 'Remove a connection and its credential; what it imported stays' })
  removeConnection(@Arg('name', () => String) name: string, @Ctx() ctx: ApiContext): Promise<boolean> {
    return new ConnectionService(ctx).remove(name);
  }
}
