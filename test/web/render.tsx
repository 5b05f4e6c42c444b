import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, type RenderResult } from '@testing-library/react';
import type { GraphQLFormattedError } from 'graphql';
import { useEffect } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { SessionContext, type Session, type UserRole } from '../../web/features/auth/auth.js';
import { createCache } from '../../web/shared/apollo.js';
import { AppRoutes } from '../../web/routes.js';

interface RenderAppResult extends RenderResult {
  /** The router's current path and query string, e.g. "/findings?app=a1". */
  location: () => string;
}

/** A signed-in user of that role, for pages that offer each role different things. */
export function sessionAs(role: UserRole): Session {
  return {
    csrfToken: 'test-token',
    user: { id: `user-${role}`, email: `${role}@example.com`, displayName: `Test ${role}`, role, personId: null },
  };
}

/**
 * Renders the whole app at `path` with a fresh Apollo cache (the production type policies) and
 * only the given mocks; a query without a mock fails the way a broken server would. Without a
 * session the pages offer everything, as they do to an admin.
 */
export function renderApp(
  path: string,
  mocks: readonly MockLink.MockedResponse[] = [],
  options: { session?: Session } = {},
): RenderAppResult {
  const current = { location: path };

  function LocationProbe() {
    const location = useLocation();
    useEffect(() => {
      current.location = `${location.pathname}${location.search}`;
    }, [location]);
    return null;
  }

  const result = render(
    <SessionContext.Provider value={options.session ?? null}>
      <MockedProvider mocks={mocks} cache={createCache()}>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
          <LocationProbe />
        </MemoryRouter>
      </MockedProvider>
    </SessionContext.Provider>,
  );
  return { ...result, location: () => current.location };
}

/** A typed mock: the data must match the operation's result type, the variables its variables. */
export function mockQuery<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  data: TData,
  options: { delay?: number } = {},
): MockLink.MockedResponse<TData, TVariables> {
  return { request: { query, variables }, result: { data }, ...options };
}

/** The server answering with GraphQL errors (`extensions.code` and all), no data. */
export function mockQueryErrors<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  errors: GraphQLFormattedError[],
): MockLink.MockedResponse<TData, TVariables> {
  return { request: { query, variables }, result: { errors } };
}
