/** The per-item report of a finished (or cancelled) job as CSV rows, in the operator's language. */
import { toCsv } from '../../../api/csv';
import { explainImError } from '../../../api/errors';
import type { Language } from '../i18n/i18n';
import type { ItemResult, ItemStatus } from './item-results';

/** One column describing the item itself (UserID, line number...). */
export interface ReportColumn<I> {
  header: string;
  value: (item: I) => string | number | undefined;
}

/** What the report needs besides the results. */
export interface ReportOptions<I> {
  columns: readonly ReportColumn<I>[];
  /** Words for each status ("imported", "already existed"...). */
  statusText: (status: ItemStatus | 'pending') => string;
  /** Headers of the status, code, reason, explanation and detail columns. */
  headers: { status: string; code: string; reason: string; explanation: string; note: string };
  lang: Language;
  /** Words for a task-specific note; as is when omitted. */
  noteText?: (note: string) => string;
  /** Only these statuses (e.g. failures); all when omitted. */
  only?: readonly (ItemStatus | 'pending')[];
}

/** Builds the CSV text: one row per item, in input order. */
export function jobReportCsv<I>(results: readonly ItemResult<I>[], options: ReportOptions<I>): string {
  const { columns, statusText, headers, lang, only, noteText = (n: string) => n } = options;
  const rows = results
    .filter((r) => !only || only.includes(r.status))
    .map((r) => {
      const explained = r.code !== undefined ? explainImError(r.code) : undefined;
      return [
        ...columns.map((c) => c.value(r.item)),
        statusText(r.status),
        r.code,
        r.reason,
        explained ? `${explained.meaning[lang]} ${explained.hint[lang]}`.trim() : undefined,
        r.note !== undefined ? noteText(r.note) : undefined,
      ];
    });
  return toCsv(
    [
      ...columns.map((c) => c.header),
      headers.status,
      headers.code,
      headers.reason,
      headers.explanation,
      headers.note,
    ],
    rows,
  );
}
