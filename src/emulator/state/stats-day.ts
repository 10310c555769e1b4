/**
 * Day arithmetic and live figures for the daily statistics of `openconfigsvr/getappinfo`
 * (../shared/im-api/13-operations.md): days are Beijing-time (UTC+8) calendar days named
 * `YYYYMMDD`, and a day's counters are derived from what the store holds for that day.
 */
import type { AppInfoMetric } from '../../api/endpoints/openconfigsvr/getappinfo';
import type { Store } from '../store';

/** Beijing time is UTC+8 (13-operations.md: days are counted in Beijing time). */
export const BEIJING_OFFSET_SECONDS = 8 * 3600;

const DAY = 86_400;

/** The numeric metrics of a day (the descriptive `AppName`/`AppId`/`Company` are added when answering). */
export type DayFigures = Partial<Record<AppInfoMetric, number>>;

/** The Beijing-time day number (days since 1970-01-01 in UTC+8) of a Unix time. */
export function beijingDay(unixSeconds: number): number {
  return Math.floor((unixSeconds + BEIJING_OFFSET_SECONDS) / DAY);
}

/** The Unix second a Beijing-time day number starts at. */
export function dayStart(day: number): number {
  return day * DAY - BEIJING_OFFSET_SECONDS;
}

/** `YYYYMMDD` of a Beijing-time day number. */
export function dayName(day: number): string {
  return new Date(day * DAY * 1000).toISOString().slice(0, 10).replaceAll('-', '');
}

/** Adds `n` to a figure. */
export function bump(f: DayFigures, metric: AppInfoMetric, n: number): void {
  f[metric] = (f[metric] ?? 0) + n;
}

/** A disbanded group, kept while a day it counts in is not published (13-operations.md). */
export interface KeptGroup {
  /** The group's creation order (`listSeq`): unique, unlike a reusable custom GroupId. */
  listSeq: number;
  createTime: number;
  destroyedAt: number;
}

/** A group or topic message no longer stored (disbanded group, deleted topic, AVChatRoom buffer). */
export interface KeptGroupMessage {
  /** The `listSeq` of its group. */
  listSeq: number;
  time: number;
  from: string;
  /** Deliveries: the group's members at send time minus the sender. */
  delivered: number;
}

/** What statistics keep of things gone from the store (see `StatsSlice.keepGroup` and friends). */
export interface KeptStats {
  groups: readonly KeptGroup[];
  messages: readonly KeptGroupMessage[];
  /** Earlier creation times of accounts deleted and imported again (the account keeps only its latest). */
  registrations: readonly number[];
}

/** Deliveries of a group message: the group's members minus the sender, at the time it is counted. */
export function deliveries(members: ReadonlyMap<string, unknown> | undefined, from: string): number {
  return Math.max(0, (members?.size ?? 1) - (members?.has(from) ? 1 : 0));
}

/**
 * What the store (plus what statistics kept of things since gone) shows about the day starting at
 * `from` (Unix seconds, 24 h long): registrations that day and so far (deleted accounts stay
 * registered), one-to-one and group messages (up = stored sends, down = deliveries: one per C2C
 * message, the group's members at send time minus the sender per group message), senders, groups
 * created and in existence at the day's end, and logins (sessions that began that day).
 */
export function deriveDay(store: Store, from: number, kept?: KeptStats): DayFigures {
  const to = from + DAY;
  const f: DayFigures = {};
  let registered = 0;
  let total = 0;
  const registration = (t: number) => {
    if (t >= from && t < to) registered++;
    if (t < to) total++;
  };
  for (const a of store.accounts.values()) registration(a.createdAt);
  for (const t of kept?.registrations ?? []) registration(t);
  f.RegistUserNumOneDay = registered;
  f.RegistUserNumTotal = total;

  const c2c = store.c2c.messagesInWindow(from, to);
  const c2cSenders = new Set(c2c.map((m) => m.From_Account));
  f.C2CUpMsgNum = c2c.length;
  f.C2CDownMsgNum = c2c.length;
  f.C2CSendMsgUserNum = c2cSenders.size;

  const groupSenders = new Set<string>();
  const groupsWithMessages = new Set<number>();
  let up = 0;
  let delivered = 0;
  for (const m of store.groups.messagesBetween(from, to)) {
    const g = store.groups.group(m.groupId);
    up++;
    delivered += m.message.delivered ?? deliveries(g?.members, m.message.from);
    groupSenders.add(m.message.from);
    if (g) groupsWithMessages.add(g.listSeq);
  }
  for (const m of kept?.messages ?? []) {
    if (m.time < from || m.time >= to) continue;
    up++;
    delivered += m.delivered;
    groupSenders.add(m.from);
    groupsWithMessages.add(m.listSeq);
  }
  f.GroupUpMsgNum = up;
  f.GroupDownMsgNum = delivered;
  f.GroupSendMsgUserNum = groupSenders.size;
  f.GroupSendMsgGroupNum = groupsWithMessages.size;
  let created = 0;
  let existing = 0;
  const group = (createTime: number, destroyedAt = Infinity) => {
    if (createTime >= from && createTime < to) created++;
    if (createTime < to && destroyedAt >= to) existing++;
  };
  for (const g of store.groups.list()) group(g.createTime);
  for (const g of kept?.groups ?? []) group(g.createTime, g.destroyedAt);
  f.GroupNewGroupNum = created;
  f.GroupAllGroupNum = existing;

  const loggedIn = new Set<string>();
  let logins = 0;
  for (const [userId, sessions] of store.sessions) {
    for (const s of sessions) {
      if (s.since >= from && s.since < to) {
        logins++;
        loggedIn.add(userId);
      }
    }
  }
  f.LoginTimes = logins;
  f.LoginUserNum = loggedIn.size;
  f.MaxOnlineNum = loggedIn.size;

  const senders = new Set([...c2cSenders, ...groupSenders]);
  f.UpMsgNum = f.C2CUpMsgNum + f.GroupUpMsgNum;
  f.DownMsgNum = f.C2CDownMsgNum + f.GroupDownMsgNum;
  f.SendMsgUserNum = senders.size;
  f.ActiveUserNum = new Set([...senders, ...loggedIn]).size;
  return f;
}
