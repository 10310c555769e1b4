/** The shape of the error-table data files: one section per service, one row per code. */
import type { ImErrorService } from '../errors';

/** Whether a retry is worthwhile: soon (`transient`) or only after slowing down (`rate`). */
export type Retry = 'transient' | 'rate';

/** One table row: code, meaning (en, zh), hint (en, zh), and optionally the retry class and source. */
export type Row = readonly [
  code: number,
  meaningEn: string,
  meaningZh: string,
  hintEn: string,
  hintZh: string,
  extra?: { retry?: Retry; source?: string },
];

/** One service's codes; a row's own `source` overrides the section's. */
export interface Section {
  service: ImErrorService;
  source: string;
  rows: readonly Row[];
}
