/** `recentcontact/get_contact_group`: page through all conversation group/mark data (../shared/im-api/08-conversations.md). */
import { endpoint } from '../../../api/endpoints/recentcontact/get_contact_group';
import { defineHandler } from '../../handler';
import { convKey } from '../../state/contact-marks';
import { markDataOut, requireOwner } from './contact-common';

/** Conversations with group/mark data per page (undocumented: emulator choice). */
export const CONTACT_GROUP_PAGE_SIZE = 100;

/**
 * Conversations with group or mark data ordered by `Timestamp` ascending (ties by conversation),
 * 100 per page from `StartIndex`; `NextStartIndex` continues, 0 once `CompleteFlag` is 1. Every
 * page carries the whole group directory.
 */
export const getContactGroup = defineHandler(endpoint, (req, ctx) => {
  requireOwner(ctx, req.From_Account);
  const marks = ctx.store.conversations.peekMarks(req.From_Account);
  const all = [...(marks?.marks.values() ?? [])].sort((a, b) => {
    const ka = convKey(a);
    const kb = convKey(b);
    return a.timestamp - b.timestamp || (ka < kb ? -1 : ka > kb ? 1 : 0);
  });
  const page = all.slice(req.StartIndex, req.StartIndex + CONTACT_GROUP_PAGE_SIZE);
  const next = req.StartIndex + page.length;
  const complete = next >= all.length;
  return {
    ContactItem: page.map(markDataOut),
    GroupItem: (marks?.groups ?? []).map((g) => ({ GroupName: g.name, GroupId: g.id })),
    CompleteFlag: complete ? 1 : 0,
    NextStartIndex: complete ? 0 : next,
  };
});
