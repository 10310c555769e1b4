/** `openconfigsvr/getappinfo`: daily usage statistics of the last 30 days (../shared/im-api/13-operations.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { envelopeShape } from '../../envelope';
import type { Label } from '../../profile';

/** Every metric a day's row may hold, with labels for the dashboard ("up" = sent to IM, "down" = delivered by IM). */
export const appInfoMetrics = [
  { name: 'AppName', label: { en: 'App name', zh: '应用名称' } },
  { name: 'AppId', label: { en: 'SDKAppID', zh: '应用 SDKAppID' } },
  { name: 'Company', label: { en: 'Owning account', zh: '所属客户名称' } },
  { name: 'ActiveUserNum', label: { en: 'Active users', zh: '活跃用户数' } },
  { name: 'RegistUserNumOneDay', label: { en: 'New accounts', zh: '新增注册人数' } },
  { name: 'RegistUserNumTotal', label: { en: 'Total accounts', zh: '累计注册人数' } },
  { name: 'LoginTimes', label: { en: 'Logins', zh: '登录次数' } },
  { name: 'LoginUserNum', label: { en: 'Users who logged in', zh: '登录人数' } },
  { name: 'UpMsgNum', label: { en: 'Messages sent (all)', zh: '上行消息数' } },
  { name: 'DownMsgNum', label: { en: 'Messages delivered (all)', zh: '下行消息数' } },
  { name: 'SendMsgUserNum', label: { en: 'Users who sent messages', zh: '发消息人数' } },
  { name: 'APNSMsgNum', label: { en: 'APNs pushes (all)', zh: 'APNs 推送数' } },
  { name: 'C2CUpMsgNum', label: { en: 'One-to-one messages sent', zh: '单聊上行消息数' } },
  { name: 'C2CDownMsgNum', label: { en: 'One-to-one messages delivered', zh: '单聊下行消息数' } },
  { name: 'C2CSendMsgUserNum', label: { en: 'Users who sent one-to-one messages', zh: '单聊发消息人数' } },
  { name: 'C2CAPNSMsgNum', label: { en: 'APNs pushes (one-to-one)', zh: '单聊 APNs 推送数' } },
  { name: 'MaxOnlineNum', label: { en: 'Peak online users', zh: '最高在线人数' } },
  { name: 'ChainIncrease', label: { en: 'Friend pairs added', zh: '关系链对数增加量' } },
  { name: 'ChainDecrease', label: { en: 'Friend pairs removed', zh: '关系链对数删除量' } },
  { name: 'GroupUpMsgNum', label: { en: 'Group messages sent', zh: '群聊上行消息数' } },
  { name: 'GroupDownMsgNum', label: { en: 'Group messages delivered', zh: '群聊下行消息数' } },
  { name: 'GroupSendMsgUserNum', label: { en: 'Users who sent group messages', zh: '群聊发消息人数' } },
  { name: 'GroupAPNSMsgNum', label: { en: 'APNs pushes (group)', zh: '群聊 APNs 推送数' } },
  { name: 'GroupSendMsgGroupNum', label: { en: 'Groups with messages', zh: '发消息群组数' } },
  { name: 'GroupJoinGroupTimes', label: { en: 'Group joins', zh: '入群总数' } },
  { name: 'GroupQuitGroupTimes', label: { en: 'Group leaves', zh: '退群总数' } },
  { name: 'GroupNewGroupNum', label: { en: 'Groups created', zh: '新增群组数' } },
  { name: 'GroupAllGroupNum', label: { en: 'Total groups', zh: '累计群组数' } },
  { name: 'GroupDestroyGroupNum', label: { en: 'Groups disbanded', zh: '解散群组数' } },
  { name: 'CallBackReq', label: { en: 'Webhook requests sent', zh: '回调请求数' } },
  { name: 'CallBackRsp', label: { en: 'Webhook responses received', zh: '回调应答数' } },
] as const satisfies readonly { name: string; label: Label }[];

/** A metric name. */
export type AppInfoMetric = (typeof appInfoMetrics)[number]['name'];

/** Request: optional metric names (absent or empty = all; unknown names are ignored by the service). */
export const getappinfoRequestSchema = z.object({
  RequestField: z.array(z.string()).optional(),
});

const metricShape = Object.fromEntries(appInfoMetrics.map((m) => [m.name, z.string().optional()])) as Record<
  AppInfoMetric,
  z.ZodOptional<z.ZodString>
>;

/** One day: `Date` (`YYYYMMDD`, Beijing time) plus the requested metrics, every value a decimal string. */
export const appInfoDaySchema = z.looseObject({ Date: z.string(), ...metricShape });

/** Response (no `ActionStatus` and `ErrorInfo` "OK" in the documented answers): one row per day, newest first. */
export const getappinfoResponseSchema = z.looseObject({
  ...envelopeShape,
  ActionStatus: envelopeShape.ActionStatus.optional(),
  Result: z.array(appInfoDaySchema),
});

/** Pull the app's daily operations statistics. */
export const endpoint = defineEndpoint({
  service: 'openconfigsvr',
  command: 'getappinfo',
  summary: 'Pull daily operations statistics',
  doc: '13-operations.md',
  access: 'read',
  request: getappinfoRequestSchema,
  response: getappinfoResponseSchema,
  rate: DEFAULT_RATE,
});

export type GetappinfoRequest = z.infer<typeof getappinfoRequestSchema>;
export type GetappinfoResponse = z.infer<typeof getappinfoResponseSchema>;
