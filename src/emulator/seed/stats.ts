/**
 * Demo daily statistics (../shared/im-api/13-operations.md `getappinfo`): 30 published days before
 * "now", sized for the seed's accounts, with a weekly rhythm and gentle growth. New and total
 * accounts come from the accounts' own creation times, so the figures agree with the account list.
 */
import type { Account } from '../store';
import { beijingDay, dayName, dayStart } from '../state/stats-day';
import type { DayFigures } from '../state/stats-day';
import type { StatsSaved } from '../state/stats';
import { STATS_DAYS } from '../state/stats';
import type { Rng } from './prng';

const DAY = 86_400;

/**
 * Builds the stats slice of the demo: the 30 finished Beijing days before `nowSeconds`, published.
 * `groupCount` is the seed's number of groups (default: one per seven accounts); the month's group
 * total climbs to about it.
 */
export function buildStatsSeed(
  rng: Rng,
  accounts: readonly Account[],
  nowSeconds: number,
  groupCount = Math.round(accounts.length / 7),
): StatsSaved {
  const today = beijingDay(nowSeconds);
  const published: [string, DayFigures][] = [];
  let groups = groupCount - 20 + rng.int(0, 6);
  for (let day = today - STATS_DAYS; day < today; day++) {
    const from = dayStart(day);
    const to = from + DAY;
    const registered = accounts.filter((a) => a.createdAt >= from && a.createdAt < to).length;
    const total = accounts.filter(
      (a) => a.createdAt < to && (a.deletedAt === undefined || a.deletedAt >= to),
    ).length;
    // Weekends are quieter for this (work-chat flavoured) demo app; activity grows a little over the month.
    const weekday = new Date(day * DAY * 1000).getUTCDay();
    const rhythm =
      (weekday === 0 || weekday === 6 ? 0.72 : 1) * (0.9 + (0.2 * (day - today + STATS_DAYS)) / STATS_DAYS);
    const active = Math.min(total, Math.round(total * (0.3 + rng.next() * 0.08) * rhythm));
    const loginUsers = Math.round(active * (0.9 + rng.next() * 0.08));
    const c2cSenders = Math.round(active * (0.5 + rng.next() * 0.1));
    const groupSenders = Math.round(active * (0.3 + rng.next() * 0.1));
    const c2cUp = Math.round(c2cSenders * (5 + rng.next() * 4));
    const groupUp = Math.round(groupSenders * (3 + rng.next() * 3));
    const created = rng.weighted([
      [0, 50],
      [1, 30],
      [2, 15],
      [3, 5],
    ] as const);
    const destroyed = rng.chance(0.12) ? 1 : 0;
    groups += created - destroyed;
    const apns = Math.round(c2cUp * (0.08 + rng.next() * 0.05));
    const groupApns = Math.round(groupUp * (0.05 + rng.next() * 0.04));
    const joins = rng.int(2, 18);
    const callbacks = Math.round((c2cUp + groupUp) * (1.6 + rng.next() * 0.3));
    const f: DayFigures = {
      ActiveUserNum: active,
      RegistUserNumOneDay: registered,
      RegistUserNumTotal: total,
      LoginTimes: Math.round(loginUsers * (1.8 + rng.next() * 1.2)),
      LoginUserNum: loginUsers,
      UpMsgNum: c2cUp + groupUp,
      SendMsgUserNum: Math.min(active, c2cSenders + Math.round(groupSenders * 0.4)),
      C2CUpMsgNum: c2cUp,
      C2CDownMsgNum: Math.round(c2cUp * 1.01),
      C2CSendMsgUserNum: c2cSenders,
      C2CAPNSMsgNum: apns,
      MaxOnlineNum: Math.round(active * (0.35 + rng.next() * 0.15)),
      ChainIncrease: rng.int(1, 12),
      ChainDecrease: rng.int(0, 3),
      GroupUpMsgNum: groupUp,
      GroupDownMsgNum: Math.round(groupUp * (8 + rng.next() * 10)),
      GroupSendMsgUserNum: groupSenders,
      GroupAPNSMsgNum: groupApns,
      GroupSendMsgGroupNum: Math.min(groups, rng.int(6, 18)),
      GroupJoinGroupTimes: joins,
      GroupQuitGroupTimes: rng.int(0, Math.ceil(joins / 3)),
      GroupNewGroupNum: created,
      GroupAllGroupNum: groups,
      GroupDestroyGroupNum: destroyed,
      CallBackReq: callbacks,
      CallBackRsp: callbacks - rng.int(0, Math.ceil(callbacks / 200)),
    };
    f.DownMsgNum = (f.C2CDownMsgNum ?? 0) + (f.GroupDownMsgNum ?? 0);
    f.APNSMsgNum = apns + groupApns;
    published.push([dayName(day), f]);
  }
  return { published: published as StatsSaved['published'], recorded: [], includeToday: false };
}
