/** Every field `get_topic` returned for one topic, labelled. */
import { Avatar, Badge, Button, Code, Group, Modal, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { TopicInfo } from '../../../../api/endpoints/million_group_open_http_svc/get_topic';
import { formatUnixSeconds, useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { topicsMessages } from './messages';

/** The details dialog. */
export function TopicDetailsModal({ topic, onClose }: { topic: TopicInfo; onClose: () => void }) {
  const m = useMessages(topicsMessages);
  const { lang } = useLanguage();
  const none = (
    <Text span c="dimmed" size="sm">
      {m.details.none}
    </Text>
  );
  const text = (v: string | undefined) =>
    v ? (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {v}
      </Text>
    ) : (
      none
    );
  const time = (v: number | undefined) => (v ? formatUnixSeconds(v, lang) : v === 0 ? m.list.never : none);
  const rows: [string, ReactNode][] = [
    [m.fields.TopicId, <Code key="id">{topic.TopicId}</Code>],
    [m.fields.GroupID, topic.GroupID ? <Code key="g">{topic.GroupID}</Code> : none],
    [m.fields.TopicName, text(topic.TopicName)],
    [m.fields.Introduction, text(topic.Introduction)],
    [m.fields.Notification, text(topic.Notification)],
    [
      m.fields.FaceUrl,
      topic.FaceUrl ? (
        <Group gap="xs" key="f" wrap="nowrap">
          <Avatar src={topic.FaceUrl} size="sm" alt="" />
          <Text size="sm" style={{ wordBreak: 'break-all' }}>
            {topic.FaceUrl}
          </Text>
        </Group>
      ) : (
        none
      ),
    ],
    [m.fields.CustomString, text(topic.CustomString)],
    [
      m.fields.ShutUpAllFlag,
      <Badge key="mute" color={topic.ShutUpAllFlag === 1 ? 'orange' : 'gray'} variant="light" tt="none">
        {topic.ShutUpAllFlag === 1 ? m.list.on : m.list.off}
      </Badge>,
    ],
    [m.fields.CreateTime, time(topic.CreateTime)],
    [m.fields.LastMsgTime, time(topic.LastMsgTime)],
    [m.fields.NextMsgSeq, topic.NextMsgSeq ?? none],
    [
      m.fields.TopicDefinedData,
      topic.TopicDefinedData?.length ? (
        <Stack gap={2} key="data">
          {topic.TopicDefinedData.map((d) => (
            <Text size="sm" key={d.Key}>
              <Code>{d.Key}</Code> = {JSON.stringify(d.Value)}
            </Text>
          ))}
        </Stack>
      ) : (
        none
      ),
    ],
  ];
  const name = topic.TopicName || topic.TopicId || '';
  return (
    <Modal opened onClose={onClose} title={m.details.title(name)} size="lg">
      <Stack gap="sm">
        <Table variant="vertical" withTableBorder layout="fixed">
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={170} scope="row">
                  {label}
                </Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {m.details.close}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
