/** `/users/:userId`: one account's profile (every standard field, labelled) and online state; tab in the URL. */
import {
  Anchor,
  Avatar,
  Badge,
  Button,
  Card,
  Code,
  Group,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { profileTags, profileValueLabel } from '../../../api/profile';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { AccessGate } from '../../lib/access';
import { useLanguage, useMessages } from '../../lib/i18n/i18n';
import { usersMessages } from './messages';
import { PresenceBadge, PresenceSummary } from './presence-badge';
import { userQueries } from './queries';

const tabs = ['profile', 'status'] as const;
type Tab = (typeof tabs)[number];

/** The user detail page. */
export function UserDetailPage() {
  const { userId = '' } = useParams();
  const m = useMessages(usersMessages);
  const { lang } = useLanguage();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: Tab = tabs.includes(tabParam as Tab) ? (tabParam as Tab) : 'profile';
  const profile = useQuery(userQueries.profile(userId));
  const state = useQuery({ ...userQueries.state(userId), enabled: profile.data != null });

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

  const values = new Map(profile.data.items.map((i) => [i.Tag, i.Value]));
  const nick = values.get('Tag_Profile_IM_Nick');
  const face = values.get('Tag_Profile_IM_Image');

  return (
    <Stack gap="lg">
      {back}
      <Group gap="md" wrap="nowrap">
        <Avatar
          src={typeof face === 'string' && face ? face : undefined}
          size="lg"
          radius="xl"
          alt={m.results.avatarOf(userId)}
        >
          {userId.slice(0, 1).toUpperCase()}
        </Avatar>
        <div>
          <Title order={1}>{typeof nick === 'string' && nick ? nick : userId}</Title>
          <Group gap="xs">
            <Code>{userId}</Code>
            <Badge color="teal" variant="light">
              {m.results.imported}
            </Badge>
            {state.data && <PresenceBadge status={state.data.presence} />}
          </Group>
        </div>
      </Group>

      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'profile' ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List aria-label={m.detail.tabs.label}>
          <Tabs.Tab value="profile">{m.detail.tabs.profile}</Tabs.Tab>
          <Tabs.Tab value="status">{m.detail.tabs.status}</Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="profile" pt="md">
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {m.detail.profileTitle}
            </Title>
            <Table striped aria-label={m.detail.profileTitle}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{m.detail.field}</Table.Th>
                  <Table.Th>{m.detail.value}</Table.Th>
                  <Table.Th>{m.detail.raw}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {profileTags.map((def) => {
                  const value = values.get(def.tag);
                  const isDefault = value === undefined || value === '' || value === def.defaultValue;
                  // An enum's default still has a meaningful label ("Require approval"); other defaults mean "not set".
                  const shown =
                    isDefault && !('values' in def)
                      ? m.detail.notSet
                      : profileValueLabel(def.tag, value ?? '', lang);
                  return (
                    <Table.Tr key={def.tag}>
                      <Table.Th scope="row" fw={500}>
                        <Tooltip label={def.tag}>
                          <span>{def.label[lang]}</span>
                        </Tooltip>
                      </Table.Th>
                      <Table.Td>
                        <Text
                          size="sm"
                          c={isDefault ? 'dimmed' : undefined}
                          style={{ wordBreak: 'break-word' }}
                        >
                          {shown}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Code style={{ wordBreak: 'break-all' }}>
                          {def.tag} = {JSON.stringify(value ?? null)}
                        </Code>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Card>
        </Tabs.Panel>

        <Tabs.Panel value="status" pt="md">
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {m.detail.statusTitle}
            </Title>
            {state.isPending && <LoadingState />}
            {state.isError && <ErrorState error={state.error} onRetry={() => void state.refetch()} />}
            {state.data && (
              <Stack gap="sm">
                <Group gap="xs">
                  <Text fw={500}>{m.detail.overall}:</Text>
                  <PresenceSummary presence={state.data.presence} platforms={[]} />
                </Group>
                {state.data.platforms.length === 0 ? (
                  <Text c="dimmed">{m.detail.noSessions}</Text>
                ) : (
                  <Table aria-label={m.detail.statusTitle}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{m.detail.platform}</Table.Th>
                        <Table.Th>{m.detail.platformState}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {state.data.platforms.map((p) => (
                        <Table.Tr key={p.platform}>
                          <Table.Td>{p.platform}</Table.Td>
                          <Table.Td>
                            <PresenceBadge status={p.status} />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
                <Text size="sm" c="dimmed">
                  {m.detail.stateHelp}
                </Text>
              </Stack>
            )}
          </Card>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
