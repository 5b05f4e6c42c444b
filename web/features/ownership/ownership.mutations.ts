import { graphql } from '../../graphql/index.js';
import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { evictFindingsViews } from '../../shared/evict-findings-views.js';

/*
 * One hook per ownership decision. The server reconciles and recomputes the record's findings before
 * it answers, so the queries on screen are fetched again before the hook resolves, and the root
 * fields of the pages not on screen that count owners or findings are dropped so they load afresh.
 */

function dropOwnershipDependentViews(cache: ApolloCache): void {
  evictFindingsViews(cache, ['reviewQueue']);
}

const AFTER_DECISION = { refetchQueries: 'active', awaitRefetchQueries: true, update: dropOwnershipDependentViews } as const;

graphql(`
  fragment OwnershipChange_change on OwnershipChange {
    record {
      id
      recordType
      label
      appName
    }
    owner {
      id
      displayName
      email
      status
    }
    linkReason
    findingCount
  }
`);

export const LINK_OWNER_MUTATION = graphql(`
  mutation LinkOwner($input: LinkOwnerInput!) {
    linkOwner(input: $input) {
      ...OwnershipChange_change
    }
  }
`);

export function useLinkOwner() {
  return useMutation(LINK_OWNER_MUTATION, AFTER_DECISION);
}

export const UNLINK_OWNER_MUTATION = graphql(`
  mutation UnlinkOwner($input: UnlinkOwnerInput!) {
    unlinkOwner(input: $input) {
      ...OwnershipChange_change
    }
  }
`);

export function useUnlinkOwner() {
  return useMutation(UNLINK_OWNER_MUTATION, AFTER_DECISION);
}

export const MARK_ACCOUNT_KIND_MUTATION = graphql(`
  mutation MarkAccountKind($input: MarkAccountKindInput!) {
    markAccountKind(input: $input) {
      ...OwnershipChange_change
    }
  }
`);

export function useMarkAccountKind() {
  return useMutation(MARK_ACCOUNT_KIND_MUTATION, AFTER_DECISION);
}

export const RESET_OWNERSHIP_MUTATION = graphql(`
  mutation ResetOwnership($recordId: ID!) {
    resetOwnership(recordId: $recordId) {
      ...OwnershipChange_change
    }
  }
`);

export function useResetOwnership() {
  return useMutation(RESET_OWNERSHIP_MUTATION, AFTER_DECISION);
}
