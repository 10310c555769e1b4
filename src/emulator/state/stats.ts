/**
 * Daily operations statistics (../shared/im-api/13-operations.md `getappinfo`): one row of counters
 * per Beijing-time day. A finished day's row is published (frozen) the first time it is read after
 * the day ends; until then it is derived live from the store (`stats-day.ts`) plus whatever other
 * areas `record` (friend pairs, group joins, webhooks...) and what is `keep`-ed of things that left
 * the store before their day was published (disbanded groups, deleted topics, AVChatRoom messages
 * out of the buffer, earlier registrations of re-imported accounts). The demo seed supplies 30
 * published days.
 */
import { z } from 'zod';
import type { AppInfoMetric } from '../../api/endpoints/openconfigsvr/getappinfo';
import type { StoreSlice } from '../slice';
import type { Store } from '../store';
import type { GroupMessage, GroupRecord } from './groups-model';
import { beijingDay, bump, dayName, dayStart, deliveries, deriveDay } from './stats-day';
import type { DayFigures, KeptGroup, KeptGroupMessage } from './stats-day';

/** How many finished days `getappinfo` covers (13-operations.md: the last 30 days). */
export const STATS_DAYS = 30;

const figuresSchema = z.record(z.string(), z.number());
const keptSchema = z.object({
  groups: z.array(z.object({ listSeq: z.number(), createTime: z.number(), destroyedAt: z.number() })),
  messages: z.array(
    z.object({ listSeq: z.number(), time: z.number(), from: z.string(), delivered: z.number() }),
  ),
  registrations: z.array(z.number()),
});
const savedSchema = z.object({
  /** Published rows by `YYYYMMDD`. */
  published: z.array(z.tuple([z.string(), figuresSchema])),
  /** Counters recorded by other areas for days not yet published. */
  recorded: z.array(z.tuple([z.string(), figuresSchema])),
  /** Whether `rows` also answers today so far (a demo option; the real service does not). */
  includeToday: z.boolean(),
  /** What is kept of things gone from the store (`KeptStats`); absent = nothing. */
  kept: keptSchema.optional(),
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
  private keptGroups: KeptGroup[] = [];
  private keptMessages: KeptGroupMessage[] = [];
  private readonly keptRegistrations: number[] = [];

  constructor(private readonly store: Store) {}

  load(data: StatsSaved | undefined): void {
    this.published.clear();
    this.recorded.clear();
    for (const [date, f] of data?.published ?? []) this.published.set(date, { ...f });
    for (const [date, f] of data?.recorded ?? []) this.recorded.set(date, { ...f });
    this.includeToday = data?.includeToday ?? false;
    this.keptGroups = (data?.kept?.groups ?? []).map((g) => ({ ...g }));
    this.keptMessages = (data?.kept?.messages ?? []).map((m) => ({ ...m }));
    this.keptRegistrations.splice(0, Infinity, ...(data?.kept?.registrations ?? []));
  }

  snapshot(): StatsSaved {
    return {
      published: [...this.published].map(([d, f]): [string, DayFigures] => [d, { ...f }]).sort(byDate),
      recorded: [...this.recorded].map(([d, f]): [string, DayFigures] => [d, { ...f }]).sort(byDate),
      includeToday: this.includeToday,
      ...(this.keptGroups.length || this.keptMessages.length || this.keptRegistrations.length
        ? {
            kept: {
              groups: this.keptGroups.map((g) => ({ ...g })),
              messages: this.keptMessages.map((m) => ({ ...m })),
              registrations: [...this.keptRegistrations],
            },
          }
        : {}),
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

  /**
   * Keeps what days not yet published need of group (or topic) messages about to leave the store:
   * time, sender and deliveries (as stored at send time).
   */
  keepGroupMessages(group: GroupRecord, messages: readonly GroupMessage[], nowSeconds: number): void {
    for (const m of messages) {
      if (!this.open(beijingDay(m.time), nowSeconds)) continue;
      const delivered = m.delivered ?? deliveries(group.members, m.from);
      this.keptMessages.push({ listSeq: group.listSeq, time: m.time, from: m.from, delivered });
    }
  }

  /** Keeps what days not yet published need of a group about to be disbanded, its messages included. */
  keepGroup(group: GroupRecord, nowSeconds: number): void {
    this.keepGroupMessages(group, group.messages, nowSeconds);
    for (const t of group.topics.values()) this.keepGroupMessages(group, t.messages, nowSeconds);
    if (this.open(beijingDay(nowSeconds), nowSeconds)) {
      this.keptGroups.push({ listSeq: group.listSeq, createTime: group.createTime, destroyedAt: nowSeconds });
    }
  }

  /** Keeps the earlier registration of an account imported again (it stays in `RegistUserNumTotal`). */
  keepRegistration(createdAt: number): void {
    this.keptRegistrations.push(createdAt);
  }

  /** Whether a day may still be answered unpublished (within the answered window, not frozen). */
  private open(day: number, nowSeconds: number): boolean {
    return day >= beijingDay(nowSeconds) - STATS_DAYS && !this.published.has(dayName(day));
  }

  /** A day's figures as they stand: published, or derived live plus recorded counters. */
  figures(day: number): DayFigures {
    const date = dayName(day);
    const done = this.published.get(date);
    if (done) return { ...done };
    const f = deriveDay(this.store, dayStart(day), {
      groups: this.keptGroups,
      messages: this.keptMessages,
      registrations: this.keptRegistrations,
    });
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
    // A kept group counts on its creation day up to its disband day: once that day is frozen (or
    // out of the window), every day it counts in is.
    this.keptGroups = this.keptGroups.filter((g) => this.open(beijingDay(g.destroyedAt), nowSeconds));
    this.keptMessages = this.keptMessages.filter((m) => this.open(beijingDay(m.time), nowSeconds));
    return out;
  }
}

function dayFromName(date: string): number {
  return Math.floor(Date.UTC(+date.slice(0, 4), +date.slice(4, 6) - 1, +date.slice(6, 8)) / 86_400_000);
}
