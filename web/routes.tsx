import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useSession } from './features/auth/auth.js';
import { Layout } from './shared/Layout.js';
import { Loading } from './shared/Loading.js';

// Each page is its own chunk; recharts loads with the overview only.
const OverviewPage = lazy(() => import('./features/overview/OverviewPage.js').then((module) => ({ default: module.OverviewPage })));
const FindingsPage = lazy(() => import('./features/findings/FindingsPage.js').then((module) => ({ default: module.FindingsPage })));
const AppsPage = lazy(() => import('./features/apps/AppsPage.js').then((module) => ({ default: module.AppsPage })));
const AppPage = lazy(() => import('./features/apps/AppPage.js').then((module) => ({ default: module.AppPage })));
const RolesAndSeatsPage = lazy(() =>
  import('./features/vocabulary/RolesAndSeatsPage.js').then((module) => ({ default: module.RolesAndSeatsPage })),
);
const PeoplePage = lazy(() => import('./features/people/PeoplePage.js').then((module) => ({ default: module.PeoplePage })));
const PersonPage = lazy(() => import('./features/people/PersonPage.js').then((module) => ({ default: module.PersonPage })));
const SourcesPage = lazy(() => import('./features/sources/SourcesPage.js').then((module) => ({ default: module.SourcesPage })));
const CampaignsPage = lazy(() => import('./features/reviews/CampaignsPage.js').then((module) => ({ default: module.CampaignsPage })));
const NewCampaignPage = lazy(() => import('./features/reviews/NewCampaignPage.js').then((module) => ({ default: module.NewCampaignPage })));
const CampaignSchedulesPage = lazy(() =>
  import('./features/reviews/schedules/CampaignSchedulesPage.js').then((module) => ({ default: module.CampaignSchedulesPage })),
);
const CampaignPage = lazy(() => import('./features/reviews/CampaignPage.js').then((module) => ({ default: module.CampaignPage })));
const MyReviewsPage = lazy(() => import('./features/reviews/MyReviewsPage.js').then((module) => ({ default: module.MyReviewsPage })));
const MyTeamPage = lazy(() => import('./features/reviews/MyTeamPage.js').then((module) => ({ default: module.MyTeamPage })));
const ReviewQueuePage = lazy(() =>
  import('./features/ownership/ReviewQueuePage.js').then((module) => ({ default: module.ReviewQueuePage })),
);
const LeaversPage = lazy(() => import('./features/leavers/LeaversPage.js').then((module) => ({ default: module.LeaversPage })));
const WebhooksPage = lazy(() => import('./features/webhooks/WebhooksPage.js').then((module) => ({ default: module.WebhooksPage })));
const AuditPage = lazy(() => import('./features/audit/AuditPage.js').then((module) => ({ default: module.AuditPage })));
const SignInPage = lazy(() => import('./features/auth/SignInPage.js').then((module) => ({ default: module.SignInPage })));
const NotFoundPage = lazy(() => import('./shared/NotFoundPage.js').then((module) => ({ default: module.NotFoundPage })));

/** Managers see only their team, so they start there; everyone else starts on the overview. */
function Home() {
  const session = useSession();
  return session?.user.role === 'manager' ? <Navigate to="/team" replace /> : <OverviewPage />;
}

/** Every view has its own URL. */
export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="sign-in"
        element={
          <Suspense fallback={<Loading label="page" />}>
            <SignInPage />
          </Suspense>
        }
      />
      <Route element={<Layout />}>
        <Route index element={<Home />} />
        <Route path="findings" element={<FindingsPage />} />
        <Route path="apps" element={<AppsPage />} />
        <Route path="apps/:id" element={<AppPage />} />
        <Route path="roles-and-seats" element={<RolesAndSeatsPage />} />
        <Route path="people" element={<PeoplePage />} />
        <Route path="people/:id" element={<PersonPage />} />
        <Route path="sources" element={<SourcesPage />} />
        <Route path="reviews" element={<CampaignsPage />} />
        <Route path="reviews/new" element={<NewCampaignPage />} />
        <Route path="reviews/schedules" element={<CampaignSchedulesPage />} />
        <Route path="reviews/:id" element={<CampaignPage />} />
        <Route path="my-reviews" element={<MyReviewsPage />} />
        <Route path="team" element={<MyTeamPage />} />
        <Route path="ownership-queue" element={<ReviewQueuePage />} />
        <Route path="leavers" element={<LeaversPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="webhooks" element={<WebhooksPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
