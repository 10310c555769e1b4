/** The operator's recently viewed users, with remove and clear (remembered in this browser only). */
import { ActionIcon, Anchor, Button, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useMessages } from '../../lib/i18n/i18n';
import { usersMessages } from './messages';
import { useRecentUsers } from './recent-users';

/** The recent users list. */
export function RecentUsersCard() {
  const m = useMessages(usersMessages);
  const { list, forget, clear } = useRecentUsers();
  return (
    <Stack gap="xs" component="section" aria-labelledby="recent-users-title">
      <Group justify="space-between">
        <Title order={2} size="h4" id="recent-users-title">
          {m.recent.title}
        </Title>
        {list.length > 0 && (
          <Button variant="subtle" size="xs" onClick={clear}>
            {m.recent.clear}
          </Button>
        )}
      </Group>
      {list.length === 0 ? (
        <Text size="sm" c="dimmed" role="status">
          {m.recent.empty}
        </Text>
      ) : (
        <Group
          gap="xs"
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          aria-label={m.recent.title}
        >
          {list.map((u) => (
            <Group key={u.userId} component="li" gap={2} wrap="nowrap">
              <Anchor component={Link} to={`/users/${encodeURIComponent(u.userId)}`} ff="monospace" size="sm">
                {u.userId}
              </Anchor>
              <Tooltip label={m.recent.remove(u.userId)}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={m.recent.remove(u.userId)}
                  onClick={() => forget(u.userId)}
                >
                  <IconX size={12} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          ))}
        </Group>
      )}
    </Stack>
  );
}
