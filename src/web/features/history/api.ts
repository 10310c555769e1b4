/**
 * Page fetchers of the chat-history area: one page of a C2C roaming view (`admin_getroammsg`, walked
 * backwards with `MaxTime`/`LastMsgKey` until `Complete`) or of a group/topic (`group_msg_get_simple`,
 * walked downwards with `ReqMsgSeq` until seq 1), normalised to `TranscriptMessage`s oldest first.
 * The viewer's infinite query and the range exporter both use these; nothing else calls the two endpoints.
 */
import { MSG_FLAG_RECALLED, type C2cMessage } from '../../../api/c2c';
import { endpoint as adminGetroammsg } from '../../../api/endpoints/openim/admin_getroammsg';
import {
  GROUP_MSG_PAGE_MAX,
  endpoint as groupMsgGetSimple,
  type GroupHistoryMsg,
} from '../../../api/endpoints/group_open_http_svc/group_msg_get_simple';
import { callIm } from '../../lib/api-client';
import type { TranscriptMessage, TranscriptTarget } from './model';

/** How many messages one C2C page asks for; the service also cuts a page at about 13 KB. */
export const C2C_PAGE_SIZE = 100;

/** Largest Unix second the C2C window may end at (uint32). */
const UINT32_MAX = 4294967295;

/** The current time in Unix seconds. */
export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/**
 * Slack added to "now" when a window should reach the newest message: this browser's clock may be
 * behind the service's (a real machine's drift, or the emulator's moved clock), and a `MaxTime` of the
 * browser's "now" would then hide the newest messages.
 */
export const CLOCK_SKEW_SECONDS = 86_400;

/** The end of a window that includes the newest message whatever the two clocks say. */
export function openEnd(): number {
  return nowSeconds() + CLOCK_SKEW_SECONDS;
}

/** A stable query-key fragment naming a transcript (kind and addresses). */
export function transcriptKey(target: TranscriptTarget): readonly string[] {
  switch (target.kind) {
    case 'c2c':
      return ['c2c', target.viewpoint, target.peer];
    case 'group':
      return ['group', target.groupId];
    case 'topic':
      return ['topic', target.groupId, target.topicId];
  }
}

/** One C2C message in the shared shape. */
export function normaliseC2c(m: C2cMessage): TranscriptMessage {
  return {
    id: m.MsgKey,
    msgKey: m.MsgKey,
    seq: m.MsgSeq,
    random: m.MsgRandom,
    time: m.MsgTimeStamp,
    from: m.From_Account,
    to: m.To_Account,
    body: m.MsgBody,
    ...(m.CloudCustomData !== undefined ? { cloudCustomData: m.CloudCustomData } : {}),
    recalled: (m.MsgFlagBits & MSG_FLAG_RECALLED) === MSG_FLAG_RECALLED,
    placeholder: false,
    raw: m,
  };
}

/** One group/topic history message in the shared shape. */
export function normaliseGroup(m: GroupHistoryMsg): TranscriptMessage {
  const place = m.IsPlaceMsg ?? 0;
  return {
    id: `seq:${m.MsgSeq}`,
    seq: m.MsgSeq,
    ...(m.MsgRandom !== undefined ? { random: m.MsgRandom } : {}),
    // Placeholders of missing seqs carry time 0: no time is better than 1970.
    ...(m.MsgTimeStamp ? { time: m.MsgTimeStamp } : {}),
    ...(m.From_Account ? { from: m.From_Account } : {}),
    body: m.MsgBody ?? [],
    ...(m.CloudCustomData !== undefined ? { cloudCustomData: m.CloudCustomData } : {}),
    recalled: place === 2,
    placeholder: place === 1,
    raw: m,
  };
}

/** Where a C2C page continues: the oldest message of the previous page. */
export interface C2cCursor {
  maxTime: number;
  lastMsgKey: string;
}

/** One page of a C2C view, oldest first. */
export interface C2cPage {
  messages: TranscriptMessage[];
  /** True when nothing older remains in the window. */
  complete: boolean;
  /** Continue from here (absent when complete). */
  next?: C2cCursor;
}

/**
 * One page of `viewpoint`'s view of the chat with `peer`, the newest messages of the window
 * `[minTime, maxTime]` (defaults: everything up to now, with `CLOCK_SKEW_SECONDS` of slack). Pass the previous page's `next` to go older.
 */
