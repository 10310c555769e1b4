/** Global-mute errors (13xxxx, openconfigsvr). */
import { RETRY, FIX_BODY } from './common-hints';
import type { Section } from './section';

/** The global-mute section of the IM error-code table. */
export const globalMuteErrors: Section = {
  service: 'global-mute',
  source: '12-global-mute.md',
  rows: [
    [
      130001,
      'The body could not be parsed as JSON (global mute and getappinfo).',
      '包体 JSON 解析失败（全局禁言与 getappinfo）。',
      FIX_BODY.en,
      FIX_BODY.zh,
      { source: '12-global-mute.md, 13-operations.md' },
    ],
    [
      130002,
      'Get_Account is missing.',
      '缺少 Get_Account。',
      'Send the account to query in Get_Account.',
      '请在 Get_Account 中传入要查询的账号。',
    ],
    [
      130003,
      'Get_Account is invalid.',
      'Get_Account 不合法。',
      'Send Get_Account as an existing UserID string.',
      'Get_Account 应为已存在的 UserID 字符串。',
    ],
    [
      130004,
      'Set_Account is missing.',
      '缺少 Set_Account。',
      'Send the account to mute in Set_Account.',
      '请在 Set_Account 中传入要禁言的账号。',
    ],
    [
      130005,
      'Set_Account is invalid (wrong type, empty, or unknown account).',
      'Set_Account 不合法（类型错误、为空或账号不存在）。',
      'Send Set_Account as an existing UserID string.',
      'Set_Account 应为已存在的 UserID 字符串。',
    ],
    [
      130008,
      'No mute duration given.',
      '未设置禁言时长。',
      'Send C2CmsgNospeakingTime and/or GroupmsgNospeakingTime (0 unmutes).',
      '请传入 C2CmsgNospeakingTime 和/或 GroupmsgNospeakingTime（0 表示解除）。',
    ],
    [130014, 'System error.', '系统错误。', RETRY.en, RETRY.zh, { retry: 'transient' }],
  ],
};
