/** An audit result as text in a coloured badge (the text carries the meaning; colour only helps). */
import { HintBadge } from '../../components/hint-badge';
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
    <HintBadge
      label={m.results[result]}
      hint={m.resultHints[result]}
      color={colors[result]}
      hintWidth={260}
    />
  );
}
