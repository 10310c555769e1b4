/** Content-security and message-size errors (8xxxx), shared by the common table and the group and topic APIs. */
import type { Section } from './section';

/** The content section of the IM error-code table. */
export const contentErrors: Section = {
  service: 'content',
  source: '01-conventions.md §10.1, 09-topics.md, 11-groups-messages.md',
  rows: [
    [
      80001,
      'Text blocked by content security (sensitive words). Listed in the common table and returned by group and topic APIs for names, notices, introductions and messages.',
      '文本命中内容安全（敏感词）。见于公共错误码表，群组与话题接口的名称、公告、简介及消息也会返回。',
      'Change the text that contains blocked words and try again.',
      '请修改包含敏感词的文本后重试。',
    ],
    [
      80002,
      'Message content too long (group messages: 12 KB in current docs, 8000 bytes in older docs; 10020 has the same meaning).',
      '消息内容过长（群消息：当前文档为 12 KB，旧文档为 8000 字节；与 10020 含义相同）。',
      'Shorten the message or split it into several messages.',
      '请缩短消息或拆分为多条发送。',
    ],
  ],
};
