/**
 * The read-only table of the Info tab: every `get_group_info` field with its bilingual label and API name,
 * each value in words (times, type, join options, owner link, app-defined data), "not set" when absent.
 */
import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import {
  applyJoinOptionLabels,
  GROUP_INFO_FIELDS,
  groupInfoFieldLabels,
  groupTypeInfo,
  inviteJoinOptionLabels,
  type ApplyJoinOption,
  type GroupInfoField,
  type GroupType,
  type InviteJoinOption,
} from '../../../../api/group';
import { formatUnixSeconds, useLanguage, useMessages, type Language } from '../../../lib/i18n/i18n';
import { groupsMessages } from '../messages';
import { CUSTOM_DATA_MEMBER_LIMIT, type GroupInfo } from '../queries';

const TIME_FIELDS: readonly GroupInfoField[] = ['CreateTime', 'LastInfoTime', 'LastMsgTime'];

/** Every field of one group, labelled. */
export function InfoFieldsTable({ group }: { group: GroupInfo }) {
  const m = useMessages(groupsMessages);
  const { lang } = useLanguage();
  return (
    <Table withTableBorder striped aria-label={m.info.title}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="30%">{m.info.field}</Table.Th>
          <Table.Th>{m.info.value}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {GROUP_INFO_FIELDS.filter((f) => f !== 'MemberList').map((f) => (
          <Table.Tr key={f}>
            <Table.Th scope="row" fw={500}>
              {groupInfoFieldLabels[f][lang]}
              <Text size="xs" c="dimmed" ff="monospace">
                {f}
              </Text>
            </Table.Th>
            <Table.Td style={{ wordBreak: 'break-word' }}>
              {renderField(group, f, lang, {
                notSet: m.info.notSet,
                customDataUnread: m.info.customDataUnread(CUSTOM_DATA_MEMBER_LIMIT),
                on: m.list.on,
                off: m.list.off,
                yes: m.info.topicsOn,
                no: m.info.topicsOff,
              })}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

interface FieldWords {
  notSet: string;
  customDataUnread: string;
  on: string;
  off: string;
  yes: string;
  no: string;
}

function renderField(group: GroupInfo, f: GroupInfoField, lang: Language, w: FieldWords): ReactNode {
  const notSet = w.notSet;
  const raw = (group as Record<string, unknown>)[f];
  if (f === 'AppDefinedData' && raw === undefined && (group.MemberNum ?? 0) > CUSTOM_DATA_MEMBER_LIMIT)
    return (
      <Text c="dimmed" size="sm">
        {w.customDataUnread}
      </Text>
    );
  if (raw === undefined || raw === null || raw === '') {
    return (
      <Text c="dimmed" size="sm">
        {notSet}
      </Text>
    );
  }
  if (TIME_FIELDS.includes(f) && typeof raw === 'number')
    return raw === 0 ? notSet : formatUnixSeconds(raw, lang);
  switch (f) {
    case 'Type':
      return raw === 'BChatRoom' ? raw : groupTypeInfo[raw as GroupType].label[lang];
    case 'Owner_Account':
      return (
        <Anchor component={Link} to={`/users/${encodeURIComponent(String(raw))}`} size="sm">
          {String(raw)}
        </Anchor>
      );
    case 'ApplyJoinOption':
      return applyJoinOptionLabels[raw as ApplyJoinOption]?.[lang] ?? String(raw);
    case 'InviteJoinOption':
      return inviteJoinOptionLabels[raw as InviteJoinOption]?.[lang] ?? String(raw);
    case 'MuteAllMember':
      return raw === 'On' ? (
        <Badge color="orange" variant="light">
          {w.on}
        </Badge>
      ) : (
        w.off
      );
    case 'SupportTopic':
      return raw === 1 ? w.yes : w.no;
    case 'AppDefinedData': {
      const items = raw as { Key: string; Value: string }[];
      if (items.length === 0)
        return (
          <Text c="dimmed" size="sm">
            {notSet}
          </Text>
        );
      return (
        <Stack gap={2}>
          {items.map((i) => (
            <Text key={i.Key} size="sm">
              <Text span ff="monospace" fw={500}>
                {i.Key}
              </Text>
              : {i.Value}
            </Text>
          ))}
        </Stack>
      );
    }
    case 'FaceUrl':
      return (
        <Anchor href={String(raw)} target="_blank" rel="noreferrer">
          {String(raw)}
        </Anchor>
      );
    default:
      return typeof raw === 'number'
        ? raw.toLocaleString()
        : typeof raw === 'object'
          ? JSON.stringify(raw)
          : String(raw);
  }
}
