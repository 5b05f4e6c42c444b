import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ADD_CAMPAIGN_SCHEDULE_MUTATION, CAMPAIGN_SCHEDULES_QUERY } from '../../web/features/reviews/schedules/schedules.graphql.js';
import type { AddCampaignScheduleInput, CampaignSchedulesPageQuery } from '../../web/graphql/graphql.js';
import { PERSON_PICKER_QUERY } from '../../web/features/ownership/ownership.queries.js';
import { mockQuery, renderApp } from './render.js';
import { viewer } from './review-fixtures.js';

type Schedule = CampaignSchedulesPageQuery['campaignSchedules'][number];

const schedule = (overrides: Partial<Schedule> = {}): Schedule => ({
  __typename: 'CampaignSchedule',
  id: 's-1',
  name: 'Quarterly admins',
  nameTemplate: '{period} admin access review',
  cadence: 'QUARTERLY',
  everyDays: null,
  firstRunOn: '2026-12-01',
  nextRunOn: '2026-12-01',
  scope: 'PRIVILEGED',
  apps: [],
  dueInDays: 30,
  owner: 'sam@acme.com',
  ownerName: null,
  lastRunOn: null,
  lastStatus: null,
  lastError: null,
  ...overrides,
});

const page = (role: 'ADMIN' | 'AUDITOR', schedules: Schedule[]) =>
  mockQuery(
    CAMPAIGN_SCHEDULES_QUERY,
    {},
    { me: { ...viewer(role, 'p-admin'), email: 'admin@demo.test', displayName: 'Demo Admin' }, campaignSchedules: schedules },
  );

const samSearch = mockQuery(
  PERSON_PICKER_QUERY,
  { search: 'sam', first: 8 },
  {
    people: {
      __typename: 'PersonConnection',
      totalCount: 1,
      nodes: [
        {
          __typename: 'Person',
          id: 'p-sam',
          displayName: 'Sam Shield',
          email: 'sam@example.com',
          employeeId: 'E5',
          department: 'Security',
          title: 'Security Lead',
          status: 'ACTIVE',
        },
      ],
    },
  },
);

describe('recurring campaigns', () => {
  it('saves a schedule with what the form says and lists it', async () => {
    const sent: AddCampaignScheduleInput[] = [];
    renderApp('/reviews/schedules', [
      page('ADMIN', []),
      samSearch,
      {
        request: { query: ADD_CAMPAIGN_SCHEDULE_MUTATION, variables: () => true },
        result: (variables: { input: AddCampaignScheduleInput }) => {
          sent.push(variables.input);
          return { data: { addCampaignSchedule: { __typename: 'CampaignSchedule', id: 's-2' } } };
        },
      },
      page('ADMIN', [
        schedule({
          id: 's-2',
          name: 'Weekly Jasper',
          cadence: 'EVERY_DAYS',
          everyDays: 7,
          nextRunOn: '2026-12-07',
          owner: 'p-sam',
          ownerName: 'Sam Shield',
        }),
      ]),
    ]);

    expect(await screen.findByText('No recurring campaigns yet.')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Save schedule' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Give the schedule a name.');

    fireEvent.change(screen.getByRole('textbox', { name: 'Schedule name' }), { target: { value: 'Weekly Jasper' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Runs' }), { target: { value: 'EVERY_DAYS' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Every (days)' }), { target: { value: '7' } });
    fireEvent.change(screen.getByLabelText('First run'), { target: { value: '2026-12-07' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Scope' }), { target: { value: 'APPS' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Apps (names, comma-separated)' }), { target: { value: 'Jasper, Slack' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Due in (days)' }), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save schedule' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Choose the campaign owner from the matches: they review accounts nobody in HR owns.',
    );
    // The owner is searched for in HR and chosen from the matches, as on the campaign form.
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search HR for the owner' }), { target: { value: 'sam' } });
    fireEvent.click(await screen.findByRole('radio', { name: /Sam Shield/ }));
    expect(screen.getByText('Chosen: Sam Shield')).toBeDefined();
    expect(sent).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Save schedule' }));

    expect(await screen.findByRole('cell', { name: /^Weekly Jasper/ })).toBeDefined();
    expect(screen.getByRole('cell', { name: 'Every 7 days' })).toBeDefined();
    expect(screen.getByText('{period} admin access review, due in 30 days, owner Sam Shield')).toBeDefined();
    expect(screen.getByRole('cell', { name: '2026-12-07' })).toBeDefined();
    expect(sent).toEqual([
      {
        name: 'Weekly Jasper',
        nameTemplate: '{period} access review',
        cadence: 'EVERY_DAYS',
        everyDays: 7,
        firstRunOn: '2026-12-07',
        scope: 'APPS',
        apps: ['Jasper', 'Slack'],
        dueInDays: 5,
        owner: 'p-sam',
      },
    ]);
  });

  it('shows auditors the schedules and their last run, without the form', async () => {
    renderApp('/reviews/schedules', [
      page('AUDITOR', [schedule({ lastRunOn: '2026-12-01', lastStatus: 'failed', lastError: 'Tom Gone has left' })]),
    ]);
    expect(await screen.findByText('2026-12-01 (failed)')).toBeDefined();
    expect(screen.getByText('Tom Gone has left')).toBeDefined();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save schedule' })).toBeNull());
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
  });
});
