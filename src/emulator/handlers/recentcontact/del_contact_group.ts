/** `recentcontact/del_contact_group`: delete a conversation group (../shared/im-api/08-conversations.md). */
import { endpoint } from '../../../api/endpoints/recentcontact/del_contact_group';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { requireOwner } from './contact-common';

/** Removes the group and strips its id from every conversation; 51009 when no group has that name. */
export const delContactGroup = defineHandler(endpoint, (req, ctx) => {
  requireOwner(ctx, req.From_Account);
  const name = req.GroupName[0] as string;
  const marks = ctx.store.conversations.peekMarks(req.From_Account);
  const group = marks?.group(name);
  if (!marks || !group) throw new ImFailure(51009, `conversation group ${name} does not exist`);
  marks.removeGroup(group.id);
  return { GroupItem: [{ GroupName: group.name, GroupId: group.id }] };
});
