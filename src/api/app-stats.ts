/**
 * The daily statistics of `openconfigsvr/getappinfo` as an operator reads them: every metric in a group
 * (users, messages, groups, push, relationship chain, callbacks), with a one-line explanation in English
 * and Chinese and how a period sums it up. Explanations expand the labels of
 * ../shared/im-api/13-operations.md "Metric field reference" and add no definition of their own.
 */
import { appInfoMetrics, type AppInfoMetric } from './endpoints/openconfigsvr/getappinfo';
import type { Label } from './profile';

/**
 * How a metric behaves over days: `count` adds up (a period's value is the sum), `total` is cumulative
 * and `peak` a daily maximum (a period's value is the latest day's / the highest day's), `info` is text.
 */
export type MetricKind = 'count' | 'total' | 'peak' | 'info';

/** One metric of the catalogue. */
export interface StatMetric {
  name: AppInfoMetric;
  label: Label;
  explain: Label;
  kind: MetricKind;
}

/** Keys of the metric groups, in the order the dashboard shows them. */
export const statGroupKeys = [
  'overview',
  'users',
  'messages',
  'c2c',
  'groups',
  'push',
  'chain',
  'callbacks',
  'all',
] as const;
export type StatGroupKey = (typeof statGroupKeys)[number];

const explanations: Record<AppInfoMetric, { explain: Label; kind: MetricKind }> = {
  AppName: { kind: 'info', explain: { en: 'The application’s name.', zh: '应用的名称。' } },
  AppId: { kind: 'info', explain: { en: 'The application’s SDKAppID.', zh: '应用的 SDKAppID。' } },
  Company: {
    kind: 'info',
    explain: { en: 'The customer account that owns the app.', zh: '应用所属的客户账号名称。' },
  },
  ActiveUserNum: { kind: 'count', explain: { en: 'Users active that day.', zh: '当天的活跃用户数。' } },
  RegistUserNumOneDay: {
    kind: 'count',
    explain: { en: 'Accounts created or imported that day.', zh: '当天新创建或导入的账号数。' },
  },
  RegistUserNumTotal: {
    kind: 'total',
    explain: { en: 'All registered accounts as of that day.', zh: '截至当天累计注册的账号数。' },
  },
  LoginTimes: { kind: 'count', explain: { en: 'Logins that day.', zh: '当天的登录次数。' } },
  LoginUserNum: {
    kind: 'count',
    explain: { en: 'Distinct users who logged in that day.', zh: '当天登录过的不同用户数。' },
  },
  UpMsgNum: {
    kind: 'count',
    explain: {
      en: 'Messages senders submitted to IM, one-to-one and group together.',
      zh: '发送方提交给 IM 的消息数（单聊与群聊合计）。',
    },
  },
  DownMsgNum: {
    kind: 'count',
    explain: {
      en: 'Messages IM delivered to recipients, one-to-one and group together.',
      zh: 'IM 投递给接收方的消息数（单聊与群聊合计）。',
    },
  },
  SendMsgUserNum: {
    kind: 'count',
    explain: {
      en: 'Distinct users who sent at least one message of any kind.',
      zh: '发送过至少一条消息（任意类型）的不同用户数。',
    },
  },
  APNSMsgNum: {
    kind: 'count',
    explain: {
      en: 'APNs pushes sent, one-to-one and group together.',
      zh: '发出的 APNs 推送数（单聊与群聊合计）。',
    },
  },
  C2CUpMsgNum: {
    kind: 'count',
    explain: { en: 'One-to-one messages senders submitted to IM.', zh: '发送方提交给 IM 的单聊消息数。' },
  },
  C2CDownMsgNum: {
    kind: 'count',
    explain: { en: 'One-to-one messages IM delivered to recipients.', zh: 'IM 投递给接收方的单聊消息数。' },
  },
  C2CSendMsgUserNum: {
    kind: 'count',
    explain: { en: 'Distinct users who sent a one-to-one message.', zh: '发送过单聊消息的不同用户数。' },
  },
  C2CAPNSMsgNum: {
    kind: 'count',
    explain: { en: 'APNs pushes for one-to-one messages.', zh: '单聊消息触发的 APNs 推送数。' },
  },
  MaxOnlineNum: {
    kind: 'peak',
    explain: { en: 'Most users online at the same time that day.', zh: '当天同时在线的最高人数。' },
  },
  ChainIncrease: {
    kind: 'count',
    explain: { en: 'Friend pairs added that day.', zh: '当天新增的好友关系对数。' },
  },
  ChainDecrease: {
    kind: 'count',
    explain: { en: 'Friend pairs removed that day.', zh: '当天删除的好友关系对数。' },
  },
  GroupUpMsgNum: {
    kind: 'count',
    explain: { en: 'Group messages senders submitted to IM.', zh: '发送方提交给 IM 的群聊消息数。' },
  },
  GroupDownMsgNum: {
    kind: 'count',
    explain: {
      en: 'Group messages IM delivered to members (one message to 100 members counts up to 100).',
      zh: 'IM 投递给群成员的群聊消息数（一条消息发给 100 名成员最多计 100）。',
    },
  },
  GroupSendMsgUserNum: {
    kind: 'count',
    explain: { en: 'Distinct users who sent a group message.', zh: '发送过群聊消息的不同用户数。' },
  },
  GroupAPNSMsgNum: {
    kind: 'count',
    explain: { en: 'APNs pushes for group messages.', zh: '群聊消息触发的 APNs 推送数。' },
  },
  GroupSendMsgGroupNum: {
    kind: 'count',
    explain: { en: 'Groups in which at least one message was sent.', zh: '至少有一条消息的群组数。' },
  },
  GroupJoinGroupTimes: {
    kind: 'count',
    explain: { en: 'Times a member joined a group, all groups together.', zh: '所有群组的入群次数。' },
  },
  GroupQuitGroupTimes: {
    kind: 'count',
    explain: { en: 'Times a member left a group, all groups together.', zh: '所有群组的退群次数。' },
  },
  GroupNewGroupNum: { kind: 'count', explain: { en: 'Groups created that day.', zh: '当天新建的群组数。' } },
  GroupAllGroupNum: {
    kind: 'total',
    explain: { en: 'All groups as of that day.', zh: '截至当天累计的群组数。' },
  },
  GroupDestroyGroupNum: {
    kind: 'count',
    explain: { en: 'Groups disbanded that day.', zh: '当天解散的群组数。' },
  },
  CallBackReq: {
    kind: 'count',
    explain: { en: 'Webhook requests IM sent to the app’s backend.', zh: 'IM 发往应用后台的回调请求数。' },
  },
  CallBackRsp: {
    kind: 'count',
    explain: {
      en: 'Webhook answers IM received from the app’s backend (fewer than requests = failures).',
      zh: 'IM 收到应用后台的回调应答数（少于请求数说明有失败）。',
    },
  },
};

