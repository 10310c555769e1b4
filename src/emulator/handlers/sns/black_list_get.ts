/** `sns/black_list_get`: page through a blocklist (../shared/im-api/07-relationships.md). */
import { endpoint } from '../../../api/endpoints/sns/black_list_get';
import { defineHandler } from '../../handler';
import { ownerSlice } from './sns-common';

/**
 * Answers `[StartIndex, StartIndex + MaxLimited)` of the blocklist, oldest block first (ties by
 * UserID), with `StartIndex` = the next offset or 0 when nothing remains, and the sequence under the
 * misspelt key `CurruentSequence` that clients parse. `LastSequence` is accepted and ignored.
 */
export const blackListGet = defineHandler(endpoint, (req, ctx) => {
  const owner = req.From_Account;
  const rel = ownerSlice(ctx, owner);
  const all = rel.blockedInOrder(owner);
  const end = req.StartIndex + req.MaxLimited;
  return {
    BlackListItem: all
      .slice(req.StartIndex, end)
      .map(([To_Account, AddBlackTimeStamp]) => ({ To_Account, AddBlackTimeStamp })),
    StartIndex: end < all.length ? end : 0,
    CurruentSequence: rel.read(owner).seq.black,
  };
});
