/**
 * Pure arithmetic of the statistics dashboard: calendar days, the chosen period and the one before it,
 * changes against earlier days, period summaries by metric kind, and CSV. No React, so it is unit tested.
 */
import type { MetricKind } from '../../../api/app-stats';
import { toCsv, type CsvValue } from '../../../api/csv';

/** One published day: `YYYYMMDD` and its values (numbers for counters, text for identity fields). */
export interface DayRow {
  date: string;
  values: Record<string, string | undefined>;
}

const DAY_MS = 86_400_000;

/** `YYYYMMDD` → milliseconds at UTC midnight of that calendar day (the day itself is Beijing time). */
export function dayMs(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8)));
}

/** Milliseconds → `YYYYMMDD`. */
export function dayName(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** `YYYYMMDD` shifted by whole days. */
export function addDays(date: string, days: number): string {
  return dayName(dayMs(date) + days * DAY_MS);
}

/** `YYYYMMDD` → `YYYY-MM-DD`, the one date format the table and CSV use in both languages. */
export function isoDay(date: string): string {
  return `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
}

/** True for a well-formed `YYYYMMDD` that is a real calendar day. */
export function isDayName(value: string | null | undefined): value is string {
  return !!value && /^\d{8}$/.test(value) && dayName(dayMs(value)) === value;
}

/** Every calendar day from `from` to `to`, both included, oldest first. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let ms = dayMs(from); ms <= dayMs(to) && out.length < 400; ms += DAY_MS) out.push(dayName(ms));
  return out;
}

/** A period of whole days, both ends included. */
export interface Period {
  from: string;
  to: string;
}

/** The period of the same length that ends the day before `period` starts. */
export function previousPeriod(period: Period): Period {
  const length = daysBetween(period.from, period.to).length;
  return { from: addDays(period.from, -length), to: addDays(period.from, -1) };
}

/** A counter's value as a number; `null` when the day has no row or the field is missing or not a number. */
export function numberOf(row: DayRow | undefined, metric: string): number | null {
  const raw = row?.values[metric];
  if (raw === undefined || raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

/** A change from `before` to `now`: the difference and the ratio (null ratio when `before` is 0). */
export interface Change {
  delta: number;
  ratio: number | null;
}

/** The change between two values; null when either is unknown. */
export function change(now: number | null, before: number | null): Change | null {
  if (now === null || before === null) return null;
  return { delta: now - before, ratio: before === 0 ? null : (now - before) / before };
}

/**
 * One number for a metric over a period: the sum of a `count`, the latest value of a `total`, the highest
 * day of a `peak`. Null when no day of the period has a value.
 */
export function summarise(values: readonly (number | null)[], kind: MetricKind): number | null {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return null;
  if (kind === 'total') return known[known.length - 1]!;
  if (kind === 'peak') return Math.max(...known);
  return known.reduce((a, b) => a + b, 0);
}

/** True when every counter of a published day is 0: a day without recorded activity, not missing data. */
export function isQuietDay(row: DayRow, metrics: readonly string[]): boolean {
  return metrics.every((m) => numberOf(row, m) === 0);
}

/** A figure as the API wrote it ("-5", "12.5") is a number to a spreadsheet; any other text stays text. */
function csvFigure(cell: string): CsvValue {
  return /^-?\d+(\.\d+)?$/.test(cell) && String(Number(cell)) === cell ? Number(cell) : cell;
}

/** The table as CSV (the shared writer: RFC 4180, formula guard), its figures written as numbers. */
export function statsCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return toCsv(
    header,
    rows.map((r) => r.map(csvFigure)),
  );
}
