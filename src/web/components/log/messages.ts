/** Strings the log pages (audit log, push log) share: the filter bar's frame, its time range and paging. */
import { defineMessages } from '../../lib/i18n/i18n';

export const logMessages = defineMessages({
  en: {
    filters: 'Filters',
    any: 'Any',
    from: 'From',
    to: 'Until',
    clear: 'Clear filters',
    loadMore: 'Load more',
  },
  zh: {
    filters: '筛选',
    any: '全部',
    from: '开始时间',
    to: '结束时间',
    clear: '清除筛选',
    loadMore: '加载更多',
  },
});
