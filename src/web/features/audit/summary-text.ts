/** An audit entry's one-line summary in the operator's language. */
import { renderAuditSummary } from '../../../api/audit-summary';
import type { AuditEntry } from '../../../api/console-api';
import type { Language } from '../../lib/i18n/i18n';

/**
 * The structured summary rendered in `lang` (the same renderer made the stored English line), or the
 * stored line itself for entries recorded before the proxy kept the structured one.
 */
export function summaryText(entry: Pick<AuditEntry, 'summary' | 'summaryData'>, lang: Language): string {
  return entry.summaryData ? renderAuditSummary(entry.summaryData, lang) : entry.summary;
}
