/** All-member push errors (9xxxx, all_member_push). */
import type { Section } from './section';

/** The push section of the IM error-code table. */
export const pushErrors: Section = {
  service: 'push',
  source: '06-push.md',
  rows: [
    [
      90018,
      'Too many accounts in the request (push attribute and tag APIs take at most 100).',
      '请求的账号数过多（全员推送属性与标签接口最多 100 个）。',
      'Split the accounts into batches of at most 100.',
      '请将账号拆分为每批最多 100 个。',
    ],
    [
      90020,
      'A tag is longer than 50 bytes.',
      '标签长度超过 50 字节。',
      'Shorten the tag to at most 50 bytes.',
      '请将标签缩短至 50 字节以内。',
    ],
    [
      90022,
      'The same tag appears in both TagsOr and TagsAnd.',
      '同一标签同时出现在 TagsOr 和 TagsAnd 中。',
      'Remove the duplicate tag from one of the two lists.',
      '请从其中一个列表中移除重复标签。',
    ],
    [
      90024,
      'Pushing too often: two pushes must be more than 1 second apart.',
      '推送过于频繁：两次推送间隔须大于 1 秒。',
      'Wait at least one second between pushes.',
      '两次推送之间请至少间隔 1 秒。',
      { retry: 'rate' },
    ],
    [
      90032,
      'Too many tags: more than 10 tags in a push condition, or more than 10 per user in one im_add_tag call.',
      '标签过多：推送条件中超过 10 个标签，或单次 im_add_tag 为每个用户添加超过 10 个标签。',
      'Use at most 10 tags per condition list and per user per call.',
      '每个条件列表、每个用户每次调用最多使用 10 个标签。',
    ],
    [
      90033,
      'Invalid attribute: the attribute name is not configured.',
      '属性非法：属性名尚未设置。',
      'Set the attribute names first (im_set_attr_name), then use them.',
      '请先通过 im_set_attr_name 设置属性名称再使用。',
    ],
    [
      90039,
      'Attribute conditions and tag conditions cannot be used together.',
      '属性推送与标签推送不能同时使用。',
      'Push either by attributes or by tags, not both.',
      '请只按属性或只按标签推送。',
    ],
    [
      90040,
      'One of the condition tags is empty.',
      '推送条件中存在空标签。',
      'Remove empty strings from TagsAnd/TagsOr.',
      '请从 TagsAnd/TagsOr 中移除空字符串。',
    ],
    [
      90045,
      'The push-to-all feature is not enabled.',
      '未开通全员推送功能。',
      'Enable “Push to all users” in the IM console (paid editions only).',
      '请在 IM 控制台开通“全员推送”（仅付费版本支持）。',
    ],
    [
      90047,
      'Daily push quota exceeded (default 100 pushes a day).',
      '超过每日推送次数上限（默认每天 100 次）。',
      'Wait until tomorrow, or raise the quota with Tencent Cloud.',
      '请次日再推送，或联系腾讯云提高配额。',
      { retry: 'rate' },
    ],
    [
      90056,
      'Request body too large (push body limit 10 KB, newer docs).',
      '请求包体过大（新文档中全员推送包体上限 10 KB）。',
      'Shorten the push message.',
      '请缩短推送内容。',
    ],
  ],
};
