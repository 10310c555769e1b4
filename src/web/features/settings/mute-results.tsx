/** The checked accounts' global mutes, one row each (virtualized), with the last change's per-account result. */
import { Anchor, Badge, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { VirtualTable, type VirtualColumn } from '../../components/virtual-table';
import { describeImError } from '../../lib/im-error-text';
import { formatUnixSeconds, useLanguage, useMessages } from '../../lib/i18n/i18n';
import { settingsMessages } from './messages';
import { muteStatus } from '../../lib/mute-duration';
import { imCode, type MuteChange, type MuteState } from './queries';

/** The results table. */
export function MuteResults({
  states,
  changes,
}: {
  states: MuteState[];
  changes: ReadonlyMap<string, MuteChange>;
}) {
  const m = useMessages(settingsMessages).mutes.results;
  const { lang } = useLanguage();

  const failure = (error: unknown, render: (code: number, meaning: string) => string) => {
    const code = imCode(error);
    if (code !== undefined) return render(code, describeImError(code, lang).meaning);
    return error instanceof Error ? error.message : String(error);
  };

  const cell = (state: MuteState, which: 'c2c' | 'group') => {
    if (!state.ok)
      return (
        <Text size="sm" c="red">
          {failure(state.error, m.checkFailed)}
        </Text>
      );
    const s = muteStatus(state[which], state.checkedAt);
    if (s.kind === 'none')
      return (
        <Text size="sm" c="dimmed">
          {m.notMuted}
        </Text>
      );
    return (
      <Badge color="orange" variant="light" tt="none" size="lg" radius="sm">
        {s.kind === 'forever' ? m.forever : m.until(formatUnixSeconds(s.endsAtMs / 1000, lang))}
      </Badge>
    );
  };

  const columns: VirtualColumn<MuteState>[] = [
    {
      key: 'user',
      header: m.userId,
      width: '24%',
      render: (s) => (
        <Anchor
          component={Link}
          to={`/users/${encodeURIComponent(s.userId)}?tab=status`}
          ff="monospace"
          size="sm"
          aria-label={m.openUser(s.userId)}
        >
          {s.userId}
        </Anchor>
      ),
    },
    { key: 'c2c', header: m.c2c, width: '26%', render: (s) => cell(s, 'c2c') },
    { key: 'group', header: m.group, width: '26%', render: (s) => cell(s, 'group') },
    {
      key: 'result',
      header: m.result,
      render: (s) => {
        const c = changes.get(s.userId);
        if (!c) return null;
        return c.ok ? (
          <Text size="sm" c="teal">
            ✓ {m.changed}
          </Text>
        ) : (
          <Text size="sm" c="red">
            ✗ {failure(c.error, m.failed)}
          </Text>
        );
      },
    },
  ];

  const muted = states.filter((s) => s.ok && (s.c2c > 0 || s.group > 0)).length;
  return (
    <>
      <Group justify="space-between" mb="xs">
        <Text size="sm" role="status">
          {m.summary(states.length, muted)}
        </Text>
      </Group>
      <VirtualTable rows={states} columns={columns} rowKey={(s) => s.userId} label={m.label} rowHeight={48} />
    </>
  );
}
