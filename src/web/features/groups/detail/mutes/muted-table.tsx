/** The muted members of a group (virtualized), with selection, their end time and per-row actions. */
import { ActionIcon, Anchor, Badge, Checkbox, Group, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconVolume } from '@tabler/icons-react';
import { Link } from 'react-router';
import { VirtualTable, type VirtualColumn } from '../../../../components/virtual-table';
import { AccessGate } from '../../../../lib/access';
import { formatUnixSeconds, useLanguage, useMessages } from '../../../../lib/i18n/i18n';
import { mutedUntilStatus } from '../../../../lib/mute-duration';
import { mutesMessages } from './messages';
import type { MutedMember } from './queries';
import { timeLeft } from './time-left';

const GATE = 'group_open_http_svc/forbid_send_msg';

/** The table. */
export function MutedTable({
  rows,
  selected,
  onSelectedChange,
  onUnmute,
  onChange,
  busy,
}: {
  rows: readonly MutedMember[];
  selected: ReadonlySet<string>;
  onSelectedChange: (next: Set<string>) => void;
  onUnmute: (account: string) => void;
  onChange: (account: string) => void;
  busy: boolean;
}) {
  const m = useMessages(mutesMessages).table;
  const { lang } = useLanguage();
  const nowMs = Date.now();
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.account));
  const someSelected = rows.some((r) => selected.has(r.account));
  const toggle = (account: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(account);
    else next.delete(account);
    onSelectedChange(next);
  };

  const columns: VirtualColumn<MutedMember>[] = [
    {
      key: 'select',
      width: 44,
      header: (
        <Checkbox
          aria-label={m.selectAll}
          checked={allSelected}
          indeterminate={someSelected && !allSelected}
          onChange={(e) =>
            onSelectedChange(e.currentTarget.checked ? new Set(rows.map((r) => r.account)) : new Set())
          }
        />
      ),
      render: (r) => (
        <Checkbox
          aria-label={m.select(r.account)}
          checked={selected.has(r.account)}
          onChange={(e) => toggle(r.account, e.currentTarget.checked)}
        />
      ),
    },
    {
      key: 'account',
      header: m.account,
      width: '30%',
      render: (r) => (
        <Anchor
          component={Link}
          to={`/users/${encodeURIComponent(r.account)}`}
          ff="monospace"
          size="sm"
          aria-label={m.openUser(r.account)}
        >
          {r.account}
        </Anchor>
      ),
    },
    {
      key: 'until',
      header: m.until,
      width: '28%',
      render: (r) => {
        const s = mutedUntilStatus(r.mutedUntil);
        return (
          <Badge color="orange" variant="light" tt="none" size="lg" radius="sm">
            {s.kind === 'until' ? formatUnixSeconds(s.endsAtMs / 1000, lang) : m.forever}
          </Badge>
        );
      },
    },
    {
      key: 'left',
      header: m.left,
      render: (r) => {
        const s = mutedUntilStatus(r.mutedUntil);
        if (s.kind !== 'until')
          return (
            <Text size="sm" c="dimmed">
              ∞
            </Text>
          );
        const left = (s.endsAtMs - nowMs) / 1000;
        return (
          <Text size="sm" c={left > 0 ? undefined : 'dimmed'}>
            {left > 0 ? timeLeft(left, lang) : m.ended}
          </Text>
        );
      },
    },
    {
      key: 'actions',
      header: m.actions,
      width: 110,
      render: (r) => (
        <Group gap={4} wrap="nowrap">
          <AccessGate what={GATE}>
            {(disabled) => (
              <Tooltip label={m.changeOne(r.account)} withArrow>
                <ActionIcon
                  variant="subtle"
                  aria-label={m.changeOne(r.account)}
                  disabled={disabled || busy}
                  onClick={() => onChange(r.account)}
                >
                  <IconPencil size={16} />
                </ActionIcon>
              </Tooltip>
            )}
          </AccessGate>
          <AccessGate what={GATE}>
            {(disabled) => (
              <Tooltip label={m.unmuteOne(r.account)} withArrow>
                <ActionIcon
                  variant="subtle"
                  color="blue"
                  aria-label={m.unmuteOne(r.account)}
                  disabled={disabled || busy}
                  onClick={() => onUnmute(r.account)}
                >
                  <IconVolume size={16} />
                </ActionIcon>
              </Tooltip>
            )}
          </AccessGate>
        </Group>
      ),
    },
  ];

  return (
    <VirtualTable
      rows={rows}
      columns={columns}
      rowKey={(r) => r.account}
      label={m.label}
      rowHeight={48}
      maxHeight={480}
    />
  );
}
