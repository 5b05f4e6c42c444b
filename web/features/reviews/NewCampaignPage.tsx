import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { Loading } from '../../shared/Loading.js';
import { QueryError } from '../../shared/QueryError.js';
import { usePageTitle } from '../../shared/usePageTitle.js';
import { CampaignForm } from './CampaignForm.js';
import { useCreateCampaign } from './reviews.mutations.js';
import { NEW_CAMPAIGN_PAGE_QUERY } from './reviews.queries.js';
import type { CreateCampaignInput } from '../../graphql/graphql.js';

/** Creates a draft campaign and opens it; launching (the snapshot) is a separate step on its page. */
export function NewCampaignPage() {
  usePageTitle('New campaign');
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery(NEW_CAMPAIGN_PAGE_QUERY);
  const [createCampaign, { loading: creating }] = useCreateCampaign();

  async function create(input: CreateCampaignInput): Promise<void> {
    const result = await createCampaign({ variables: { input } });
    const id = result.data?.createCampaign.id;
    if (id) await navigate(`/reviews/${encodeURIComponent(id)}`, { state: { created: true } });
  }

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/reviews">Access reviews</Link>
      </nav>
      <h1>New campaign</h1>
      <p className="muted">
        The campaign stays a draft until you launch it; launching snapshots every account in scope, so later imports do not change what is
        reviewed.
      </p>
      {error ? (
        <QueryError error={error} resource="the new-campaign form" onRetry={() => void refetch().catch(() => undefined)} />
      ) : !data ? (
        loading ? (
          <Loading label="the new-campaign form" rows={6} />
        ) : null
      ) : data.me.role !== 'ADMIN' ? (
        <p className="callout callout-warn">Only an admin can create campaigns.</p>
      ) : (
        <CampaignForm apps={data.apps} onCreate={create} busy={creating} viewer={data.me} />
      )}
    </>
  );
}
