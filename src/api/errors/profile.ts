/** Profile-service errors (4xxxx). */
import { IMPORT_FIRST, RETRY, ADMIN, FIX_BODY } from './common-hints';
import type { Section } from './section';

/** The profile section of the IM error-code table. */
export const profileErrors: Section = {
  service: 'profile',
  source: '05-profile.md',
  rows: [
    [40001, 'Profile request parameter error.', '资料请求参数错误。', FIX_BODY.en, FIX_BODY.zh],
    [
      40003,
      'The requested account does not exist (not imported).',
      '请求的账号不存在（未导入）。',
      IMPORT_FIRST.en,
      IMPORT_FIRST.zh,
    ],
    [
      40004,
      'App administrator permission required (profile service).',
      '需要 App 管理员权限（资料服务）。',
      ADMIN.en,
      ADMIN.zh,
    ],
    [
      40005,
      'A profile value contains sensitive words.',
      '资料字段包含敏感词。',
      'Change the value and try again.',
      '请修改字段内容后重试。',
    ],
    [
      40006,
      'Internal server error (or custom profile data could not be read); retry.',
      '服务端内部错误（或读取自定义资料失败），请重试。',
      RETRY.en,
      RETRY.zh,
      { retry: 'transient' },
    ],
    [
      40008,
      'No read or write permission for this profile field.',
      '没有该资料字段的读/写权限。',
      'Check the field’s admin read/write permissions in the IM console (custom profile fields).',
      '请在 IM 控制台检查该字段的管理员读写权限（自定义资料字段）。',
    ],
    [
      40009,
      'The profile field tag does not exist (unknown standard tag or unregistered custom tag).',
      '资料字段标签不存在（未知的标准标签或未注册的自定义标签）。',
      'Register the custom field in the IM console or fix the tag name.',
      '请在 IM 控制台注册自定义字段，或修正标签名。',
    ],
    [
      40601,
      'A profile value is longer than 500 bytes.',
      '资料字段值超过 500 字节。',
      'Shorten the value to at most 500 bytes.',
      '请将字段值缩短至 500 字节以内。',
    ],
    [
      40605,
      'Invalid value for a standard profile field (e.g. unknown gender).',
      '标准资料字段的值非法（例如未知的性别）。',
      'Use one of the documented enum values.',
      '请使用文档列出的枚举值。',
    ],
    [
      40610,
      'Profile value type mismatch (e.g. a string for an integer field).',
      '资料字段值类型不匹配（例如整数字段传了字符串）。',
      'Send integers as JSON numbers and strings as JSON strings.',
      '整数请以 JSON 数字、字符串请以 JSON 字符串传递。',
    ],
  ],
};
