/** Routes of the console. Each area has its own route; pages live in features/. */
import { createBrowserRouter, Navigate } from 'react-router';
import { NotFoundPage } from '../components/not-found-page';
import { RouteError } from '../components/route-error';
import { LoginPage } from '../features/auth/login-page';
import { OperatorProvider } from '../features/auth/operator-provider';
import { RequirePermission } from '../features/auth/require-permission';
import { Layout } from './layout';
import { page } from './lazy-page';

/**
 * Feature pages load on first visit (one chunk per area), so the sign-in page and the shell do not
 * wait for every area's code. Each `page()` names the module and its export.
 */
const AppSettingsPage = page(() => import('../features/settings/app-settings-page'), 'AppSettingsPage');
const ArchivesPage = page(() => import('../features/history/archives/archives-page'), 'ArchivesPage');
const AuditPage = page(() => import('../features/audit/audit-page'), 'AuditPage');
const C2cTranscriptRoute = page(() => import('../features/history/history-page'), 'C2cTranscriptRoute');
const GlobalMutesPage = page(() => import('../features/settings/global-mutes-page'), 'GlobalMutesPage');
const GroupDetailPage = page(() => import('../features/groups/group-detail-page'), 'GroupDetailPage');
const GroupTranscriptRoute = page(() => import('../features/history/history-page'), 'GroupTranscriptRoute');
const GroupsPage = page(() => import('../features/groups/groups-page'), 'GroupsPage');
const HistoryPickerPage = page(() => import('../features/history/history-page'), 'HistoryPickerPage');
const OperatorsPage = page(() => import('../features/operators/operators-page'), 'OperatorsPage');
const PushAudiencePage = page(() => import('../features/push/audience/audience-page'), 'PushAudiencePage');
const PushComposerPage = page(() => import('../features/push/composer/composer-page'), 'PushComposerPage');
const PushLogPage = page(() => import('../features/push/log/push-log-page'), 'PushLogPage');
const SessionsPage = page(() => import('../features/auth/sessions-page'), 'SessionsPage');
const SettingsIndexPage = page(() => import('../features/settings/settings-index-page'), 'SettingsIndexPage');
const StatsPage = page(() => import('../features/stats/stats-page'), 'StatsPage');
const TopicTranscriptRoute = page(() => import('../features/history/history-page'), 'TopicTranscriptRoute');
const TopicsPage = page(() => import('../features/groups/topics/topics-page'), 'TopicsPage');
const UserDetailPage = page(() => import('../features/users/user-detail-page'), 'UserDetailPage');
const UsersPage = page(() => import('../features/users/users-page'), 'UsersPage');

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
