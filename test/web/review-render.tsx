import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, type RenderResult } from '@testing-library/react';
import { useEffect } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { createCache } from '../../web/apollo.js';
import { CampaignPage } from '../../web/pages/CampaignPage.js';
import { CampaignsPage } from '../../web/pages/CampaignsPage.js';
import { MyReviewsPage } from '../../web/pages/MyReviewsPage.js';
import { MyTeamPage } from '../../web/pages/MyTeamPage.js';
import { NewCampaignPage } from '../../web/pages/NewCampaignPage.js';

interface RenderReviewsResult extends RenderResult {
  /** The router's current path and query string. */
  location: () => string;
}

/**
 * The review pages at their URLs (the routes the app adds for them), with a fresh cache with the
 * production type policies and only the given mocks: a request without a mock fails like a broken server.
 */
export function renderReviews(path: string, mocks: readonly MockLink.MockedResponse[] = []): RenderReviewsResult {
  const current = { location: path };

  function LocationProbe() {
    const location = useLocation();
    useEffect(() => {
      current.location = `${location.pathname}${location.search}`;
    }, [location]);
    return null;
  }

  const result = render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter initialEntries={[path]}>
        <main>
          <Routes>
            <Route path="reviews" element={<CampaignsPage />} />
            <Route path="reviews/new" element={<NewCampaignPage />} />
            <Route path="reviews/:id" element={<CampaignPage />} />
            <Route path="my-reviews" element={<MyReviewsPage />} />
            <Route path="team" element={<MyTeamPage />} />
          </Routes>
        </main>
        <LocationProbe />
      </MemoryRouter>
    </MockedProvider>,
  );
  return { ...result, location: () => current.location };
}
