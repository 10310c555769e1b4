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

/**
 * What the store shows about the day starting at `from` (Unix seconds, 24 h long): new and total
 * accounts, one-to-one and group messages (up = stored sends, down = deliveries: one per C2C message,
 * the group's current members minus the sender per group message), senders, groups created and in
 * existence, and logins (sessions that began that day).
 */
export function deriveDay(store: Store, from: number): DayFigures {
  const to = from + DAY;
  const f: DayFigures = {};
  let registered = 0;
  let total = 0;
  for (const a of store.accounts.values()) {
    if (a.createdAt >= from && a.createdAt < to) registered++;
    if (a.createdAt < to && (a.deletedAt === undefined || a.deletedAt >= to)) total++;
  }
  f.RegistUserNumOneDay = registered;
  f.RegistUserNumTotal = total;

  const c2c = store.c2c.messagesInWindow(from, to);
  const c2cSenders = new Set(c2c.map((m) => m.From_Account));
  f.C2CUpMsgNum = c2c.length;
  f.C2CDownMsgNum = c2c.length;
  f.C2CSendMsgUserNum = c2cSenders.size;

  const group = store.groups.messagesBetween(from, to);
  const groupSenders = new Set(group.map((m) => m.message.from));
  let delivered = 0;
  for (const m of group) {
    const members = store.groups.group(m.groupId)?.members;
    delivered += Math.max(0, (members?.size ?? 1) - (members?.has(m.message.from) ? 1 : 0));
  }
  f.GroupUpMsgNum = group.length;
  f.GroupDownMsgNum = delivered;
  f.GroupSendMsgUserNum = groupSenders.size;
  f.GroupSendMsgGroupNum = new Set(group.map((m) => m.groupId)).size;
  const groups = store.groups.list();
  f.GroupNewGroupNum = groups.filter((g) => g.createTime >= from && g.createTime < to).length;
  f.GroupAllGroupNum = groups.filter((g) => g.createTime < to).length;

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
