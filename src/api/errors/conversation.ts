/** Conversation-service (recentcontact) errors (5xxxx): recent contacts, conversation groups and marks. */
import { IMPORT_FIRST, RETRY, ADMIN, FIX_BODY } from './common-hints';
import type { Section } from './section';

/** The conversation section of the IM error-code table. */
export const conversationErrors: Section = {
  service: 'conversation',
  source: '08-conversations.md',
  rows: [
    [
      50001,
      'The UserID has not been imported into IM.',
      '该 UserID 尚未导入 IM。',
      IMPORT_FIRST.en,
      IMPORT_FIRST.zh,
    ],
    [50002, 'Conversation request parameter error.', '会话请求参数错误。', FIX_BODY.en, FIX_BODY.zh],
    [
      50003,
      'App administrator permission required (conversation service).',
      '需要 App 管理员权限（会话服务）。',
      ADMIN.en,
      ADMIN.zh,
    ],
    [
      50004,
      'Internal server error; retry.',
      '服务端内部错误，请重试。',
      RETRY.en,
      RETRY.zh,
      { retry: 'transient' },
    ],
    [
      50005,
      'Network timeout; retry later.',
      '网络超时，请稍后重试。',
      RETRY.en,
      RETRY.zh,
      { retry: 'transient' },
    ],
    [
      51006,
      'mark_contact: the number of conversations to mark is 0 or more than 100.',
      'mark_contact：要标记的会话数为 0 或超过 100。',
      'Mark between 1 and 100 conversations per call.',
      '每次调用标记 1 到 100 个会话。',
    ],
    [
      51007,
      'A group ID could not be resolved (internal error, or the group was disbanded).',
      '无法解析群组 ID（内部错误，或群已解散）。',
      'Check that the group still exists; retry if it does.',
      '请确认该群仍存在；若存在请重试。',
    ],
    [
      51008,
      'More than 1,000 conversations in conversation groups, or more than 1,000 marked conversations.',
      '会话分组中的会话超过 1000 个，或被标记的会话超过 1000 个。',
      'Remove conversations from groups or clear marks first.',
      '请先从分组中移除会话或清除标记。',
    ],
    [
      51009,
      'The conversation group does not exist.',
      '会话分组不存在。',
      'Refresh the list of conversation groups.',
      '请刷新会话分组列表。',
    ],
    [
      51010,
      'Too many conversation groups (at most 20).',
      '会话分组数超过上限（20 个）。',
      'Delete a conversation group first.',
      '请先删除一个会话分组。',
    ],
    [
      51011,
      'Conversation group name longer than 32 bytes.',
      '会话分组名超过 32 字节。',
      'Shorten the name to at most 32 bytes.',
      '请将名称缩短至 32 字节以内。',
    ],
    [
      51012,
      'Pinned-conversation limit exceeded.',
      '置顶会话数超过上限。',
      'Unpin some conversations first.',
      '请先取消部分会话的置顶。',
    ],
    [
      51013,
      'The app’s edition does not include conversation marks or conversation groups.',
      '应用当前版本不支持会话标记或会话分组。',
      'Upgrade to an edition that includes the feature (Pro, Pro Plus or Enterprise).',
      '请升级到支持该功能的版本（专业版、专业版 Plus 或企业版）。',
    ],
  ],
};
