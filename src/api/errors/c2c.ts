/** One-to-one (C2C) messaging errors (2xxxx). */
import { IMPORT_FIRST } from './common-hints';
import type { Section } from './section';

/** The c2c section of the IM error-code table. */
export const c2cErrors: Section = {
  service: 'c2c',
  source: '03-c2c-messages.md',
  rows: [
    [
      20003,
      'C2C: the sender or receiver account is invalid (not imported).',
      '单聊：发送方或接收方账号无效（未导入）。',
      IMPORT_FIRST.en,
      IMPORT_FIRST.zh,
      { source: '01-conventions.md §9' },
    ],
    [
      20006,
      'C2C: the app backend refused the message through the before-send callback.',
      '单聊：业务后台通过发消息之前回调拒绝了该消息。',
      'Check the app server’s C2C.CallbackBeforeSendMsg answer; it returned ErrorCode 1.',
      '请检查业务服务器对 C2C.CallbackBeforeSendMsg 的应答（返回了 ErrorCode 1）。',
      { source: '14-webhooks.md' },
    ],
    [
      20007,
      'C2C: the recipient has blocked the sender (client sends; commonly cited, not verified).',
      '单聊：接收方已将发送方拉黑（客户端发送；常见说法，未经核实）。',
      'Remove the sender from the recipient’s blocklist if appropriate; admin REST sends are not blocked.',
      '如有需要，将发送方移出接收方的黑名单；管理员 REST 发送不受黑名单限制。',
      { source: '07-relationships.md' },
    ],
    [
      20012,
      'C2C: the sender is under a global one-to-one mute (client sends).',
      '单聊：发送方处于全局单聊禁言中（客户端发送）。',
      'Lift the global C2C mute (Global mute → set to 0) or wait for it to expire.',
      '请解除全局单聊禁言（设置为 0）或等待到期。',
      { source: '12-global-mute.md' },
    ],
    [
      20022,
      'The message to recall does not exist.',
      '要撤回的消息不存在。',
      'Check the MsgKey and the From/To accounts of the conversation.',
      '请检查 MsgKey 以及会话的发送方/接收方账号。',
    ],
    [
      20023,
      'The message has already been recalled.',
      '该消息已被撤回。',
      'Nothing to do: the message is already recalled.',
      '无需处理：该消息已撤回。',
    ],
    [
      20026,
      'The message does not exist (client SDK code also used for failed edits).',
      '消息不存在（客户端 SDK 在修改消息失败时也使用此码）。',
      'Check the MsgKey; the message may have expired from roaming storage.',
      '请检查 MsgKey；该消息可能已超出漫游存储期限。',
    ],
  ],
};
