/** An audit result as text in a coloured badge (the text carries the meaning; colour only helps). */
import { Badge, Tooltip } from '@mantine/core';
import { useMessages } from '../../lib/i18n/i18n';
import type { AuditResult } from './filters';
import { auditMessages } from './messages';

const colors: Record<AuditResult, string> = {
  pending: 'gray',
  ok: 'teal',
  partial: 'yellow',
  im_error: 'orange',
  refused: 'red',
  failed: 'red',
};

export function ResultBadge({ result }: { result: AuditResult }) {
  const m = useMessages(auditMessages);
  return (
    <Tooltip label={m.resultHints[result]} withArrow multiline w={260}>
      <Badge color={colors[result]} variant="light" tt="none">
        {m.results[result]}
      </Badge>
    </Tooltip>
  );
}
