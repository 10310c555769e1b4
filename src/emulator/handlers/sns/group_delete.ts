/** `sns/group_delete`: delete friend lists (../shared/im-api/07-relationships.md). */
import { endpoint } from '../../../api/endpoints/sns/group_delete';
import { defineHandler } from '../../handler';
import { ownerSlice } from './sns-common';

/**
 * Removes the named lists and takes every friend out of them (the friends stay friends); unknown
 * names are ignored. Bumps the list sequence (returned as `CurrentSequence`) and the standard one.
 */
export const groupDelete = defineHandler(endpoint, (req, ctx) => {
  const owner = req.From_Account;
  const rel = ownerSlice(ctx, owner);
  rel.deleteLists(owner, req.GroupName);
  rel.bump(owner, 'standard');
  return { CurrentSequence: rel.bump(owner, 'list') };
});
