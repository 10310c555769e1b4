/**
 * The columns of the Members table: a selection checkbox, UserID, role, name card, join and last-message
 * times, mute end, the chosen custom fields (when asked for) and the button that opens the member's panel.
 * A row not loaded yet (a number) shows a placeholder.
 */
import { ActionIcon, Checkbox, Skeleton, Text, Tooltip } from '@mantine/core';
import { IconSettings } from '@tabler/icons-react';
import { useMemo, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import type { GroupMember } from '../../../../../api/group';
import type { VirtualColumn } from '../../../../components/virtual-table';
import { useMessages } from '../../../../lib/i18n/i18n';
import { MuteUntilText, RoleBadge, TimeText } from './member-cells';
import type { MemberRow } from './member-rows';
import { membersMessages } from './messages';
import type { MutedMember } from './queries';

/** The columns; `showData` adds the custom-fields column, `onManage` opens a member's panel. */
export function useMemberColumns({
  selected,
  setSelected,
  showData,
  onManage,
}: {
  selected: ReadonlySet<string>;
  setSelected: Dispatch<SetStateAction<ReadonlySet<string>>>;
  showData: boolean;
  onManage: (id: string) => void;
}): VirtualColumn<MemberRow | MutedMember>[] {
  const m = useMessages(membersMessages);
  return useMemo((): VirtualColumn<MemberRow | MutedMember>[] => {
    const toggle = (id: string, on: boolean) =>
      setSelected((cur) => {
        const next = new Set(cur);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      });
    const placeholder = <Skeleton height={12} radius="sm" width="70%" aria-label={m.placeholder} />;
    const cell =
      (render: (x: GroupMember) => ReactNode) =>
      (row: MemberRow | MutedMember): ReactNode =>
        typeof row === 'number' ? placeholder : render(row as GroupMember);
    return [
      {
        key: 'select',
        header: m.columns.select,
        width: 70,
        render: (row) =>
          typeof row === 'number' ? null : (
            <Checkbox
              aria-label={m.columns.selectRow(row.Member_Account)}
              checked={selected.has(row.Member_Account)}
              onChange={(e) => toggle(row.Member_Account, e.currentTarget.checked)}
            />
          ),
      },
      {
        key: 'id',
        header: m.columns.userId,
        render: cell((x) => (
          <Text
            size="sm"
            ff="monospace"
            lineClamp={1}
            title={x.Member_Account}
            style={{ wordBreak: 'break-all' }}
          >
            {x.Member_Account}
          </Text>
        )),
      },
      { key: 'role', header: m.columns.role, width: 120, render: cell((x) => <RoleBadge role={x.Role} />) },
      {
        key: 'card',
        header: m.columns.nameCard,
        render: cell((x) =>
          x.NameCard ? (
            <Text size="sm" lineClamp={1} title={x.NameCard}>
              {x.NameCard}
            </Text>
          ) : (
            <Text span size="sm" c="dimmed">
              —
            </Text>
          ),
        ),
      },
      { key: 'joined', header: m.columns.joined, render: cell((x) => <TimeText seconds={x.JoinTime} />) },
      {
        key: 'sent',
        header: m.columns.lastSent,
        render: cell((x) => <TimeText seconds={x.LastSendMsgTime} never={x.LastSendMsgTime !== undefined} />),
      },
      {
        key: 'muted',
        header: m.columns.mutedUntil,
        render: cell((x) => <MuteUntilText until={x.MuteUntil ?? x.ShutUpUntil} />),
      },
      ...(showData
        ? [
            {
              key: 'data',
              header: m.columns.data,
              render: cell((x) => {
                const text = (x.AppMemberDefinedData ?? []).map((d) => `${d.Key}=${d.Value}`).join(', ');
                return text ? (
                  <Text size="sm" lineClamp={1} title={text} style={{ wordBreak: 'break-all' }}>
                    {text}
                  </Text>
                ) : (
                  <Text span size="sm" c="dimmed">
                    —
                  </Text>
                );
              }),
            },
          ]
        : []),
      {
        key: 'actions',
        header: m.columns.actions,
        width: 90,
        render: cell((x) => (
          <Tooltip label={m.columns.manage(x.Member_Account)}>
            <ActionIcon
              variant="subtle"
              aria-label={m.columns.manage(x.Member_Account)}
              onClick={() => onManage(x.Member_Account)}
            >
              <IconSettings size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        )),
      },
    ];
  }, [m, selected, setSelected, showData, onManage]);
}
