/** Routes of the console. Each area has its own route; pages live in features/. */
import { createBrowserRouter, Navigate } from 'react-router';
import { NotFoundPage } from '../components/not-found-page';
import { RouteError } from '../components/route-error';
import { PlannedPage } from '../features/planned/planned-page';
import { AppSettingsPage } from '../features/settings/app-settings-page';
import { GlobalMutesPage } from '../features/settings/global-mutes-page';
import { SettingsIndexPage } from '../features/settings/settings-index-page';
import { StatsPage } from '../features/stats/stats-page';
import { UserDetailPage } from '../features/users/user-detail-page';
import { UsersPage } from '../features/users/users-page';
import { Layout } from './layout';

/** The route table (exported for tests, which mount it in a memory router). */
export const routes = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to="/stats" replace /> },
          { path: 'users', element: <UsersPage /> },
          { path: 'users/:userId', element: <UserDetailPage /> },
          { path: 'groups/*', element: <PlannedPage area="groups" /> },
          { path: 'topics/*', element: <PlannedPage area="topics" /> },
          { path: 'history/*', element: <PlannedPage area="history" /> },
          { path: 'push/*', element: <PlannedPage area="push" /> },
          { path: 'stats', element: <StatsPage /> },
          { path: 'audit/*', element: <PlannedPage area="audit" /> },
          { path: 'settings', element: <SettingsIndexPage /> },
          { path: 'settings/app', element: <AppSettingsPage /> },
          { path: 'settings/global-mutes', element: <GlobalMutesPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/** The browser router. */
export const router = createBrowserRouter(routes);
