/** `recentcontact/mark_contact`: set or clear conversation marks (../shared/im-api/08-conversations.md). */
import { endpoint } from '../../../api/endpoints/recentcontact/mark_contact';
import { MAX_GROUPED_OR_MARKED } from '../../../api/conversation';
import { defineHandler } from '../../handler';
import { contactItemOf, refOf, requireOwner } from './contact-common';

/**
 * Per item: `OptType` 1/3 apply `ClearMark` then `SetMark` to the standard bits, 2/3 store
 * `CustomMark` (empty clears it). 51007 unresolvable group; 51008 when a newly marked conversation
 * would pass 1,000 marked. 0 or more than 100 items → 51006. Marks never create a list entry.
 */
export const markContact = defineHandler(
  endpoint,
  (req, ctx) => {
    requireOwner(ctx, req.From_Account);
    const marks = ctx.store.conversations.marksOf(req.From_Account);
    const results = req.MarkItem.map((item) => {
      const ref = refOf(item.ContactItem);
      const echo = { OptType: item.OptType, ContactItem: contactItemOf(ref) };
      if (!ctx.store.conversations.resolves(ref)) {
        return { ...echo, ResultCode: 51007, ResultInfo: 'group ID could not be resolved' };
      }
      const before = marks.markedCount();
      const d = marks.data(ref, ctx.nowSeconds);
      const wasMarked = d.bits.length > 0 || !!d.custom;
      const saved = { bits: d.bits, custom: d.custom };
      if (item.OptType !== 2) {
        const bits = new Set(d.bits);
        for (const b of item.ClearMark ?? []) bits.delete(b);
        for (const b of item.SetMark ?? []) bits.add(b);
        d.bits = [...bits].sort((a, b) => a - b);
      }
      if (item.OptType !== 1 && item.CustomMark !== undefined) {
        if (item.CustomMark) d.custom = item.CustomMark;
        else delete d.custom;
      }
      if (!wasMarked && (d.bits.length > 0 || !!d.custom) && before >= MAX_GROUPED_OR_MARKED) {
        d.bits = saved.bits;
        if (saved.custom === undefined) delete d.custom;
        marks.tidy(ref);
        return { ...echo, ResultCode: 51008, ResultInfo: 'more than 1000 marked conversations' };
      }
      d.timestamp = ctx.nowSeconds;
      marks.tidy(ref);
      return { ...echo, ResultCode: 0, ResultInfo: '' };
    });
    return { ResultItem: results };
  },
  {
    paramCode: (issue) =>
      issue.path.length === 1 &&
      issue.path[0] === 'MarkItem' &&
      (issue.code === 'too_small' || issue.code === 'too_big')
        ? 51006
        : undefined,
  },
);
