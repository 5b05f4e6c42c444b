import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './components/Layout.js';

// Each page is its own chunk; recharts loads with the overview only.
const OverviewPage = lazy(() => import('./pages/OverviewPage.js').then((module) => ({ default: module.OverviewPage })));
const FindingsPage = lazy(() => import('./pages/FindingsPage.js').then((module) => ({ default: module.FindingsPage })));
const AppsPage = lazy(() => import('./pages/AppsPage.js').then((module) => ({ default: module.AppsPage })));
const AppPage = lazy(() => import('./pages/AppPage.js').then((module) => ({ default: module.AppPage })));
const PeoplePage = lazy(() => import('./pages/PeoplePage.js').then((module) => ({ default: module.PeoplePage })));
const PersonPage = lazy(() => import('./pages/PersonPage.js').then((module) => ({ default: module.PersonPage })));
const SourcesPage = lazy(() => import('./pages/SourcesPage.js').then((module) => ({ default: module.SourcesPage })));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.js').then((module) => ({ default: module.NotFoundPage })));

/** Every view has its own URL. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<OverviewPage />} />
        <Route path="findings" element={<FindingsPage />} />
        <Route path="apps" element={<AppsPage />} />
        <Route path="apps/:id" element={<AppPage />} />
        <Route path="people" element={<PeoplePage />} />
        <Route path="people/:id" element={<PersonPage />} />
        <Route path="sources" element={<SourcesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
