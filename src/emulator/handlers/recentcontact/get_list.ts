/** `recentcontact/get_list`: page through a user's conversations (../shared/im-api/08-conversations.md). */
import { endpoint } from '../../../api/endpoints/recentcontact/get_list';
import { defineHandler } from '../../handler';
import { convKey, standardMarkString } from '../../state/contact-marks';
import type { Conversation } from '../../state/conversations';
import { requireOwner } from './contact-common';
import { afterCursor, byRecency, cursorAfter, GET_LIST_PAGE_SIZE } from './session-page';

/**
 * Pinned conversations first, then the others, each newest first. `AssistFlags` bit 0 honours
 * pinning (else every `TopFlag` is 0), bit 1 adds conversations without messages, bit 2 pages the
 * pinned ones with the `Top*` cursor (else they all come on the first page); any higher bit adds
 * `StandardMark`/`CustomMark`/`ContactGroupId` where set. Once complete, both cursors read "now", 0.
 */
export const getList = defineHandler(endpoint, (req, ctx) => {
  requireOwner(ctx, req.From_Account);
  const flags = req.AssistFlags;
  const pinning = (flags & 1) !== 0;
  const all = ctx.store.conversations
    .list(req.From_Account)
    .filter((c) => (flags & 2) !== 0 || !c.empty)
    .sort(byRecency);
  const pinned = pinning ? all.filter((c) => c.topFlag === 1) : [];
  const normal = pinning ? all.filter((c) => c.topFlag !== 1) : all;

  const page: Conversation[] = [];
  let top: [number, number] = [req.TopTimeStamp, req.TopStartIndex];
  let pinnedDone = true;
  if (pinning && (flags & 4) !== 0) {
    const rest = afterCursor(pinned, ...top);
    const taken = rest.slice(0, GET_LIST_PAGE_SIZE);
    page.push(...taken);
    top = cursorAfter(taken, ...top);
    pinnedDone = taken.length === rest.length;
  } else if (req.TimeStamp === 0 && req.StartIndex === 0) {
    page.push(...pinned);
  }
  const room = (flags & 4) !== 0 ? GET_LIST_PAGE_SIZE - page.length : GET_LIST_PAGE_SIZE;
  const rest = afterCursor(normal, req.TimeStamp, req.StartIndex);
  const taken = rest.slice(0, Math.max(0, room));
  page.push(...taken);
  let cursor = cursorAfter(taken, req.TimeStamp, req.StartIndex);
  const complete = pinnedDone && taken.length === rest.length;
  if (complete) {
    cursor = [ctx.nowSeconds, 0];
    top = [ctx.nowSeconds, 0];
  }

  const marks = flags >= 8 ? ctx.store.conversations.peekMarks(req.From_Account) : undefined;
  return {
    SessionItem: page.map((c) => {
      const m = marks?.marks.get(convKey(c));
      const standard = m ? standardMarkString(m.bits) : undefined;
      return {
        Type: c.type,
        ...(c.type === 1 ? { To_Account: c.id } : { GroupId: c.id }),
        MsgTime: c.msgTime,
        TopFlag: pinning ? c.topFlag : 0,
        ...(standard !== undefined ? { StandardMark: standard } : {}),
        ...(m?.custom ? { CustomMark: m.custom } : {}),
        ...(m?.groupIds.length ? { ContactGroupId: [...m.groupIds] } : {}),
      };
    }),
    CompleteFlag: complete ? 1 : 0,
    TimeStamp: cursor[0],
    StartIndex: cursor[1],
    TopTimeStamp: top[0],
    TopStartIndex: top[1],
  };
});
