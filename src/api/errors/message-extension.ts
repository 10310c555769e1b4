/** Message-extension errors (23xxx), for both group and one-to-one messages. */
import { SLOW_DOWN } from './common-hints';
import type { Section } from './section';

/** The message-extension section of the IM error-code table. */
export const messageExtensionErrors: Section = {
  service: 'message-extension',
  source: '11-groups-messages.md, 03-c2c-messages.md',
  rows: [
    [
      23001,
      'Message extension Seq conflict: a key changed since the caller’s Seq (C2C and group extension APIs, often per item).',
      '消息扩展 Seq 冲突：该键在调用方给出的 Seq 之后已被修改（单聊与群消息扩展接口，通常为逐项结果）。',
      'Re-read the extensions and retry with the latest Seq.',
      '请重新拉取扩展后使用最新 Seq 重试。',
    ],
    [
      23002,
      'The message does not support extensions.',
      '该消息不支持扩展。',
      'Only messages sent with SupportMessageExtension can carry extensions.',
      '只有发送时设置了 SupportMessageExtension 的消息才支持扩展。',
    ],
    [
      23003,
      'Message extension write frequency exceeded (200 writes a minute per message).',
      '消息扩展写入频率超限（每条消息每分钟 200 次）。',
      SLOW_DOWN.en,
      SLOW_DOWN.zh,
      { retry: 'rate' },
    ],
    [
      23004,
      'The message extension feature is not enabled.',
      '未开启消息扩展功能。',
      'Enable message extensions in the IM console.',
      '请在 IM 控制台开启消息扩展功能。',
    ],
  ],
};
