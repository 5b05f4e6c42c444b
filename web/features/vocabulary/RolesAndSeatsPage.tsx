import { useQuery } from '@apollo/client/react';
import { useCallback, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../shared/EmptyState.js';
import { Loading } from '../../shared/Loading.js';
import { QueryError } from '../../shared/QueryError.js';
import { Section } from '../../shared/Section.js';
import { usePageTitle } from '../../shared/usePageTitle.js';
import { formatCountOf } from '../../shared/format.js';
import { useSession } from '../auth/auth.js';
import { ActionStatus, statusMessage } from '../reviews/ActionStatus.js';
import { VocabularyRolesTable } from './VocabularyRolesTable.js';
import { VocabularySeatTypesTable } from './VocabularySeatTypesTable.js';
import { rolesAndSeatTypesCount } from './vocabulary-labels.js';
import { ROLES_AND_SEATS_PAGE_QUERY } from './vocabulary.queries.js';
import { parseVocabularyUrl, rolesAndSeatsHref, vocabularySearchParams, type VocabularyUrlFilter } from './vocabularyUrl.js';
import type { RolesAndSeatsPageQuery } from '../../graphql/graphql.js';

type AppVocabulary = RolesAndSeatsPageQuery['rolesAndSeats'][number];

/**
 * "Roles and seats to classify": per app, the roles whose privilege Attest read from their name and
 * the seat types whose cost it assumed or does not know. Admins say what they are; the findings follow.
 */
export function RolesAndSeatsPage() {
  usePageTitle('Roles and seats to classify');
  const toggleId = useId();
  const [params, setParams] = useSearchParams();
  const filter = parseVocabularyUrl(params);
  const session = useSession();
  // The server refuses classifying from anyone but an admin; the others read.
  const canClassify = !session || session.user.role === 'admin';
  // Always asked again when shown: a choice made under one filter changes what the others list.
  const { data, loading, error, refetch } = useQuery(ROLES_AND_SEATS_PAGE_QUERY, {
    variables: { onlyToClassify: !filter.all, appId: filter.appId || null },
    fetchPolicy: 'cache-and-network',
  });
  const [status, setStatus] = useState<{ text: string; at: number } | null>(null);
  const onChanged = useCallback((text: string) => setStatus(statusMessage(text)), []);
  const show = (change: Partial<VocabularyUrlFilter>) => setParams(vocabularySearchParams({ ...filter, ...change }));
  const apps = data?.rolesAndSeats;

  return (
    <>
      <h1>Roles and seats to classify</h1>
      <p className="muted">
        Attest takes a role’s privilege and a seat’s monthly cost from its app catalog. For the roles and seat types the catalog does not
        know, it reads the privilege from the role’s name and assumes the cost of the app’s default seat, or leaves it unknown for an app
        outside the catalog. Until someone says what they are, admin findings and seat spend rest on those guesses.
      </p>
      {canClassify ? null : <p>Only admins can classify roles and set seat costs: ask one to confirm what is listed here.</p>}

      <div className="filters">
        <label className="checkbox-field" htmlFor={toggleId}>
          <input id={toggleId} type="checkbox" checked={filter.all} onChange={(event) => show({ all: event.target.checked })} />
          Show every role and seat type, not only those to classify
        </label>
        {filter.appId ? (
          <p className="filter-chip">
            App: {apps?.[0]?.app.name ?? filter.appId}{' '}
            <Link to={rolesAndSeatsHref({ all: filter.all })} aria-label="Remove the app filter: show every app">
              ×
            </Link>
          </p>
        ) : null}
      </div>

      <ActionStatus message={status} />

      {error ? (
        <QueryError error={error} resource="roles and seats" onRetry={() => void refetch().catch(() => undefined)} />
      ) : !apps ? (
        loading ? (
          <Loading label="roles and seats" rows={6} />
        ) : null
      ) : apps.length === 0 ? (
        <NothingListed filter={filter} />
      ) : (
        <>
          {filter.all ? null : <ToClassifySummary apps={apps} />}
          {apps.map((vocabulary) => (
            <AppVocabularySection key={vocabulary.app.id} vocabulary={vocabulary} canClassify={canClassify} onChanged={onChanged} />
          ))}
        </>
      )}
    </>
  );
}

function ToClassifySummary({ apps }: { apps: readonly AppVocabulary[] }) {
  const roles = apps.reduce((sum, app) => sum + app.roles.length, 0);
  const seatTypes = apps.reduce((sum, app) => sum + app.seatTypes.length, 0);
  return (
    <p>
      {rolesAndSeatTypesCount(roles, seatTypes)} in {formatCountOf(apps.length, 'app')} {roles + seatTypes === 1 ? 'waits' : 'wait'} for
      someone to say what {roles + seatTypes === 1 ? 'it is' : 'they are'}.
    </p>
  );
}

interface AppVocabularySectionProps {
  vocabulary: AppVocabulary;
  canClassify: boolean;
  onChanged: (message: string) => void;
}

function AppVocabularySection({ vocabulary, canClassify, onChanged }: AppVocabularySectionProps) {
  const { app, catalogKey, roles, seatTypes } = vocabulary;
  return (
    <Section title={app.name} count={rolesAndSeatTypesCount(roles.length, seatTypes.length)}>
      <p className="small">
        <Link to={`/apps/${encodeURIComponent(app.id)}`}>Open the {app.name} app page</Link>
        {catalogKey === null ? <span className="muted"> · not in the app catalog</span> : null}
      </p>
      {roles.length > 0 ? (
        <>
          <h3>Roles</h3>
          <VocabularyRolesTable appName={app.name} roles={roles} canClassify={canClassify} onClassified={onChanged} />
        </>
      ) : null}
      {seatTypes.length > 0 ? (
        <>
          <h3>Seat types</h3>
          <VocabularySeatTypesTable appName={app.name} seatTypes={seatTypes} canSetCost={canClassify} onSaved={onChanged} />
        </>
      ) : null}
    </Section>
  );
}

function NothingListed({ filter }: { filter: VocabularyUrlFilter }) {
  if (filter.all) {
    return (
      <EmptyState action={<Link to="/sources">Import an app’s accounts</Link>}>
        {filter.appId ? 'This app has no roles or seat types.' : 'No roles or seat types have been imported yet.'}
      </EmptyState>
    );
  }
  return (
    <EmptyState action={<Link to={rolesAndSeatsHref({ ...filter, all: true })}>Show every role and seat type</Link>}>
      Nothing to classify{filter.appId ? ' in this app' : ''}: the app catalog knows every role and seat type held by a live account, or
      someone has already said what they are.
    </EmptyState>
  );
}
