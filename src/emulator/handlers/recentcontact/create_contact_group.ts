/** `recentcontact/create_contact_group`: create a conversation group (../shared/im-api/08-conversations.md). */
import { endpoint } from '../../../api/endpoints/recentcontact/create_contact_group';
import { MAX_CONTACT_GROUPS } from '../../../api/conversation';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { addToGroup, contactItemOf, groupNameParamCode, refOf, requireOwner } from './contact-common';

/**
 * Allocates the next integer `GroupId` (1, 2, …; never reused) and puts each conversation in it,
 * per item (51007 unresolvable group, 51008 over 1,000 grouped; failures do not undo the group).
 * A name already in use → 50002; a 21st group → 51010; a name over 32 bytes → 51011.
 */
export const createContactGroup = defineHandler(
  endpoint,
  (req, ctx) => {
    requireOwner(ctx, req.From_Account);
    const item = req.GroupContactItem[0] as (typeof req.GroupContactItem)[number];
    const existing = ctx.store.conversations.peekMarks(req.From_Account);
    if (existing?.group(item.GroupName)) {
      throw new ImFailure(50002, `a conversation group named ${item.GroupName} already exists`);
    }
    if ((existing?.groups.length ?? 0) >= MAX_CONTACT_GROUPS) {
      throw new ImFailure(51010, `a user has at most ${MAX_CONTACT_GROUPS} conversation groups`);
    }
    const marks = ctx.store.conversations.marksOf(req.From_Account);
    const group = { id: marks.nextGroupId++, name: item.GroupName };
    marks.groups.push(group);
    const results = item.ContactItem.map((ci) => {
      const ref = refOf(ci);
      const code = addToGroup(ctx, req.From_Account, ref, group.id);
      return { ContactItem: contactItemOf(ref), ResultCode: code, ResultInfo: code ? resultInfo(code) : '' };
    });
    return {
      GroupResultItem: [{ GroupItem: { GroupName: group.name, GroupId: group.id }, ResultItem: results }],
    };
  },
  { paramCode: groupNameParamCode },
);

/** The `ResultInfo` of a per-conversation failure. */
export function resultInfo(code: number): string {
  return code === 51007
    ? 'group ID could not be resolved'
    : 'more than 1000 conversations in groups or marked';
}
