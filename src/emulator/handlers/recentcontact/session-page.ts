/**
 * Paging of `recentcontact/get_list` (../shared/im-api/08-conversations.md): newest first, with an
 * opaque cursor `(TimeStamp, StartIndex)` = the last returned item's `MsgTime` and how many items
 * with that same `MsgTime` were returned so far. `TimeStamp` 0 starts from the top.
 */
import type { Conversation } from '../../state/conversations';
import { convKey } from '../../state/contact-marks';

/** Conversations per `get_list` page (undocumented: emulator choice). */
export const GET_LIST_PAGE_SIZE = 100;

/** Newest first; equal times by conversation key so pages are stable. */
export function byRecency(a: Conversation, b: Conversation): number {
  const ka = convKey(a);
  const kb = convKey(b);
  return b.msgTime - a.msgTime || (ka < kb ? -1 : ka > kb ? 1 : 0);
}

/** The items after the cursor, in order. */
export function afterCursor(sorted: readonly Conversation[], ts: number, index: number): Conversation[] {
  if (ts === 0) return [...sorted];
  let equal = 0;
  return sorted.filter((c) => {
    if (c.msgTime > ts) return false;
    if (c.msgTime < ts) return true;
    return equal++ >= index;
  });
}

/** The cursor after returning `taken` from the position `(ts, index)`; unchanged when nothing was taken. */
export function cursorAfter(taken: readonly Conversation[], ts: number, index: number): [number, number] {
  const last = taken[taken.length - 1];
  if (!last) return [ts, index];
  const same = taken.filter((c) => c.msgTime === last.msgTime).length;
  return [last.msgTime, (last.msgTime === ts ? index : 0) + same];
}