/** Every metric with its label, explanation and kind, in the contract's order. */
export const statMetrics: readonly StatMetric[] = appInfoMetrics.map((m) => ({
  name: m.name,
  label: m.label,
  ...explanations[m.name],
}));

const byName = new Map(statMetrics.map((m) => [m.name, m]));

/** The catalogue entry of one metric. */
export function statMetric(name: AppInfoMetric): StatMetric {
  return byName.get(name)!;
}

/** One group of metrics on the dashboard. */
export interface StatGroup {
  key: StatGroupKey;
  label: Label;
  explain: Label;
  metrics: readonly AppInfoMetric[];
}

const numeric = statMetrics.filter((m) => m.kind !== 'info').map((m) => m.name);

/** The groups, as an operator thinks of the app: who uses it, what they send, groups, push, friends, webhooks. */
export const statGroups: readonly StatGroup[] = [
  {
    key: 'overview',
    label: { en: 'Overview', zh: '概览' },
    explain: { en: 'The headline figure of each area.', zh: '各方面的主要指标。' },
    metrics: [
      'ActiveUserNum',
      'RegistUserNumOneDay',
      'MaxOnlineNum',
      'UpMsgNum',
      'GroupNewGroupNum',
      'CallBackReq',
    ],
  },
  {
    key: 'users',
    label: { en: 'Users', zh: '用户' },
    explain: { en: 'Who uses the app and how often they log in.', zh: '使用应用的用户及其登录情况。' },
    metrics: [
      'ActiveUserNum',
      'RegistUserNumOneDay',
      'RegistUserNumTotal',
      'LoginTimes',
      'LoginUserNum',
      'MaxOnlineNum',
    ],
  },
  {
    key: 'messages',
    label: { en: 'All messages', zh: '全部消息' },
    explain: {
      en: '“Sent” is what senders submit to IM; “delivered” is what IM hands to each recipient.',
      zh: '“上行”是发送方提交给 IM 的消息，“下行”是 IM 投递给每个接收方的消息。',
    },
    metrics: ['UpMsgNum', 'DownMsgNum', 'SendMsgUserNum'],
  },
  {
    key: 'c2c',
    label: { en: 'One-to-one messages', zh: '单聊消息' },
    explain: { en: 'Messages between two users.', zh: '两个用户之间的消息。' },
    metrics: ['C2CUpMsgNum', 'C2CDownMsgNum', 'C2CSendMsgUserNum'],
  },
  {
    key: 'groups',
    label: { en: 'Group messages and groups', zh: '群消息与群组' },
    explain: {
      en: 'Messages in groups, and groups created, disbanded, joined and left.',
      zh: '群内消息，以及群组的创建、解散、加入和退出。',
    },
    metrics: [
      'GroupUpMsgNum',
      'GroupDownMsgNum',
      'GroupSendMsgUserNum',
      'GroupSendMsgGroupNum',
      'GroupNewGroupNum',
      'GroupAllGroupNum',
      'GroupDestroyGroupNum',
      'GroupJoinGroupTimes',
      'GroupQuitGroupTimes',
    ],
  },
  {
    key: 'push',
    label: { en: 'Push (APNs)', zh: '推送（APNs）' },
    explain: { en: 'Offline pushes sent through Apple’s APNs.', zh: '通过苹果 APNs 发出的离线推送。' },
    metrics: ['APNSMsgNum', 'C2CAPNSMsgNum', 'GroupAPNSMsgNum'],
  },
  {
    key: 'chain',
    label: { en: 'Relationship chain', zh: '关系链' },
    explain: { en: 'Friend pairs added and removed.', zh: '新增和删除的好友关系对。' },
    metrics: ['ChainIncrease', 'ChainDecrease'],
  },
  {
    key: 'callbacks',
    label: { en: 'Callbacks', zh: '回调' },
    explain: {
      en: 'Webhook calls IM made to the app’s backend and the answers it got.',
      zh: 'IM 对应用后台发起的回调及收到的应答。',
    },
    metrics: ['CallBackReq', 'CallBackRsp'],
  },
  {
    key: 'all',
    label: { en: 'All fields', zh: '全部字段' },
    explain: { en: 'Every field the API returns.', zh: '接口返回的全部字段。' },
    metrics: numeric,
  },
];

/** A group by key (the overview when the key is unknown, e.g. a hand-edited URL). */
export function statGroup(key: string | null | undefined): StatGroup {
  return statGroups.find((g) => g.key === key) ?? statGroups[0]!;
}

/** The descriptive (non-counter) fields, shown once above the figures. */
export const appIdentityMetrics: readonly AppInfoMetric[] = statMetrics
  .filter((m) => m.kind === 'info')
  .map((m) => m.name);
