/**
 * The Friend lists tab of User 360: the owner's friend lists with member counts and members
 * (`sns/group_get`), create (`group_add`, optionally with friends) and delete with a confirmation
 * (`group_delete`). A user has at most 32 lists, so the table needs no virtualization.
 */
import { ActionIcon, Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { MAX_FRIEND_LISTS } from '../../../../api/friend';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { AccessGate } from '../../../lib/access';
import { useMessages } from '../../../lib/i18n/i18n';
import { CreateFriendListForm } from './create-friend-list-form';
import { DeleteFriendListModal } from './delete-friend-list-modal';
import { friendsMessages } from './messages';
import { friendQueries } from './queries';

/** The Friend lists tab. */
export function FriendListsTab({ userId }: { userId: string }) {
  const m = useMessages(friendsMessages);
  const lists = useQuery(friendQueries.lists(userId));
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [remove, setRemove] = useState<{ name: string; count: number }>();
  const items = lists.data?.ResultItem ?? [];

  function toggle(name: string) {
    setOpen((cur) => {
      const next = new Set(cur);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });
  }

  let body;
  if (lists.isPending) body = <LoadingState label={m.lists.loading} />;
  else if (lists.isError) body = <ErrorState error={lists.error} onRetry={() => void lists.refetch()} />;
  else if (items.length === 0) body = <EmptyState title={m.lists.emptyTitle}>{m.lists.emptyBody}</EmptyState>;
  else
    body = (
      <Table aria-label={m.lists.table(userId)} striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{m.lists.name}</Table.Th>
            <Table.Th>{m.lists.memberCount}</Table.Th>
            <Table.Th style={{ width: 96 }}>{m.common.actions}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((l) => {
            const expanded = open.has(l.GroupName);
            const members = l.To_Account ?? [];
            return (
              <Fragment key={l.GroupName}>
                <Table.Tr>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        size="sm"
                        aria-expanded={expanded}
                        aria-label={
                          expanded ? m.lists.hideMembers(l.GroupName) : m.lists.showMembers(l.GroupName)
                        }
                        onClick={() => toggle(l.GroupName)}
                      >
                        {expanded ? (
                          <IconChevronDown size={14} aria-hidden />
                        ) : (
                          <IconChevronRight size={14} aria-hidden />
                        )}
                      </ActionIcon>
                      <Text size="sm" fw={500}>
                        {l.GroupName}
                      </Text>
                    </Group>
                  </Table.Td>
                  <Table.Td>{l.FriendNumber.toLocaleString()}</Table.Td>
                  <Table.Td>
                    <AccessGate what="sns/group_delete">
                      {(disabled) => (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={m.lists.deleteOf(l.GroupName)}
                          disabled={disabled}
                          onClick={() => setRemove({ name: l.GroupName, count: l.FriendNumber })}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      )}
                    </AccessGate>
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr>
                    <Table.Td colSpan={3}>
                      {members.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          {m.lists.noMembers}
                        </Text>
                      ) : (
                        <Group
                          gap={6}
                          aria-label={`${m.lists.members}: ${l.GroupName}`}
                          role="list"
                          mah={240}
                          style={{ overflowY: 'auto' }}
                        >
                          {members.map((id) => (
                            <Badge key={id} variant="outline" role="listitem" tt="none">
                              <Anchor
                                component={Link}
                                to={`/users/${encodeURIComponent(id)}`}
                                size="xs"
                                ff="monospace"
                              >
                                {id}
                              </Anchor>
                            </Badge>
                          ))}
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} size="h4">
            {m.lists.title}
          </Title>
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {lists.data ? m.lists.count(items.length, MAX_FRIEND_LISTS) : m.lists.loading}
          </Text>
        </Stack>
      </Group>
      {body}
      <CreateFriendListForm userId={userId} full={items.length >= MAX_FRIEND_LISTS} />
      {remove && (
        <DeleteFriendListModal
          userId={userId}
          name={remove.name}
          count={remove.count}
          onClose={() => setRemove(undefined)}
        />
      )}
    </Stack>
  );
}
