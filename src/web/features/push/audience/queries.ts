/** Push audience queries: the app's attribute slot names. */
import { queryOptions } from '@tanstack/react-query';
import { endpoint as imGetAttrName } from '../../../../api/endpoints/all_member_push/im_get_attr_name';
import { attrSlots, type AttrSlot } from '../../../../api/push';
import { callIm } from '../../../lib/api-client';

export const audienceQueries = {
  all: () => ['push-audience'] as const,
  /** Slot → name for every slot ("" when unnamed), in slot order. */
  names: () =>
    queryOptions({
      queryKey: [...audienceQueries.all(), 'attr-names'] as const,
      queryFn: async ({ signal }) => {
        const res = await callIm(imGetAttrName, {}, { signal });
        const names = res.AttrNames as Partial<Record<string, string>>;
        return attrSlots.map((slot: AttrSlot) => ({ slot, name: names[slot] ?? '' }));
      },
    }),
};
