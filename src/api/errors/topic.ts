/** Community-topic errors (11xxxx and the topic-specific 1xxxx codes). */
import type { Section } from './section';

/** The topic section of the IM error-code table. */
export const topicErrors: Section = {
  service: 'topic',
  source: '09-topics.md',
  rows: [
    [
      11000,
      'Group type not supported: the group is not a Community with topics enabled.',
      '群类型不支持：该群不是开启了话题的社群。',
      'Use a Community group created with SupportTopic enabled.',
      '请使用创建时开启了 SupportTopic 的社群。',
    ],
    [
      110002,
      'Topic-specific error (destroy_topic/get_topic per item; unclear in source, probably “topic does not exist”).',
      '话题相关错误（destroy_topic/get_topic 逐项结果；文档不清，可能表示“话题不存在”）。',
      'Check the TopicId belongs to this group; refresh the topic list.',
      '请确认 TopicId 属于该群，并刷新话题列表。',
    ],
    [
      110003,
      'Topic-specific error (destroy_topic; unclear in source).',
      '话题相关错误（destroy_topic；文档不清）。',
      'Check the TopicId and retry; contact Tencent Cloud support if it persists.',
      '请检查 TopicId 后重试；若持续出现，请联系腾讯云技术支持。',
    ],
  ],
};
