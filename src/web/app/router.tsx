/** Routes of the console. Each area has its own route; pages live in features/. */
import { createBrowserRouter, Navigate } from 'react-router';
import { NotFoundPage } from '../components/not-found-page';
import { RouteError } from '../components/route-error';
import { AuditPage } from '../features/audit/audit-page';
import { LoginPage } from '../features/auth/login-page';
import { OperatorProvider } from '../features/auth/operator-provider';
import { RequirePermission } from '../features/auth/require-permission';
import { SessionsPage } from '../features/auth/sessions-page';
import { GroupDetailPage } from '../features/groups/group-detail-page';
import { GroupsPage } from '../features/groups/groups-page';
import { TopicsPage } from '../features/groups/topics/topics-page';
import { ArchivesPage } from '../features/history/archives/archives-page';
import {
  C2cTranscriptRoute,
  GroupTranscriptRoute,
  HistoryPickerPage,
  TopicTranscriptRoute,
} from '../features/history/history-page';
import { OperatorsPage } from '../features/operators/operators-page';
import { PushAudiencePage } from '../features/push/audience/audience-page';
import { PushComposerPage } from '../features/push/composer/composer-page';
import { PushLogPage } from '../features/push/log/push-log-page';
import { AppSettingsPage } from '../features/settings/app-settings-page';
import { GlobalMutesPage } from '../features/settings/global-mutes-page';
import { SettingsIndexPage } from '../features/settings/settings-index-page';
import { StatsPage } from '../features/stats/stats-page';
import { UserDetailPage } from '../features/users/user-detail-page';
import { UsersPage } from '../features/users/users-page';
import { Layout } from './layout';

/** The route table (exported for tests, which mount it in a memory router). */
export const routes = [
  { path: 'login', element: <LoginPage />, errorElement: <RouteError /> },
  {
    // Everything but the sign-in page needs a signed-in operator (the provider sends others to /login).
    element: (
      <OperatorProvider>
        <Layout />
      </OperatorProvider>
    ),
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to="/stats" replace /> },
          { path: 'users', element: <UsersPage /> },
          { path: 'users/:userId', element: <UserDetailPage /> },
          { path: 'groups', element: <GroupsPage /> },
          { path: 'groups/:groupId', element: <GroupDetailPage /> },
          { path: 'topics', element: <TopicsPage /> },
          { path: 'history', element: <HistoryPickerPage /> },
          { path: 'history/c2c/:viewpoint/:peer', element: <C2cTranscriptRoute /> },
          { path: 'history/group/:groupId', element: <GroupTranscriptRoute /> },
          { path: 'history/topic/:topicId', element: <TopicTranscriptRoute /> },
          { path: 'history/archives', element: <ArchivesPage /> },
          {
            path: 'push/new',
            element: (
              <RequirePermission permission="push.send">
                <PushComposerPage />
              </RequirePermission>
            ),
          },
          { path: 'push', element: <PushLogPage /> },
          { path: 'push/audience', element: <PushAudiencePage /> },
          { path: 'stats', element: <StatsPage /> },
          {
            path: 'audit',
            element: (
              <RequirePermission permission="audit.read">
                <AuditPage />
              </RequirePermission>
            ),
          },
          { path: 'settings', element: <SettingsIndexPage /> },
          { path: 'settings/app', element: <AppSettingsPage /> },
          { path: 'settings/global-mutes', element: <GlobalMutesPage /> },
          {
            path: 'settings/operators',
            element: (
              <RequirePermission permission="operators.manage">
                <OperatorsPage />
              </RequirePermission>
            ),
          },
          { path: 'settings/sessions', element: <SessionsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/** The browser router. */
export const router = createBrowserRouter(routes);
