import { graphql } from '../../graphql/index.js';
import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { evictFindingsViews } from '../../shared/evict-findings-views.js';

/*
 * One hook per vocabulary mutation. The server recomputes the findings before it answers, so every
 * figure that counts admins or seat costs may have changed: the queries on screen (this page's list)
 * are fetched again before the hook resolves, and the root fields of the pages not on screen are
 * dropped so they load afresh when next shown.
 */

function dropFindingsDependentViews(cache: ApolloCache): void {
  evictFindingsViews(cache);
}

export const CLASSIFY_ROLE_MUTATION = graphql(`
  mutation ClassifyRole($input: ClassifyRoleInput!) {
    classifyRole(input: $input) {
      app {
        id
        name
      }
      role {
        ...VocabularyRolesTable_role
      }
    }
  }
`);

export function useClassifyRole() {
  return useMutation(CLASSIFY_ROLE_MUTATION, { refetchQueries: 'active', awaitRefetchQueries: true, update: dropFindingsDependentViews });
}

export const SET_SEAT_COST_MUTATION = graphql(`
  mutation SetSeatCost($input: SetSeatCostInput!) {
    setSeatCost(input: $input) {
      app {
        id
        name
      }
      seatType {
        ...VocabularySeatTypesTable_seatType
      }
    }
  }
`);

export function useSetSeatCost() {
  return useMutation(SET_SEAT_COST_MUTATION, { refetchQueries: 'active', awaitRefetchQueries: true, update: dropFindingsDependentViews });
}
