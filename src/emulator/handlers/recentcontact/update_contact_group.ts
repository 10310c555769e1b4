/** `recentcontact/update_contact_group`: rename a conversation group or change its conversations (../shared/im-api/08-conversations.md). */
import { endpoint } from '../../../api/endpoints/recentcontact/update_contact_group';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { convKey } from '../../state/contact-marks';
import { addToGroup, contactItemOf, groupNameParamCode, refOf, requireOwner } from './contact-common';
import { resultInfo } from './create_contact_group';

/**
 * `UpdateGroupType` 1 renames (the id stays; a name used by another group → 50002); 2 adds or
 * removes conversations per item, idempotently (51007, 51008 per item). Unknown group → 51009.
 */
export const updateContactGroup = defineHandler(
  endpoint,
  (req, ctx) => {
    requireOwner(ctx, req.From_Account);
    const u = req.UpdateGroup;
    const marks = ctx.store.conversations.peekMarks(req.From_Account);
    const group = marks?.group(u.OldGroupName);
    if (!marks || !group) throw new ImFailure(51009, `conversation group ${u.OldGroupName} does not exist`);
    if (u.UpdateGroupType === 1) {
      const name = u.NewGroupName as string;
      const clash = marks.group(name);
      if (clash && clash !== group)
        throw new ImFailure(50002, `a conversation group named ${name} already exists`);
      group.name = name;
      return {
        UpdateType: 1,
        UpdateGroupResult: {
          UpdateGroupType: 1,
          GroupName: name,
          GroupId: group.id,
          OldGroupName: u.OldGroupName,
        },
      };
    }
    const results = (u.ContactUpdateItem ?? []).map((item) => {
      const ref = refOf(item.ContactItem);
      let code = 0;
      if (item.ContactOptType === 1) code = addToGroup(ctx, req.From_Account, ref, group.id);
      else {
        const d = marks.marks.get(convKey(ref));
        if (d?.groupIds.includes(group.id)) {
          d.groupIds = d.groupIds.filter((g) => g !== group.id);
          d.timestamp = ctx.nowSeconds;
          marks.tidy(ref);
        }
      }
      return {
        ContactOptType: item.ContactOptType,
        ContactItem: contactItemOf(ref),
        ResultCode: code,
        ResultInfo: code ? resultInfo(code) : '',
      };
    });
    return {
      UpdateType: 1,
      UpdateGroupResult: {
        UpdateGroupType: 2,
        GroupName: group.name,
        GroupId: group.id,
        ContactResultItem: results,
      },
    };
  },
  { paramCode: groupNameParamCode },
);
