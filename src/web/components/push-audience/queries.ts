/**
 * The push audience of one user: attribute slot names, the user's attribute values and tags. The key
 * sits under User 360's `['users', 'detail', userId]`, so refreshing a user refreshes this too.
 */
import { queryOptions } from '@tanstack/react-query';
import { endpoint as imGetAttr } from '../../../api/endpoints/all_member_push/im_get_attr';
import { endpoint as imGetAttrName } from '../../../api/endpoints/all_member_push/im_get_attr_name';
import { endpoint as imGetTag } from '../../../api/endpoints/all_member_push/im_get_tag';
import { ImApiError, callIm } from '../../lib/api-client';

/** Push attributes (with the app's slot names) and tags of one user. */
export async function fetchAudience(userId: string, signal?: AbortSignal) {
  const [names, attrs, tags] = await Promise.all([
    callIm(imGetAttrName, {}, { signal }),
    callIm(imGetAttr, { To_Account: [userId] }, { signal }),
    callIm(imGetTag, { To_Account: [userId] }, { signal }),
  ]);
  const failed = [...(attrs.ErrorList ?? []), ...(tags.ErrorList ?? [])].find((e) => e.To_Account === userId);
  if (failed) {
    throw new ImApiError('all_member_push/im_get_attr', failed.ErrorCode, failed.ErrorInfo ?? '', undefined);
  }
  const slots = Object.entries(names.AttrNames)
    .map(([slot, name]) => ({ slot, name }))
    .sort((a, b) => Number(a.slot) - Number(b.slot));
  return {
    slots,
    attrs: attrs.UserAttrs.find((u) => u.To_Account === userId)?.Attrs ?? {},
    tags: tags.UserTags.find((u) => u.To_Account === userId)?.Tags ?? [],
  };
}

export const pushAudienceQueries = {
  user: (userId: string) =>
    queryOptions({
      queryKey: ['users', 'detail', userId, 'audience'] as const,
      queryFn: ({ signal }) => fetchAudience(userId, signal),
    }),
};
