/**
 * The Topics tab of `/groups/:groupId`: shown for every Community; topics work only when the community
 * was created with `SupportTopic: 1` (09-topics.md §0), otherwise the tab says why there is nothing to do.
 */
import { Alert } from '@mantine/core';
import { useMessages } from '../../../lib/i18n/i18n';
import type { GroupInfo } from '../queries';
import { topicsMessages } from './messages';
import { TopicsPanel } from './topics-panel';

/** Topics of `group`. */
export function TopicsTab({ group }: { group: GroupInfo }) {
  const m = useMessages(topicsMessages).tab;
  if (group.Type !== 'Community')
    return (
      <Alert color="gray" variant="light" role="status">
        {m.notCommunity}
      </Alert>
    );
  if (group.SupportTopic !== 1)
    return (
      <Alert color="gray" variant="light" role="status">
        {m.noTopics}
      </Alert>
    );
  return <TopicsPanel groupId={group.GroupId} />;
}
