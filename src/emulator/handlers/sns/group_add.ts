/** `sns/group_add`: create friend lists (../shared/im-api/07-relationships.md). */
import { endpoint } from '../../../api/endpoints/sns/group_add';
import { defineHandler } from '../../handler';
import { ImFailure } from '../../im-failure';
import { batchReply, fail, ok, ownerSlice } from './sns-common';

/**
 * Appends the names the owner lacks (existing names are a no-op; over 32 lists → whole-request
 * 30011, nothing created). Each `To_Account` that is a friend is put into every requested list; a
 * non-friend → per-item 32216. The list sequence goes up once per successful call.
 */
export const groupAdd = defineHandler(endpoint, (req, ctx) => {
  const owner = req.From_Account;
  const rel = ownerSlice(ctx, owner);
  const names = [...new Set(req.GroupName)];
  const before = rel.read(owner).seq.list;
  if (!rel.ensureLists(owner, names)) {
    throw new ImFailure(
      30011,
      'Err_SNS_GroupAdd_Group_Num_Exceed_Threshold: a user may have at most 32 friend lists',
    );
  }
  // ensureLists bumps once when it created something; the call counts once either way.
  if (rel.read(owner).seq.list === before) rel.bump(owner, 'list');
  let changed = false;
  const items = req.To_Account?.map((to) => {
    const entry = rel.friend(owner, to);
    if (!entry) return fail(to, 32216, 'Err_SNS_GroupAdd_ToTinyId_Not_Friend');
    const add = names.filter((n) => !entry.groups.includes(n));
    if (add.length) {
      entry.groups.push(...add);
      changed = true;
    }
    return ok(to);
  });
  if (changed) rel.bump(owner, 'standard');
  return { ...(items ? batchReply(items) : {}), CurrentSequence: rel.read(owner).seq.list };
});
