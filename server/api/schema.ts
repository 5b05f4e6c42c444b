import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AppResolver } from './apps/app.resolver.js';
import { FindingResolver } from './findings/finding.resolver.js';
import { FindingNeighbourhoodResolver } from './neighbourhood/neighbourhood.resolver.js';
import { OverviewResolver } from './overview/overview.resolver.js';
import { OwnershipResolver } from './ownership/ownership.resolver.js';
import { PersonResolver } from './people/person.resolver.js';
import { SourceResolver } from './sources/source.resolver.js';
import { TrendResolver } from './trends/trend.resolver.js';

export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [OverviewResolver, AppResolver, PersonResolver, FindingResolver, SourceResolver, OwnershipResolver, TrendResolver, FindingNeighbourhoodResolver],
    validate: { forbidUnknownValues: false },
  });
}
