/** `recentcontact/search_contact_group`: look up groups and marks of given conversations (../shared/im-api/08-conversations.md). */
import { endpoint } from '../../../api/endpoints/recentcontact/search_contact_group';
import { defineHandler } from '../../handler';
import { convKey } from '../../state/contact-marks';
import { markDataOut, refOf, requireOwner } from './contact-common';

/** Read-only: the data of each listed conversation that has any (others left out), and the group directory. */
export const searchContactGroup = defineHandler(endpoint, (req, ctx) => {
  requireOwner(ctx, req.From_Account);
  const marks = ctx.store.conversations.peekMarks(req.From_Account);
  const found = req.ContactItem.flatMap((ci) => {
    const m = marks?.marks.get(convKey(refOf(ci)));
    return m ? [markDataOut(m)] : [];
  });
  return {
    ContactResultItem: found,
    GroupItem: (marks?.groups ?? []).map((g) => ({ GroupName: g.name, GroupId: g.id })),
  };
});
