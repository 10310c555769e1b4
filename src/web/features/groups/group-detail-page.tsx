/**
 * `/groups/:groupId` — one group: a header and one tab per area, the tab in the URL (`?tab=`). Each tab
 * is its own component and loads its data only when shown. Topics is shown for Community groups only.
 */
import {
  ActionIcon,
  Anchor,
  Badge,
  CopyButton,
  Group,
  Stack,
  Tabs,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconArrowLeft, IconCheck, IconCopy } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { groupTypeInfo, type GroupType } from '../../../api/group';
import { ErrorState, LoadingState } from '../../components/page-states';
import { useLanguage, useMessages } from '../../lib/i18n/i18n';
import { DangerTab } from './detail/danger-tab';
import { InfoTab } from './detail/info-tab';
import { MembersTab } from './detail/members/members-tab';
import { MessagesTab } from './detail/messages-tab';
import { MutesTab } from './detail/mutes/mutes-tab';
import { parseGroupTab, tabsFor, type GroupTab } from './detail/tabs';
import { groupsMessages } from './messages';
import { useGroupInfo, type GroupInfo } from './queries';
import { TopicsTab } from './topics/topics-tab';

/** The group page. */
export function GroupDetailPage() {
  const { groupId = '' } = useParams();
  const m = useMessages(groupsMessages);
  const [params, setParams] = useSearchParams();
  const info = useGroupInfo(groupId);

  const back = (
    <Anchor component={Link} to="/groups" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {m.detail.back}
      </Group>
    </Anchor>
  );

  if (info.isPending) {
    return (
      <Stack>
        {back}
        <LoadingState label={m.detail.loading} />
      </Stack>
    );
  }
  if (info.isError) {
    return (
      <Stack>
        {back}
        <Title order={1} ff="monospace">
          {groupId}
        </Title>
        <ErrorState error={info.error} onRetry={() => void info.refetch()} />
      </Stack>
    );
  }

  const group = info.data;
  const shown = tabsFor(group.Type);
  const requested = parseGroupTab(params.get('tab'));
  const tab: GroupTab = shown.includes(requested) ? requested : 'info';

  return (
    <Stack gap="lg">
      {back}
      <GroupHeader group={group} />
      <Tabs
        value={tab}
        // A tab change drops the previous tab's filters: each view stays a clean, pasteable link.
        onChange={(v) => setParams(v && v !== 'info' ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List aria-label={m.detail.tabsLabel}>
          {shown.map((t) => (
            <Tabs.Tab key={t} value={t} color={t === 'danger' ? 'red' : undefined}>
              {m.detail.tabs[t]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="info" pt="md">
          <InfoTab group={group} />
        </Tabs.Panel>
        <Tabs.Panel value="members" pt="md">
          <MembersTab group={group} />
        </Tabs.Panel>
        <Tabs.Panel value="mutes" pt="md">
          <MutesTab group={group} />
        </Tabs.Panel>
        <Tabs.Panel value="messages" pt="md">
          <MessagesTab group={group} />
        </Tabs.Panel>
        {shown.includes('topics') && (
          <Tabs.Panel value="topics" pt="md">
            <TopicsTab group={group} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="danger" pt="md">
          <DangerTab group={group} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** Name, ID (copyable), type, owner, member count and mute-all of the group. */
function GroupHeader({ group }: { group: GroupInfo }) {
  const m = useMessages(groupsMessages);
  const { lang } = useLanguage();
  const type = group.Type && group.Type !== 'BChatRoom' ? groupTypeInfo[group.Type as GroupType] : undefined;
  return (
    <Stack gap={4}>
      <Title order={1}>{group.Name || group.GroupId}</Title>
      <Group gap="xs">
        <Text ff="monospace" size="sm" c="dimmed">
          {group.GroupId}
        </Text>
        <CopyButton value={group.GroupId}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? m.detail.copied : m.detail.copyId} withArrow>
              <ActionIcon variant="subtle" size="sm" onClick={copy} aria-label={m.detail.copyId}>
                {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Group gap="xs">
        {type && <Badge variant="light">{type.label[lang]}</Badge>}
        <Badge variant="outline" color="gray">
          {m.detail.memberCount(group.MemberNum ?? 0, group.MaxMemberNum ?? 0)}
        </Badge>
        {group.MuteAllMember === 'On' && (
          <Badge color="orange" variant="light">
            {m.detail.mutedAll}
          </Badge>
        )}
        <Text size="sm">
          {group.Owner_Account ? (
            <Anchor component={Link} to={`/users/${encodeURIComponent(group.Owner_Account)}`}>
              {m.detail.owner(group.Owner_Account)}
            </Anchor>
          ) : (
            m.detail.noOwner
          )}
        </Text>
      </Group>
    </Stack>
  );
}
