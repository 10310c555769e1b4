/** Operator hints that codes of several services share, in English and Simplified Chinese. */
import type { Bilingual } from '../errors';

/** The account is not imported (or the UserID is mistyped). */
export const IMPORT_FIRST: Bilingual = {
  en: 'Import the account first (Users → Import) or check the UserID for typos.',
  zh: '请先导入该账号（用户 → 导入），或检查 UserID 是否拼写错误。',
};

/** A temporary server-side failure worth retrying. */
export const RETRY: Bilingual = {
  en: 'Temporary server-side problem: retry after a short pause; contact Tencent Cloud support if it persists.',
  zh: '服务端临时故障：稍后重试；若持续出现，请联系腾讯云技术支持。',
};

/** The calling identifier is not an App administrator. */
export const ADMIN: Bilingual = {
  en: 'The identifier in the request is not an App administrator: set the proxy’s admin identifier to an admin account (Console → Account management; default `administrator`).',
  zh: '请求中的 identifier 不是 App 管理员：请将代理配置的管理员账号设为管理员（控制台 → 账号管理，默认 `administrator`）。',
};

/** The request body is invalid; ErrorInfo names the field. */
export const FIX_BODY: Bilingual = {
  en: 'Fix the request body; ErrorInfo names the field. If the console sent it, report it as a bug.',
  zh: '请修正请求包体，ErrorInfo 会指出字段；若由控制台发出，请作为缺陷反馈。',
};

/** A frequency limit: back off rather than retry at once. */
export const SLOW_DOWN: Bilingual = {
  en: 'Too many calls: wait, then retry with backoff; bulk jobs should pace themselves.',
  zh: '调用过于频繁：请等待后退避重试，批量任务应控制速率。',
};

/** The proxy's admin UserSig was rejected. */
export const USERSIG: Bilingual = {
  en: 'The proxy’s admin UserSig was rejected: check the SDKAppID, secret key, admin identifier and region configured in the proxy, and the server clock.',
  zh: '代理生成的管理员 UserSig 被拒绝：请检查代理配置的 SDKAppID、密钥、管理员账号、地域以及服务器时钟。',
};
