/**
 * Collects every message of a transcript in a time window by paging through the API with the
 * viewer's fetchers (`api.ts`): a C2C view with the API's own time bounds (`MinTime`/`MaxTime`,
 * walked back with `LastMsgKey` until `Complete`); a group or topic from the newest seq down
 * (`ReqMsgSeq`) until a message older than the window, since group history has no time filter.
 * Calls are paced under the endpoints' frequency limits, can be cancelled, and report progress.
 */
import { endpoint as adminGetroammsg } from '../../../../api/endpoints/openim/admin_getroammsg';
import { endpoint as groupMsgGetSimple } from '../../../../api/endpoints/group_open_http_svc/group_msg_get_simple';
import { fetchC2cPage, fetchGroupPage } from '../api';
import type { TranscriptMessage, TranscriptTarget } from '../model';

/** Most messages one export collects; a longer window is cut here and the result says so. */
export const MAX_EXPORT_MESSAGES = 100_000;

/** A window in Unix seconds, both ends inclusive. */
export interface TimeWindow {
  from: number;
  to: number;
}

/** Where a collection stands. */
export interface RangeProgress {
  /** Messages in the window so far. */
  messages: number;
  /** API pages read. */
  pages: number;
  /** 0–1: how much of the window (by time) has been read back from its end. */
  fraction: number;
  /** The oldest send time read so far. */
  reached?: number;
}

/** The collected messages (oldest first) and whether the cap cut them. */
export interface RangeResult {
  messages: TranscriptMessage[];
  truncated: boolean;
}

/** The page fetchers (injectable for tests). */
export interface RangeFetchers {
  c2c: typeof fetchC2cPage;
  group: typeof fetchGroupPage;
}

/** Options: cancel with `signal`; `onProgress` after every page; `max` caps the count. */
export interface RangeOptions {
  signal?: AbortSignal;
  onProgress?: (progress: RangeProgress) => void;
  max?: number;
  fetchers?: RangeFetchers;
  /** Milliseconds to wait between calls (default: half of the endpoint's documented frequency). */
  gapMs?: number;
}

function abortError(): DOMException {
  return new DOMException('The export was cancelled.', 'AbortError');
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortError());
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function fraction(window: TimeWindow, reached: number | undefined): number {
  if (reached === undefined) return 0;
  const span = window.to - window.from;
  if (span <= 0) return 1;
  return Math.min(1, Math.max(0, (window.to - reached) / span));
}

/** Every message of `target` sent within `window`, oldest first. Rejects with an AbortError when cancelled. */
export async function collectRange(
  target: TranscriptTarget,
  window: TimeWindow,
  opts: RangeOptions = {},
): Promise<RangeResult> {
  const fetchers = opts.fetchers ?? { c2c: fetchC2cPage, group: fetchGroupPage };
  const max = opts.max ?? MAX_EXPORT_MESSAGES;
  const { signal } = opts;
  // Newest page first; reversed at the end so the file reads oldest first.
  const pagesNewestFirst: TranscriptMessage[][] = [];
  let count = 0;
  let pages = 0;
  let reached: number | undefined;
  let truncated = false;
  const report = () =>
    opts.onProgress?.({
      messages: count,
      pages,
      fraction: fraction(window, reached),
      ...(reached !== undefined ? { reached } : {}),
    });

  if (target.kind === 'c2c') {
    const gap = opts.gapMs ?? Math.ceil(2000 / (adminGetroammsg.rate?.perSecond ?? 100));
    let cursor: { maxTime: number; lastMsgKey: string } | undefined;
    const seen = new Set<string>();
    for (;;) {
      if (signal?.aborted) throw abortError();
      const page = await fetchers.c2c(
        target,
        {
          minTime: window.from,
          maxTime: cursor?.maxTime ?? window.to,
          ...(cursor ? { lastMsgKey: cursor.lastMsgKey } : {}),
        },
        signal,
      );
      pages += 1;
      // A page may repeat the boundary message; keep each key once.
      const fresh = page.messages.filter((m) => !seen.has(m.id));
      for (const m of fresh) seen.add(m.id);
      pagesNewestFirst.push(fresh);
      count += fresh.length;
      const oldest = page.messages[0]?.time;
      if (oldest !== undefined) reached = oldest;
      if (count >= max) truncated = !page.complete;
      const stuck =
        cursor &&
        page.next &&
        page.next.lastMsgKey === cursor.lastMsgKey &&
        page.next.maxTime === cursor.maxTime;
      if (page.complete || !page.next || truncated || stuck) break;
      cursor = page.next;
      report();
      await pause(gap, signal);
    }
  } else {
    const gap = opts.gapMs ?? Math.ceil(2000 / (groupMsgGetSimple.rate?.perSecond ?? 100));
    let reqMsgSeq: number | undefined;
    let inside = false;
    let done = false;
    for (;;) {
      if (signal?.aborted) throw abortError();
      const page = await fetchers.group(target, reqMsgSeq !== undefined ? { reqMsgSeq } : {}, signal);
      pages += 1;
      const kept: TranscriptMessage[] = [];
      for (const m of [...page.messages].reverse()) {
        if (m.time === undefined) {
          // A placeholder without a time belongs to the window once the walk is inside it.
          if (inside) kept.push(m);
          continue;
        }
        reached = m.time;
        if (m.time > window.to) continue;
        if (m.time < window.from) {
          done = true;
          break;
        }
        inside = true;
        kept.push(m);
      }
      kept.reverse();
      pagesNewestFirst.push(kept);
      count += kept.length;
      if (count >= max) truncated = !(done || page.finished);
      if (done || page.finished || page.nextSeq === undefined || truncated) break;
      if (reqMsgSeq !== undefined && page.nextSeq >= reqMsgSeq) break;
      reqMsgSeq = page.nextSeq;
      report();
      await pause(gap, signal);
    }
  }

  const messages = pagesNewestFirst.reverse().flat();
  const result = truncated ? messages.slice(messages.length - max) : messages;
  reached = reached === undefined ? undefined : Math.max(reached, window.from);
  opts.onProgress?.({
    messages: result.length,
    pages,
    fraction: 1,
    ...(reached !== undefined ? { reached } : {}),
  });
  return { messages: result, truncated };
}
