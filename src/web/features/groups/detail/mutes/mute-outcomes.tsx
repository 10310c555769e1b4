/** The last mute change, account by account (virtualized: a change may cover hundreds of accounts). */
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { VirtualTable, type VirtualColumn } from '../../../../components/virtual-table';
import { ImApiError } from '../../../../lib/api-client';
import { describeImError } from '../../../../lib/im-error-text';
import { formatUnixSeconds, useLanguage, useMessages } from '../../../../lib/i18n/i18n';
import { mutedUntilStatus } from '../../../../lib/mute-duration';
import { mutesMessages } from './messages';
import type { MuteOutcome } from './queries';

const good = new Set<MuteOutcome['kind']>(['muted', 'unmuted']);

/** The results panel. */
export function MuteOutcomes({ outcomes, onDismiss }: { outcomes: MuteOutcome[]; onDismiss: () => void }) {
  const m = useMessages(mutesMessages).results;
  const { lang } = useLanguage();
  const until = (mutedUntil: number) => {
    const s = mutedUntilStatus(mutedUntil);
    return s.kind === 'until' ? formatUnixSeconds(s.endsAtMs / 1000, lang) : '';
  };
  const text = (o: MuteOutcome): string => {
    switch (o.kind) {
      case 'muted':
        return mutedUntilStatus(o.mutedUntil).kind === 'forever'
          ? m.mutedForever
          : m.muted(until(o.mutedUntil));
      case 'unmuted':
        return m.unmuted;
      case 'notListed':
        return m.notListed;
      case 'stillMuted':
        return m.stillMuted(until(o.mutedUntil));
      case 'unconfirmed':
        return m.unconfirmed;
      case 'failed':
        if (o.error instanceof ImApiError)
          return m.failed(o.error.code, describeImError(o.error.code, lang).meaning);
        return o.error instanceof Error ? o.error.message : String(o.error);
    }
  };
  const ok = outcomes.filter((o) => good.has(o.kind)).length;
  const columns: VirtualColumn<MuteOutcome>[] = [
    {
      key: 'account',
      header: m.account,
      width: '30%',
      render: (o) => (
        <Text size="sm" ff="monospace">
          {o.account}
        </Text>
      ),
    },
    {
      key: 'result',
      header: m.result,
      render: (o) => (
        <Text size="sm" c={good.has(o.kind) ? 'teal' : o.kind === 'failed' ? 'red' : 'orange'}>
          {good.has(o.kind) ? '✓' : '✗'} {text(o)}
        </Text>
      ),
    },
  ];
  return (
    <Alert
      color={ok === outcomes.length ? 'teal' : 'orange'}
      variant="light"
      title={m.title}
      role="status"
      aria-label={m.title}
    >
      <Stack gap="xs">
        <Group justify="space-between">
          <Text size="sm">{m.summary(ok, outcomes.length - ok)}</Text>
          <Button size="xs" variant="subtle" onClick={onDismiss}>
            {m.dismiss}
          </Button>
        </Group>
        <VirtualTable
          rows={outcomes}
          columns={columns}
          rowKey={(o) => o.account}
          label={m.label}
          rowHeight={40}
          maxHeight={260}
        />
      </Stack>
    </Alert>
  );
}
