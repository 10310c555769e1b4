/**
 * `/users/:userId` — User 360: a header and one tab per area, the tab in the URL (`?tab=`). Each tab is
 * its own component under `detail/` (or `friends/`) and loads its data only when shown.
 */
import { Anchor, Button, Group, Stack, Tabs, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { AccessGate } from '../../lib/access';
import { useMessages } from '../../lib/i18n/i18n';
import { UserPushAudience } from '../../components/push-audience/user-push-audience';
import { ConversationsTab } from './detail/conversations-tab';
import { GroupsTab } from './detail/groups-tab';
import { detailMessages } from './detail/messages';
import { ProfileTab } from './detail/profile-tab';
import { StatusTab } from './detail/status-tab';
import { UserHeader } from './detail/user-header';
import { BlocklistTab, FriendListsTab, FriendsTab } from './friends';
import { usersMessages } from './messages';
import { userQueries } from './queries';
import { useRememberRecentUser } from './recent-users';

const tabs = [
  'profile',
  'status',
  'groups',
  'friends',
  'blocklist',
  'friend-lists',
  'conversations',
  'audience',
] as const;
type Tab = (typeof tabs)[number];

/** The user detail page. */
export function UserDetailPage() {
  const { userId = '' } = useParams();
  const m = useMessages(usersMessages);
  const d = useMessages(detailMessages);
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: Tab = tabs.includes(tabParam as Tab) ? (tabParam as Tab) : 'profile';
  const profile = useQuery(userQueries.profile(userId));
  // Remembered once the account is known to exist (a mistyped id is not worth a "recent" entry).
  useRememberRecentUser(profile.data ? userId : undefined);

  const back = (
    <Anchor component={Link} to="/users" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {m.detail.back}
      </Group>
    </Anchor>
  );

  if (profile.isPending) {
    return (
      <Stack>
        {back}
        <LoadingState label={m.detail.loading} />
      </Stack>
    );
  }
  if (profile.isError) {
    return (
      <Stack>
        {back}
        <Title order={1} ff="monospace">
          {userId}
        </Title>
        <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />
      </Stack>
    );
  }
  if (profile.data === null) {
    return (
      <Stack>
        {back}
        <Title order={1} ff="monospace">
          {userId}
        </Title>
        <EmptyState
          title={m.detail.notImportedTitle}
          action={
            <AccessGate what="im_open_login_svc/account_import">
              {(disabled) =>
                disabled ? (
                  <Button disabled>{m.detail.importIt}</Button>
                ) : (
                  <Button component={Link} to={`/users?import=${encodeURIComponent(userId)}`}>
                    {m.detail.importIt}
                  </Button>
                )
              }
            </AccessGate>
          }
        >
          {m.detail.notImportedBody(userId)}
        </EmptyState>
      </Stack>
    );
  }

  const labels: Record<Tab, string> = {
    profile: d.tabs.profile,
    status: d.tabs.status,
    groups: d.tabs.groups,
    friends: d.tabs.friends,
    blocklist: d.tabs.blocklist,
    'friend-lists': d.tabs.friendLists,
    conversations: d.tabs.conversations,
    audience: d.tabs.audience,
  };

  return (
    <Stack gap="lg">
      {back}
      <UserHeader userId={userId} items={profile.data.items} />
      <Tabs
        value={tab}
        // A tab change drops the previous tab's filters: each view stays a clean, pasteable link.
        onChange={(v) => setParams(v && v !== 'profile' ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List aria-label={d.tabs.label}>
          {tabs.map((t) => (
            <Tabs.Tab key={t} value={t}>
              {labels[t]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="profile" pt="md">
          <ProfileTab userId={userId} items={profile.data.items} />
        </Tabs.Panel>
        <Tabs.Panel value="status" pt="md">
          <StatusTab userId={userId} />
        </Tabs.Panel>
        <Tabs.Panel value="groups" pt="md">
          <GroupsTab userId={userId} />
        </Tabs.Panel>
        <Tabs.Panel value="friends" pt="md">
          <FriendsTab userId={userId} />
        </Tabs.Panel>
        <Tabs.Panel value="blocklist" pt="md">
          <BlocklistTab userId={userId} />
        </Tabs.Panel>
        <Tabs.Panel value="friend-lists" pt="md">
          <FriendListsTab userId={userId} />
        </Tabs.Panel>
        <Tabs.Panel value="conversations" pt="md">
          <ConversationsTab userId={userId} />
        </Tabs.Panel>
        <Tabs.Panel value="audience" pt="md">
          <UserPushAudience userId={userId} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
