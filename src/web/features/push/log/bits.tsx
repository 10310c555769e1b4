/** Small pieces of the push log: the outcome badge, a local time, the content line and the audience line. */
import { Group, Text } from '@mantine/core';
import type { PushLogEntry, PushOutcome } from '../../../../api/push-log';
import { HintBadge } from '../../../components/hint-badge';
import { useMessages } from '../../../lib/i18n/i18n';
import { conditionParts, contentOf, offlineTextOf } from './describe';
import { pushLogMessages } from './messages';

const colors: Record<PushOutcome, string> = { pending: 'yellow', ok: 'teal', failed: 'red' };

/** The outcome as text in a coloured badge (the text carries the meaning; colour only helps). */
export function OutcomeBadge({ outcome }: { outcome: PushOutcome }) {
  const m = useMessages(pushLogMessages);
  return (
    <HintBadge
      label={m.outcomes[outcome]}
      hint={m.outcomeHints[outcome]}
      color={colors[outcome]}
      hintWidth={280}
    />
  );
}

/** The message as one line: offline title/description when set, else the elements. */
export function useContentLine(request: PushLogEntry['request']): string {
  const m = useMessages(pushLogMessages);
  const offline = offlineTextOf(request);
  const elements = contentOf(request)
    .map((e) => (e.text ? `${m.elements[e.kind]}: ${e.text}` : m.elements[e.kind]))
    .join(' · ');
  const head = [offline.title, offline.desc].filter(Boolean).join(' — ');
  return head ? `${head} (${elements})` : elements;
}

/** The audience as a compact line: "Everyone", or each condition part with its values. */
export function AudienceLine({ entry, compact }: { entry: PushLogEntry; compact?: boolean }) {
  const m = useMessages(pushLogMessages);
  const parts = conditionParts(entry.request);
  if (parts.length === 0) {
    return (
      <Text size="sm" fw={600}>
        {compact ? m.audiences.all : m.audienceAll}
      </Text>
    );
  }
  return (
    <Group gap={4} wrap={compact ? 'nowrap' : 'wrap'} style={{ overflow: 'hidden' }}>
      {parts.map((p) => (
        <Text key={p.key} size="sm" truncate={compact ? 'end' : undefined}>
          <Text span size="xs" c="dimmed">
            {m.conditionParts[p.key]}:
          </Text>{' '}
          {p.values.join(', ')}
        </Text>
      ))}
    </Group>
  );
}
