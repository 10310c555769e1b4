/**
 * Info tab: every `get_group_info` field with its label (`info-fields-table.tsx`), the online member count
 * (`get_online_member_num`) and the edit form (`edit-info-form.tsx`: `modify_group_base_info`, only
 * changed fields sent), including mute-all, join options, member cap and app-defined data.
 */
import { Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AccessGate } from '../../../lib/access';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { describeImError } from '../../../lib/im-error-text';
import { ImApiError } from '../../../lib/api-client';
import { groupsMessages } from '../messages';
import { onlineMembersQuery, type GroupInfo } from '../queries';
import { EditInfoForm } from './edit-info-form';
import { InfoFieldsTable } from './info-fields-table';

/** The Info tab of one group. */
export function InfoTab({ group }: { group: GroupInfo }) {
  const m = useMessages(groupsMessages);
  const { lang } = useLanguage();
  const [editing, setEditing] = useState(false);
  const online = useQuery(onlineMembersQuery(group.GroupId));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {m.info.title}
        </Title>
        <AccessGate what="group_open_http_svc/modify_group_base_info">
          {(disabled) => (
            <Button disabled={disabled} onClick={() => setEditing(true)}>
              {m.info.edit}
            </Button>
          )}
        </AccessGate>
      </Group>
      <Card withBorder>
        <Group gap="xs">
          <Text fw={500}>{m.info.online}:</Text>
          {online.isPending ? (
            <Text c="dimmed">…</Text>
          ) : online.isError ? (
            <Text c="red" size="sm">
              {m.info.onlineError(
                online.error instanceof ImApiError
                  ? `${online.error.code} ${describeImError(online.error.code, lang).meaning}`
                  : online.error.message,
              )}
            </Text>
          ) : (
            <Text fw={700} data-testid="online-count">
              {online.data.toLocaleString()}
            </Text>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {m.info.onlineHint}
        </Text>
      </Card>
      <InfoFieldsTable group={group} />
      <Modal opened={editing} onClose={() => setEditing(false)} title={m.info.editTitle} size="xl">
        <EditInfoForm group={group} onDone={() => setEditing(false)} />
      </Modal>
    </Stack>
  );
}
