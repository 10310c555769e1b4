/** Strings of the Users area. */
import { defineMessages } from '../../lib/i18n/i18n';

export const usersMessages = defineMessages({
  en: {
    title: 'Users',
    recent: {
      title: 'Recently viewed',
      empty: 'Users you open appear here (remembered in this browser for your account).',
      clear: 'Clear',
      remove: (id: string) => `Remove ${id} from recently viewed`,
    },
    intro:
      'Look up accounts by UserID, see whether they are imported, their nickname and where they are online.',
    lookup: {
      title: 'Look up users',
      label: 'UserIDs',
      description:
        'Paste one or many UserIDs, separated by commas, spaces or new lines (up to 1,000 at once).',
      placeholder: 'alice, bob, user_0001',
      submit: 'Look up',
      clear: 'Clear',
      rejectedTitle: (n: number) =>
        n === 1 ? '1 entry is not a valid UserID' : `${n} entries are not valid UserIDs`,
      rejectedItem: (position: number, value: string, rule: string) =>
        `#${position} “${value}”: UserID ${rule}`,
      duplicates: (n: number) => `${n} duplicate ${n === 1 ? 'entry was' : 'entries were'} removed.`,
      overflow: (n: number, max: number) =>
        `${n} more ${n === 1 ? 'ID was' : 'IDs were'} not looked up: at most ${max} at once. Look them up in a second batch.`,
      nothingToLookUp: 'Enter at least one UserID.',
    },
    results: {
      title: 'Results',
      summary: (total: number, imported: number) =>
        `${total} ${total === 1 ? 'user' : 'users'}, ${imported} imported`,
      emptyTitle: 'No lookup yet',
      emptyBody: 'Paste UserIDs above to see their accounts, or import a new account below.',
      userId: 'UserID',
      account: 'Account',
      nickname: 'Nickname',
      online: 'Online state',
      imported: 'Imported',
      notImported: 'Not imported',
      checkFailed: (code: number) => `Check failed (${code})`,
      noNickname: '(no nickname)',
      avatarOf: (id: string) => `Avatar of ${id}`,
      tableLabel: 'Looked-up users',
    },
    state: {
      Online: 'Online',
      PushOnline: 'Push only',
      Offline: 'Offline',
      unknown: 'Unknown',
      onPlatform: (platform: string, state: string) => `${platform}: ${state}`,
    },
    import: {
      title: 'Import one account',
      intro:
        'An account must be imported before other APIs can use it. Importing an existing UserID keeps the account.',
      userId: 'UserID',
      userIdDescription: 'At most 32 bytes; letters, digits, _ and - are safest.',
      nick: 'Nickname',
      nickDescription: 'Optional, at most 500 bytes.',
      faceUrl: 'Avatar URL',
      faceUrlDescription: 'Optional, at most 500 bytes.',
      submit: 'Import account',
      success: (id: string) => `Account ${id} imported.`,
      fieldRule: (field: string, rule: string) => `${field} ${rule}`,
    },
    detail: {
      back: 'All users',
      loading: 'Loading the account…',
      notImportedTitle: 'This UserID is not imported',
      notImportedBody: (id: string) =>
        `IM has no account “${id}”. It was never imported, or it was deleted. Import it from the users page to use it.`,
      importIt: 'Import this account',
    },
  },
  zh: {
    title: '用户',
    recent: {
      title: '最近查看',
      empty: '您打开过的用户会显示在这里（按您的账号保存在本浏览器中）。',
      clear: '清空',
      remove: (id: string) => `从最近查看中移除 ${id}`,
    },
    intro: '按 UserID 查询账号：是否已导入、昵称以及在线情况。',
    lookup: {
      title: '查询用户',
      label: 'UserID',
      description: '粘贴一个或多个 UserID，用逗号、空格或换行分隔（一次最多 1,000 个）。',
      placeholder: 'alice, bob, user_0001',
      submit: '查询',
      clear: '清空',
      rejectedTitle: (n: number) => `${n} 项不是有效的 UserID`,
      rejectedItem: (position: number, value: string, rule: string) =>
        `第 ${position} 项“${value}”：UserID ${rule}`,
      duplicates: (n: number) => `已去除 ${n} 个重复项。`,
      overflow: (n: number, max: number) => `还有 ${n} 个 ID 未查询：一次最多 ${max} 个，请分批查询。`,
      nothingToLookUp: '请至少输入一个 UserID。',
    },
    results: {
      title: '查询结果',
      summary: (total: number, imported: number) => `共 ${total} 个用户，${imported} 个已导入`,
      emptyTitle: '尚未查询',
      emptyBody: '在上方粘贴 UserID 查看账号，或在下方导入新账号。',
      userId: 'UserID',
      account: '账号',
      nickname: '昵称',
      online: '在线状态',
      imported: '已导入',
      notImported: '未导入',
      checkFailed: (code: number) => `检查失败（${code}）`,
      noNickname: '（无昵称）',
      avatarOf: (id: string) => `${id} 的头像`,
      tableLabel: '查询到的用户',
    },
    state: {
      Online: '在线',
      PushOnline: '仅推送',
      Offline: '离线',
      unknown: '未知',
      onPlatform: (platform: string, state: string) => `${platform}：${state}`,
    },
    import: {
      title: '导入单个账号',
      intro: '账号需先导入，其他接口才能使用。导入已存在的 UserID 不会新建账号。',
      userId: 'UserID',
      userIdDescription: '最多 32 字节；建议仅用字母、数字、_ 和 -。',
      nick: '昵称',
      nickDescription: '可选，最多 500 字节。',
      faceUrl: '头像 URL',
      faceUrlDescription: '可选，最多 500 字节。',
      submit: '导入账号',
      success: (id: string) => `账号 ${id} 已导入。`,
      fieldRule: (field: string, rule: string) => `${field} ${rule}`,
    },
    detail: {
      back: '全部用户',
      loading: '正在加载账号…',
      notImportedTitle: '此 UserID 未导入',
      notImportedBody: (id: string) =>
        `IM 中没有账号“${id}”：它从未导入或已被删除。请在用户页面导入后再使用。`,
      importIt: '导入此账号',
    },
  },
});
