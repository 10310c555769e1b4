/**
 * Code ranges for codes the table does not know: webhook pass-through ranges first, then the
 * service families (01-conventions.md §10), so `explainImError` can still name the service.
 */
import type { ImErrorService } from '../errors';

/** A documented range of codes whose meaning is set by the app's own webhook answer (14-webhooks.md). */
export interface CodeRange {
  from: number;
  to: number;
  service: ImErrorService;
  en: string;
  zh: string;
  hintEn: string;
  hintZh: string;
  source: string;
}

const CALLBACK_HINT_EN =
  'Read ErrorInfo: the text comes from the app backend’s callback answer; ask its owners.';
const CALLBACK_HINT_ZH = '请查看 ErrorInfo：其内容来自业务后台的回调应答，请咨询业务后台负责人。';

/** Ranges checked before the service families, because they sit inside them. */
export const customRanges: readonly CodeRange[] = [
  {
    from: 10100,
    to: 10200,
    service: 'webhook',
    en: 'refused by the app backend’s group “before create” callback with its own code (10100–10200 are passed through to the caller)',
    zh: '业务后台的群组“创建之前”回调以自定义错误码拒绝（10100–10200 会原样返回给调用方）',
    hintEn: CALLBACK_HINT_EN,
    hintZh: CALLBACK_HINT_ZH,
    source: '14-webhooks.md',
  },
  {
    from: 120001,
    to: 130000,
    service: 'webhook',
    en: 'refused by the app backend’s C2C “before send” callback with its own code (120001–130000 are passed through to the sender)',
    zh: '业务后台的单聊“发消息之前”回调以自定义错误码拒绝（120001–130000 会原样返回给发送方）',
    hintEn: CALLBACK_HINT_EN,
    hintZh: CALLBACK_HINT_ZH,
    source: '14-webhooks.md',
  },
];

/** A service family: the range of codes it owns. */
export interface Family {
  from: number;
  to: number;
  service: ImErrorService;
  en: string;
  zh: string;
}

/** Code families by range, for codes the table does not know (01-conventions.md §10 and each service file). */
export const families: readonly Family[] = [
  {
    from: 1,
    to: 9999,
    service: 'client-sdk',
    en: 'codes below 10000 are usually client SDK codes, not REST codes (get_history uses 1001–1005)',
    zh: '10000 以下通常是客户端 SDK 错误码而非 REST 错误码（get_history 使用 1001–1005）',
  },
  {
    from: 10000,
    to: 11999,
    service: 'group',
    en: '10000–11999 come from the group service (group_open_http_svc), also used by community topics',
    zh: '10000–11999 来自群组服务（group_open_http_svc），社群话题也使用这一段',
  },
  {
    from: 20000,
    to: 22999,
    service: 'c2c',
    en: '2xxxx codes come from one-to-one (C2C) messaging',
    zh: '2xxxx 来自单聊消息服务',
  },
  {
    from: 23000,
    to: 23999,
    service: 'message-extension',
    en: '23xxx codes come from message extensions',
    zh: '23xxx 来自消息扩展服务',
  },
  {
    from: 24000,
    to: 29999,
    service: 'c2c',
    en: '2xxxx codes come from one-to-one (C2C) messaging',
    zh: '2xxxx 来自单聊消息服务',
  },
  {
    from: 30000,
    to: 39999,
    service: 'sns',
    en: '3xxxx codes come from the relationship service (sns: friends, blocklist, friend lists)',
    zh: '3xxxx 来自关系链服务（sns：好友、黑名单、好友分组）',
  },
  {
    from: 40000,
    to: 49999,
    service: 'profile',
    en: '4xxxx codes come from the profile service',
    zh: '4xxxx 来自资料服务（profile）',
  },
  {
    from: 50000,
    to: 59999,
    service: 'conversation',
    en: '5xxxx codes come from the conversation service (recent contacts, conversation groups and marks)',
    zh: '5xxxx 来自会话服务（最近联系人、会话分组与标记）',
  },
  {
    from: 60000,
    to: 69999,
    service: 'gateway',
    en: '6xxxx codes are common gateway errors (URL, signature, frequency, app status)',
    zh: '6xxxx 为公共网关错误（URL、签名、频率、应用状态）',
  },
  {
    from: 70000,
    to: 79999,
    service: 'account',
    en: '7xxxx codes are common account and UserSig errors',
    zh: '7xxxx 为公共账号与 UserSig 错误',
  },
  {
    from: 80000,
    to: 89999,
    service: 'content',
    en: '8xxxx codes concern content security and message size',
    zh: '8xxxx 与内容安全和消息长度有关',
  },
  {
    from: 90000,
    to: 99999,
    service: 'openim',
    en: '9xxxx codes come from the message service (openim) and all-member push',
    zh: '9xxxx 来自消息服务（openim）与全员推送',
  },
  {
    from: 110000,
    to: 119999,
    service: 'topic',
    en: '11xxxx codes come from community topics',
    zh: '11xxxx 来自社群话题',
  },
  {
    from: 130001,
    to: 139999,
    service: 'global-mute',
    en: '13xxxx codes come from global mute and operations APIs (getappinfo)',
    zh: '13xxxx 来自全局禁言与运营接口（getappinfo）',
  },
];
