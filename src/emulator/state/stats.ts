/**
 * Daily operations statistics (../shared/im-api/13-operations.md `getappinfo`): one row of counters
 * per Beijing-time day. A finished day's row is published (frozen) the first time it is read after
 * the day ends; until then it is derived live from the store (`stats-day.ts`) plus whatever other
 * areas `record` (friend pairs, group joins, webhooks...). The demo seed supplies 30 published days.
 */
import { z } from 'zod';
import type { AppInfoMetric } from '../../api/endpoints/openconfigsvr/getappinfo';
import type { StoreSlice } from '../slice';
import type { Store } from '../store';
import { beijingDay, bump, dayName, dayStart, deriveDay } from './stats-day';
import type { DayFigures } from './stats-day';

/** How many finished days `getappinfo` covers (13-operations.md: the last 30 days). */
export const STATS_DAYS = 30;

const figuresSchema = z.record(z.string(), z.number());
const savedSchema = z.object({
  /** Published rows by `YYYYMMDD`. */
  published: z.array(z.tuple([z.string(), figuresSchema])),
  /** Counters recorded by other areas for days not yet published. */
  recorded: z.array(z.tuple([z.string(), figuresSchema])),
  /** Whether `rows` also answers today so far (a demo option; the real service does not). */
  includeToday: z.boolean(),
});

/** The stats slice's saved form (what the demo seed builds). */
export type StatsSaved = z.infer<typeof savedSchema>;

/** One answered day: its `YYYYMMDD` and figures. */
export interface StatsDay {
  date: string;
  figures: DayFigures;
}

const byDate = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Published and in-progress daily statistics (13-operations.md `getappinfo` "Emulator rules"). */
export class StatsSlice implements StoreSlice<StatsSaved> {
  readonly key = 'stats';
  readonly schema = savedSchema;
  /** Also answer today's figures so far (newest row), for demos; off = only finished days. */
  includeToday = false;
  private readonly published = new Map<string, DayFigures>();
  private readonly recorded = new Map<string, DayFigures>();

  constructor(private readonly store: Store) {}

  load(data: StatsSaved | undefined): void {
    this.published.clear();
    this.recorded.clear();
    for (const [date, f] of data?.published ?? []) this.published.set(date, { ...f });
    for (const [date, f] of data?.recorded ?? []) this.recorded.set(date, { ...f });
    this.includeToday = data?.includeToday ?? false;
  }

  snapshot(): StatsSaved {
    return {
      published: [...this.published].map(([d, f]): [string, DayFigures] => [d, { ...f }]).sort(byDate),
      recorded: [...this.recorded].map(([d, f]): [string, DayFigures] => [d, { ...f }]).sort(byDate),
      includeToday: this.includeToday,
    } as StatsSaved;
  }

  /** Statistics are app-wide counts: deleting an account changes no published day. */
  purgeUser(): void {}

  summary(): Record<string, number> {
    return { publishedDays: this.published.size };
  }

  /** Adds `n` to a metric of the day containing `nowSeconds` (for other areas: ChainIncrease, joins, webhooks...). */
  record(metric: AppInfoMetric, nowSeconds: number, n = 1): void {
    const date = dayName(beijingDay(nowSeconds));
    const f = this.recorded.get(date) ?? {};
    bump(f, metric, n);
    this.recorded.set(date, f);
  }

  /** A day's figures as they stand: published, or derived live plus recorded counters. */
  figures(day: number): DayFigures {
    const date = dayName(day);
    const done = this.published.get(date);
    if (done) return { ...done };
    const f = deriveDay(this.store, dayStart(day));
    for (const [metric, n] of Object.entries(this.recorded.get(date) ?? {})) {
      bump(f, metric as AppInfoMetric, n ?? 0);
    }
    return f;
  }

  /**
   * The rows `getappinfo` answers at `nowSeconds`, newest first: the last 30 finished Beijing days
   * (plus today so far with `includeToday`), none before the app existed (its oldest account).
   * A finished day read for the first time is published, so later changes do not rewrite it.
   */
  rows(nowSeconds: number): StatsDay[] {
    const today = beijingDay(nowSeconds);
    let born = today;
    for (const a of this.store.accounts.values()) born = Math.min(born, beijingDay(a.createdAt));
    for (const date of this.published.keys()) born = Math.min(born, dayFromName(date));
    const out: StatsDay[] = [];
    const newest = this.includeToday ? today : today - 1;
    for (let day = newest; day >= today - STATS_DAYS && day >= born; day--) {
      const figures = this.figures(day);
      const date = dayName(day);
      if (day < today && !this.published.has(date)) {
        this.published.set(date, figures);
        this.recorded.delete(date);
      }
      out.push({ date, figures });
    }
    for (const date of [...this.published.keys()]) {
      if (dayFromName(date) < today - 2 * STATS_DAYS) this.published.delete(date);
    }
    return out;
  }
}

function dayFromName(date: string): number {
  return Math.floor(Date.UTC(+date.slice(0, 4), +date.slice(4, 6) - 1, +date.slice(6, 8)) / 86_400_000);
}
