import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth-checker.js';
import { AppResolver } from './apps/app.resolver.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { ConnectionResolver } from './connections/connection.resolver.js';
import { MeResolver } from './auth/me.resolver.js';
import { FindingResolver } from './findings/finding.resolver.js';
import { FindingNeighbourhoodResolver } from './neighbourhood/neighbourhood.resolver.js';
import { LeaversResolver } from './leavers/leavers.resolver.js';
import { OverviewResolver } from './overview/overview.resolver.js';
import { OwnershipResolver } from './ownership/ownership.resolver.js';
import { PersonIntegrationsResolver } from './people/person-integrations.resolver.js';
import { PersonResolver } from './people/person.resolver.js';
import { REVIEW_RESOLVERS } from './reviews/review.resolvers.js';
import { SourceResolver } from './sources/source.resolver.js';
import { TrendResolver } from './trends/trend.resolver.js';
import { VocabularyResolver } from './vocabulary/vocabulary.resolver.js';
import { WebhookResolver } from './webhooks/webhook.resolver.js';

export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      OverviewResolver,
      AppResolver,
      PersonResolver,
      PersonIntegrationsResolver,
      FindingResolver,
      SourceResolver,
      ConnectionResolver,
      OwnershipResolver,
      TrendResolver,
      FindingNeighbourhoodResolver,
      MeResolver,
      AuditResolver,
      LeaversResolver,
      VocabularyResolver,
      WebhookResolver,
      ...REVIEW_RESOLVERS,
    ],
    validate: { forbidUnknownValues: false },
    authChecker,
    authMode: 'error',
  });
}
