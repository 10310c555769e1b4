/** Strings of the bulk account jobs on /users: import a file, check, kick and delete lists. */
import { defineMessages } from '../../../lib/i18n/i18n';

const n = (x: number) => x.toLocaleString('en');
const nz = (x: number) => x.toLocaleString('zh-CN');

export const bulkMessages = defineMessages({
  en: {
    title: 'Accounts in bulk',
    intro:
      'Jobs run in this browser: batches of the documented size, paced under the call frequency, with a per-item report. Keep this tab open until a job finishes.',
    tabs: {
      label: 'Bulk jobs',
      import: 'Import a file',
      check: 'Check a list',
      kick: 'Kick a list',
      delete: 'Delete a list',
    },
    file: {
      label: 'Accounts file (CSV or TXT)',
      description:
        'CSV: UserID, nickname, face URL columns; a header row naming them is optional. TXT: one UserID per line.',
      placeholder: 'Choose a .csv or .txt file',
      reading: 'Reading the file…',
      readFailed: (name: string) => `Could not read ${name}.`,
      empty: 'The file has no rows.',
    },
    dryRun: {
      title: 'Dry run',
      summary: (rows: number, valid: number, bad: number, dups: number) =>
        `${n(rows)} ${rows === 1 ? 'row' : 'rows'}: ${n(valid)} valid, ${n(bad)} with errors, ${n(dups)} ${dups === 1 ? 'duplicate' : 'duplicates'}.`,
      header: 'A header row was found and used to map the columns.',
      noHeader: 'No header row: columns are read as UserID, nickname, face URL.',
      problemsTitle: (count: number) => `${n(count)} ${count === 1 ? 'row breaks' : 'rows break'} a rule`,
      problemsHint:
        'These rows are not sent; they appear as failed in the report. Fix the file and choose it again to include them.',
      problemsTable: 'Rows with errors',
      duplicatesTitle: (count: number) => `${n(count)} repeated ${count === 1 ? 'UserID' : 'UserIDs'}`,
      duplicatesHint: 'Each UserID is imported once, from its first line.',
      duplicatesTable: 'Repeated UserIDs',
      line: 'Line',
      field: 'Field',
      value: 'Value',
      rule: 'Rule',
      firstLine: 'First seen on line',
      fieldNames: { UserID: 'UserID', Nick: 'Nickname', FaceUrl: 'Face URL', row: 'Row' },
      nicknames:
        'Nicknames and face URLs are sent in the AccountList format of multiaccount_import, which also updates them on accounts that already exist.',
      run: (count: number) => `Import ${n(count)} ${count === 1 ? 'account' : 'accounts'}`,
      nothingValid: 'No valid row to import.',
    },
    ids: {
      label: 'UserIDs',
      description:
        'Paste UserIDs separated by commas, spaces or new lines (up to 100,000), or load a TXT/CSV file (first column).',
      fileLabel: 'Or load a file',
      rejectedTitle: (count: number) =>
        `${n(count)} ${count === 1 ? 'entry is not a valid UserID' : 'entries are not valid UserIDs'}`,
      rejectedItem: (position: number, value: string, rule: string) =>
        `#${position} “${value}”: UserID ${rule}`,
      more: (count: number) => `…and ${n(count)} more`,
      duplicates: (count: number) => `${n(count)} duplicate ${count === 1 ? 'entry' : 'entries'} removed.`,
      overflow: (count: number, max: number) => `${n(count)} more not taken: at most ${n(max)} per job.`,
      ready: (count: number) => `${n(count)} valid ${count === 1 ? 'UserID' : 'UserIDs'}.`,
      none: 'Enter at least one valid UserID.',
    },
    actions: {
      check: (count: number) => `Check ${n(count)} ${count === 1 ? 'account' : 'accounts'}`,
      kick: (count: number) => `Kick ${n(count)} ${count === 1 ? 'account' : 'accounts'}`,
      delete: (count: number) => `Delete ${n(count)} ${count === 1 ? 'account' : 'accounts'}…`,
      checkHelp: 'account_check: 100 per call. Shows whether each account is imported.',
      kickHelp:
        'kick: one account per call. Every UserSig issued so far stops working; the user must log in again.',
      deleteHelp:
        'account_delete: 100 per call. Deletes accounts with their friends, profile, group data and conversations. This cannot be undone.',
      newJob: 'New job',
    },
    confirm: {
      title: 'Delete accounts permanently',
      body: (count: number) =>
        `${n(count)} ${count === 1 ? 'account' : 'accounts'} will be deleted with their relationship chain, profile, group data and conversations. Deleted data cannot be recovered.`,
      label: (count: number) => `Type ${count} to confirm`,
      mismatch: (count: number) => `Type the number ${count} exactly.`,
      submit: 'Delete accounts',
      cancel: 'Keep them',
    },
    jobs: {
      import: (count: number) => `Import of ${n(count)} ${count === 1 ? 'row' : 'rows'}`,
      check: (count: number) => `Check of ${n(count)} ${count === 1 ? 'account' : 'accounts'}`,
      kick: (count: number) => `Kick of ${n(count)} ${count === 1 ? 'account' : 'accounts'}`,
      delete: (count: number) => `Deletion of ${n(count)} ${count === 1 ? 'account' : 'accounts'}`,
    },
    status: {
      imported: 'Imported',
      existed: 'Already existed',
      checked: 'Checked',
      kicked: 'Kicked',
      deleted: 'Deleted',
    },
    columns: { line: 'Line', userId: 'UserID', nick: 'Nickname', faceUrl: 'Face URL' },
    accountState: { Imported: 'Imported', NotImported: 'Not imported' },
    notSent: (why: string) => `Not sent: ${why}`,
    failAccounts:
      'Listed in FailAccounts: the service gives no reason (an invalid UserID, the account cap 70398 or the re-import wait 70399).',
  },
  zh: {
    title: '批量账号操作',
    intro:
      '任务在本浏览器中运行：按文档规定的批量大小分批、低于调用频率限制匀速发送，并给出逐项报告。任务完成前请保持此页面打开。',
    tabs: {
      label: '批量任务',
      import: '导入文件',
      check: '检查列表',
      kick: '批量踢下线',
      delete: '批量删除',
    },
    file: {
      label: '账号文件（CSV 或 TXT）',
      description: 'CSV：UserID、昵称、头像 URL 三列，可选表头行。TXT：每行一个 UserID。',
      placeholder: '选择 .csv 或 .txt 文件',
      reading: '正在读取文件…',
      readFailed: (name: string) => `无法读取 ${name}。`,
      empty: '文件中没有数据行。',
    },
    dryRun: {
      title: '预检查',
      summary: (rows: number, valid: number, bad: number, dups: number) =>
        `共 ${nz(rows)} 行：${nz(valid)} 行有效，${nz(bad)} 行有错误，${nz(dups)} 个重复。`,
      header: '已识别表头行，并据此对应各列。',
      noHeader: '没有表头行：按 UserID、昵称、头像 URL 的顺序读取各列。',
      problemsTitle: (count: number) => `${nz(count)} 行不符合规则`,
      problemsHint: '这些行不会发送，在报告中记为失败。修正文件后重新选择即可包含它们。',
      problemsTable: '有错误的行',
      duplicatesTitle: (count: number) => `${nz(count)} 个重复的 UserID`,
      duplicatesHint: '每个 UserID 只按首次出现的行导入一次。',
      duplicatesTable: '重复的 UserID',
      line: '行号',
      field: '字段',
      value: '值',
      rule: '规则',
      firstLine: '首次出现的行',
      fieldNames: { UserID: 'UserID', Nick: '昵称', FaceUrl: '头像 URL', row: '整行' },
      nicknames:
        '昵称和头像 URL 通过 multiaccount_import 的 AccountList 格式发送；对已存在的账号也会更新这两项。',
      run: (count: number) => `导入 ${nz(count)} 个账号`,
      nothingValid: '没有可导入的有效行。',
    },
    ids: {
      label: 'UserID',
      description: '粘贴 UserID，用逗号、空格或换行分隔（最多 100,000 个），或载入 TXT/CSV 文件（第一列）。',
      fileLabel: '或载入文件',
      rejectedTitle: (count: number) => `${nz(count)} 项不是有效的 UserID`,
      rejectedItem: (position: number, value: string, rule: string) =>
        `第 ${position} 项“${value}”：UserID ${rule}`,
      more: (count: number) => `……另有 ${nz(count)} 项`,
      duplicates: (count: number) => `已去除 ${nz(count)} 个重复项。`,
      overflow: (count: number, max: number) => `另有 ${nz(count)} 项未纳入：每个任务最多 ${nz(max)} 个。`,
      ready: (count: number) => `${nz(count)} 个有效 UserID。`,
      none: '请至少输入一个有效的 UserID。',
    },
    actions: {
      check: (count: number) => `检查 ${nz(count)} 个账号`,
      kick: (count: number) => `将 ${nz(count)} 个账号踢下线`,
      delete: (count: number) => `删除 ${nz(count)} 个账号…`,
      checkHelp: 'account_check：每次 100 个。显示每个账号是否已导入。',
      kickHelp: 'kick：每次一个账号。此前签发的所有 UserSig 失效，用户须重新登录。',
      deleteHelp: 'account_delete：每次 100 个。删除账号及其好友、资料、群组数据和会话，无法恢复。',
      newJob: '新任务',
    },
    confirm: {
      title: '永久删除账号',
      body: (count: number) =>
        `将删除 ${nz(count)} 个账号及其关系链、资料、群组数据和会话。删除后数据无法恢复。`,
      label: (count: number) => `输入 ${count} 以确认`,
      mismatch: (count: number) => `请准确输入数字 ${count}。`,
      submit: '删除账号',
      cancel: '保留',
    },
    jobs: {
      import: (count: number) => `导入 ${nz(count)} 行`,
      check: (count: number) => `检查 ${nz(count)} 个账号`,
      kick: (count: number) => `将 ${nz(count)} 个账号踢下线`,
      delete: (count: number) => `删除 ${nz(count)} 个账号`,
    },
    status: {
      imported: '已导入',
      existed: '原已存在',
      checked: '已检查',
      kicked: '已踢下线',
      deleted: '已删除',
    },
    columns: { line: '行号', userId: 'UserID', nick: '昵称', faceUrl: '头像 URL' },
    accountState: { Imported: '已导入', NotImported: '未导入' },
    notSent: (why: string) => `未发送：${why}`,
    failAccounts:
      '列在 FailAccounts 中：服务未给出原因（UserID 无效、账号数上限 70398 或删除后重新导入需等待 70399）。',
  },
});
