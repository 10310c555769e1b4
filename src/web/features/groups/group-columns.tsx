/**
 * The columns of the `/groups` table. Rows are group IDs; every other cell reads the group's
 * `get_group_info` answer when its batch has come (loading, the batch's per-group error, or the value).
 */
import { Anchor, Badge, Text } from '@mantine/core';
import { Link } from 'react-router';
import { groupTypeInfo } from '../../../api/group';
import type { VirtualColumn } from '../../components/virtual-table';
import { formatUnixSeconds, useLanguage, useMessages } from '../../lib/i18n/i18n';
import { groupsMessages } from './messages';
import type { GroupInfo } from './queries';

/** The columns, reading details from `details` (by group ID). */
export function useGroupColumns(details: ReadonlyMap<string, GroupInfo>): VirtualColumn<string>[] {
  const m = useMessages(groupsMessages);
  const { lang } = useLanguage();
  const dash = '—';
  return [
    {
      key: 'id',
      header: m.list.colId,
      width: '22%',
      render: (id) => (
        <Anchor component={Link} to={`/groups/${encodeURIComponent(id)}`} ff="monospace" size="sm">
          {id}
        </Anchor>
      ),
    },
    {
      key: 'name',
      header: m.list.colName,
      render: (id) => {
        const g = details.get(id);
        if (!g)
          return (
            <Text c="dimmed" size="sm">
              {m.list.detailsLoading}
            </Text>
          );
        if (g.ErrorCode !== 0)
          return (
            <Text c="red" size="sm">
              {m.list.detailsError(g.ErrorCode)}
            </Text>
          );
        return <Text size="sm">{g.Name || dash}</Text>;
      },
    },
    {
      key: 'type',
      header: m.list.colType,
      render: (id) => {
        const t = details.get(id)?.Type;
        if (!t) return dash;
        return (
          <Badge variant="light" size="sm">
            {t === 'BChatRoom' ? t : groupTypeInfo[t].sdkName}
          </Badge>
        );
      },
    },
    {
      key: 'owner',
      header: m.list.colOwner,
      render: (id) => {
        const g = details.get(id);
        if (!g) return dash;
        return g.Owner_Account ? (
          <Anchor component={Link} to={`/users/${encodeURIComponent(g.Owner_Account)}`} size="sm">
            {g.Owner_Account}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            {m.list.noOwner}
          </Text>
        );
      },
    },
    {
      key: 'members',
      header: m.list.colMembers,
      render: (id) => {
        const g = details.get(id);
        if (!g || g.MemberNum === undefined) return dash;
        return `${g.MemberNum.toLocaleString()} / ${(g.MaxMemberNum ?? 0).toLocaleString()}`;
      },
    },
    {
      key: 'mute',
      header: m.list.colMuteAll,
      render: (id) => {
        const g = details.get(id);
        if (!g?.MuteAllMember) return dash;
        return g.MuteAllMember === 'On' ? (
          <Badge color="orange" variant="light" size="sm">
            {m.list.on}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {m.list.off}
          </Text>
        );
      },
    },
    {
      key: 'created',
      header: m.list.colCreated,
      render: (id) => {
        const t = details.get(id)?.CreateTime;
        return t ? formatUnixSeconds(t, lang) : dash;
      },
    },
    {
      key: 'last',
      header: m.list.colLastMsg,
      render: (id) => {
        const g = details.get(id);
        if (!g) return dash;
        return g.LastMsgTime ? formatUnixSeconds(g.LastMsgTime, lang) : m.list.never;
      },
    },
  ];
}
