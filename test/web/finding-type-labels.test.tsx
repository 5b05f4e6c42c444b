import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FINDING_FILTER_APPS_QUERY, FINDINGS_PAGE_QUERY } from '../../web/features/findings/findings.queries.js';
import type { FindingType } from '../../web/graphql/graphql.js';
import { filterAppsData, finding, findingConnection } from './fixtures.js';
import { mockQuery, renderApp } from './render.js';

/** A type a newer server reports that this build of the dashboard has never heard of. */
const UNKNOWN_TYPE = String('STALE_OAUTH_TOKEN') as FindingType;

describe('finding type labels', () => {
  it("names each type with its rule's label", async () => {
    const connection = findingConnection([finding({ type: 'PRIVILEGED_WITHOUT_SSO' })]);
    renderApp('/findings', [
      mockQuery(FINDING_FILTER_APPS_QUERY, {}, filterAppsData),
      mockQuery(FINDINGS_PAGE_QUERY, { filter: null, first: 50 }, connection),
    ]);

    const table = within(await screen.findByRole('table', { name: /Findings/ }));
    expect(table.getByText('Privileged without SSO')).toBeDefined();
  });

  it('shows a type it does not know by its tidied name instead of failing the page', async () => {
    const connection = findingConnection([finding({ type: UNKNOWN_TYPE }), finding({ id: 'f-2' })]);
    connection.findings.byType = [
      { __typename: 'FindingTotal', type: UNKNOWN_TYPE, count: 1, monthlyCost: 59 },
      { __typename: 'FindingTotal', type: 'ORPHANED_ACCOUNT', count: 1, monthlyCost: 59 },
    ];
    renderApp('/findings', [
      mockQuery(FINDING_FILTER_APPS_QUERY, {}, filterAppsData),
      mockQuery(FINDINGS_PAGE_QUERY, { filter: null, first: 50 }, connection),
    ]);

    const table = within(await screen.findByRole('table', { name: /Findings/ }));
    expect(table.getByText('Stale oauth token')).toBeDefined();
    const byType = within(screen.getByRole('list', { name: 'Findings by type' }));
    expect(byType.getByRole('link', { name: 'Stale oauth token: 1' })).toBeDefined();
    expect(byType.getByRole('link', { name: 'Orphaned accounts: 1' })).toBeDefined();
  });
});
