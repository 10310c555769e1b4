/** The community chosen on `/topics`: its topics, or why it has none (not a Community, topics off). */
import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/page-states';
import { useMessages } from '../../../lib/i18n/i18n';
import { useGroupInfo } from '../queries';
import { topicsMessages } from './messages';
import { TopicsPanel } from './topics-panel';

/** The chosen community: its topics, or why it has none. */
export function SelectedCommunity({ groupId, onClose }: { groupId: string; onClose: () => void }) {
  const m = useMessages(topicsMessages);
  const info = useGroupInfo(groupId);
  const name = info.data?.Name || groupId;
  const ref = useRef<HTMLElement>(null);
  // Chosen from the list above: bring its topics into view.
  useEffect(() => ref.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' }), [groupId]);
  return (
    <Card ref={ref} withBorder padding="md" component="section" aria-label={m.page.selectedTitle(name)}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Stack gap={0}>
            <Title order={2} size="h4">
              {m.page.selectedTitle(name)}
            </Title>
            <Text size="xs" c="dimmed" ff="monospace">
              {groupId}
            </Text>
          </Stack>
          <Group gap="xs">
            <Anchor component={Link} to={`/groups/${encodeURIComponent(groupId)}?tab=topics`} size="sm">
              {m.page.openGroup}
            </Anchor>
            <Button size="xs" variant="default" onClick={onClose}>
              {m.page.close}
            </Button>
          </Group>
        </Group>
        {info.isPending ? (
          <LoadingState />
        ) : info.isError ? (
          <ErrorState error={info.error} onRetry={() => void info.refetch()} />
        ) : info.data.Type !== 'Community' ? (
          <Alert color="gray" variant="light" role="status">
            {m.page.notCommunity(groupId)}
          </Alert>
        ) : info.data.SupportTopic !== 1 ? (
          <Alert color="gray" variant="light" role="status">
            {m.tab.noTopics}
          </Alert>
        ) : (
          <TopicsPanel groupId={groupId} />
        )}
      </Stack>
    </Card>
  );
}