export async function fetchC2cPage(
  target: Extract<TranscriptTarget, { kind: 'c2c' }>,
  opts: { maxTime?: number; minTime?: number; lastMsgKey?: string; maxCnt?: number } = {},
  signal?: AbortSignal,
): Promise<C2cPage> {
  const res = await callIm(
    adminGetroammsg,
    {
      Operator_Account: target.viewpoint,
      Peer_Account: target.peer,
      MaxCnt: opts.maxCnt ?? C2C_PAGE_SIZE,
      MinTime: opts.minTime ?? 0,
      MaxTime: Math.min(opts.maxTime ?? openEnd(), UINT32_MAX),
      ...(opts.lastMsgKey !== undefined ? { LastMsgKey: opts.lastMsgKey } : {}),
    },
    { signal },
  );
  const messages = res.MsgList.map(normaliseC2c);
  const complete = res.Complete === 1 || messages.length === 0;
  const oldest = res.MsgList[0];
  const next =
    !complete && oldest
      ? {
          maxTime: res.LastMsgTime ?? oldest.MsgTimeStamp,
          lastMsgKey: res.LastMsgKey ?? oldest.MsgKey,
        }
      : undefined;
  return { messages, complete, ...(next ? { next } : {}) };
}

/** One page of a group's or topic's history, oldest first. */
export interface GroupPage {
  messages: TranscriptMessage[];
  /** True when seq 1 was reached (or the group has no messages): nothing older exists. */
  finished: boolean;
  /** The `ReqMsgSeq` of the next, older page (absent when finished). */
  nextSeq?: number;
}

/**
 * One page (at most 20 seqs) of a group's or topic's history ending at `reqMsgSeq` (default: the
 * newest). Recalled messages are asked for (`WithRecalledMsg` 1) so every seq is accounted for.
 * The API's `IsFinished` only says whether the asked window came back whole, not whether older
 * history exists; the walk ends when seq 1 is reached or a page comes back empty.
 */
export async function fetchGroupPage(
  target: Exclude<TranscriptTarget, { kind: 'c2c' }>,
  opts: { reqMsgSeq?: number; count?: number } = {},
  signal?: AbortSignal,
): Promise<GroupPage> {
  const res = await callIm(
    groupMsgGetSimple,
    {
      GroupId: target.groupId,
      ReqMsgNumber: Math.min(opts.count ?? GROUP_MSG_PAGE_MAX, GROUP_MSG_PAGE_MAX),
      ...(opts.reqMsgSeq !== undefined ? { ReqMsgSeq: opts.reqMsgSeq } : {}),
      WithRecalledMsg: 1,
      ...(target.kind === 'topic' ? { TopicId: target.topicId } : {}),
    },
    { signal },
  );
  const list = res.RspMsgList ?? [];
  const messages = list.map(normaliseGroup).sort((a, b) => a.seq - b.seq);
  const smallest = messages[0]?.seq;
  if (smallest === undefined || smallest <= 1) return { messages, finished: true };
  return { messages, finished: false, nextSeq: smallest - 1 };
}

/** The parts of a C2C `MsgKey` (`{MsgSeq}_{MsgRandom}_{MsgTimeStamp}`), or undefined if it has another shape. */
export function parseMsgKey(key: string): { seq: number; random: number; time: number } | undefined {
  const m = /^(\d+)_(\d+)_(\d+)$/.exec(key.trim());
  if (!m) return undefined;
  return { seq: Number(m[1]), random: Number(m[2]), time: Number(m[3]) };
}

/** The newest seq of a group or topic (0 when it has no messages). */
export async function fetchNewestSeq(
  target: Exclude<TranscriptTarget, { kind: 'c2c' }>,
  signal?: AbortSignal,
): Promise<number> {
  const page = await fetchGroupPage(target, { count: 1 }, signal);
  return page.messages.at(-1)?.seq ?? 0;
}

/**
 * The last seq of a group or topic sent at or before `time` (Unix seconds), or undefined when every
 * message is newer. `group_msg_get_simple` has no time bound, but seqs grow with time, so this is a
 * binary search over `[1, newest]`, reading one small page per probe (about log2(newest) calls).
 * A probe whose window holds no dated message (deleted or expired seqs) counts as older than `time`.
 */
export async function findSeqAtTime(
  target: Exclude<TranscriptTarget, { kind: 'c2c' }>,
  time: number,
  signal?: AbortSignal,
): Promise<number | undefined> {
  let lo = 1;
  let hi = await fetchNewestSeq(target, signal);
  let found: number | undefined;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const page = await fetchGroupPage(target, { reqMsgSeq: mid, count: 5 }, signal);
    const dated = [...page.messages].reverse().find((m) => m.time !== undefined);
    if (dated === undefined || (dated.time as number) <= time) {
      // Only a dated message proves the time; a window of placeholders just moves the search up.
      if (dated !== undefined) found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
