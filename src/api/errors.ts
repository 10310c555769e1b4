/**
 * The IM error-code table: every code that ../shared/im-api documents, with its meaning and an
 * operator hint in English and Simplified Chinese, and whether a retry is worthwhile. The web
 * client shows these next to a failed call; the proxy uses `transient`/`rateLimit` for retries.
 */

/** The service (code family) a code belongs to. */
export type ImErrorService =
  | 'gateway'
  | 'account'
  | 'openim'
  | 'push'
  | 'c2c'
  | 'message-extension'
  | 'sns'
  | 'profile'
  | 'conversation'
  | 'group'
  | 'topic'
  | 'content'
  | 'global-mute'
  | 'operations'
  | 'webhook'
  | 'client-sdk'
  | 'unknown';

/** Text in both console languages. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** Everything the console knows about one IM error code. */
export interface ImErrorInfo {
  /** The `ErrorCode` / `ResultCode` value. */
  code: number;
  /** False when the code is not in the table and the text is a range-based guess. */
  known: boolean;
  /** The code family, e.g. `group` for 1xxxx codes of `group_open_http_svc`. */
  service: ImErrorService;
  /** What the code means. */
  meaning: Bilingual;
  /** What the operator should do next. */
  hint: Bilingual;
  /** True when the same request may succeed if retried soon (internal errors, timeouts, write conflicts). */
  transient: boolean;
  /** True for frequency or quota limits: wait and slow down rather than retry at once. Never also `transient`. */
  rateLimit: boolean;
  /** The reference file (in ../shared/im-api) where the code is documented. */
  source: string;
  /** The vendor's error-code page. */
  doc: Bilingual;
}

/** Tencent's consolidated error-code pages (01-conventions.md §1). */
const ERROR_DOC: Bilingual = Object.freeze({
  en: 'https://www.tencentcloud.com/document/product/1047/34348',
  zh: 'https://cloud.tencent.com/document/product/269/1671',
});

type Retry = 'transient' | 'rate';

/** One table row: code, meaning (en, zh), hint (en, zh), and optionally the retry class and source. */
type Row = readonly [
  code: number,
  meaningEn: string,
  meaningZh: string,
  hintEn: string,
  hintZh: string,
  extra?: { retry?: Retry; source?: string },
];

interface Section {
  service: ImErrorService;
  source: string;
  rows: readonly Row[];
}

const IMPORT_FIRST_EN = 'Import the account first (Users → Import) or check the UserID for typos.';
const IMPORT_FIRST_ZH = '请先导入该账号（用户 → 导入），或检查 UserID 是否拼写错误。';
const RETRY_EN =
  'Temporary server-side problem: retry after a short pause; contact Tencent Cloud support if it persists.';
const RETRY_ZH = '服务端临时故障：稍后重试；若持续出现，请联系腾讯云技术支持。';
const ADMIN_EN =
  'The identifier in the request is not an App administrator: set the proxy’s admin identifier to an admin account (Console → Account management; default `administrator`).';
const ADMIN_ZH =
  '请求中的 identifier 不是 App 管理员：请将代理配置的管理员账号设为管理员（控制台 → 账号管理，默认 `administrator`）。';
const FIX_BODY_EN =
  'Fix the request body; ErrorInfo names the field. If the console sent it, report it as a bug.';
const FIX_BODY_ZH = '请修正请求包体，ErrorInfo 会指出字段；若由控制台发出，请作为缺陷反馈。';
const SLOW_DOWN_EN = 'Too many calls: wait, then retry with backoff; bulk jobs should pace themselves.';
const SLOW_DOWN_ZH = '调用过于频繁：请等待后退避重试，批量任务应控制速率。';
const USERSIG_EN =
  'The proxy’s admin UserSig was rejected: check the SDKAppID, secret key, admin identifier and region configured in the proxy, and the server clock.';
const USERSIG_ZH =
  '代理生成的管理员 UserSig 被拒绝：请检查代理配置的 SDKAppID、密钥、管理员账号、地域以及服务器时钟。';

const sections: readonly Section[] = [
  {
    service: 'gateway',
    source: '01-conventions.md §10.1',
    rows: [
      [
        60002,
        'HTTP parse error: the request URL is malformed.',
        'HTTP 解析错误：请求 URL 格式不正确。',
        'Check the URL shape /v4/<service>/<command>?sdkappid=…&identifier=…&usersig=…&random=…&contenttype=json.',
        '检查 URL 格式：/v4/<service>/<command>?sdkappid=…&identifier=…&usersig=…&random=…&contenttype=json。',
      ],
      [
        60003,
        'The HTTP request body is not valid JSON.',
        'HTTP 请求包体不是合法的 JSON。',
        'Send a JSON object as the body. The proxy validates bodies, so report this if the console sent it.',
        '请以 JSON 对象作为包体发送；代理会校验包体，若由控制台发出请反馈。',
      ],
      [
        60004,
        'Account or signature is wrong in the URL or body (identifier/usersig missing or invalid).',
        'URL 或包体中的账号或签名错误（identifier/usersig 缺失或无效）。',
        USERSIG_EN,
        USERSIG_ZH,
      ],
      [
        60005,
        'Account or signature is wrong in the URL or body (same meaning as 60004).',
        'URL 或包体中的账号或签名错误（与 60004 含义相同）。',
        USERSIG_EN,
        USERSIG_ZH,
      ],
      [
        60006,
        'The SDKAppID is invalid.',
        'SDKAppID 无效。',
        'Check that the proxy’s SDKAppID matches the app shown in the IM console.',
        '检查代理配置的 SDKAppID 是否与 IM 控制台中的应用一致。',
      ],
      [
        60007,
        'REST API call frequency exceeded (default 200 calls per second per API).',
        'REST API 调用频率超限（默认每个接口每秒 200 次）。',
        SLOW_DOWN_EN,
        SLOW_DOWN_ZH,
        { retry: 'rate' },
      ],
      [
        60008,
        'Service timeout or malformed HTTP request.',
        '服务请求超时或 HTTP 请求格式错误。',
        'Retry once; if it keeps failing, check that the call is a well-formed HTTP POST.',
        '重试一次；若持续失败，请检查请求是否为格式正确的 HTTP POST。',
        { retry: 'transient' },
      ],
      [
        60009,
        'Bad resource in the request URL (unknown service or command).',
        '请求 URL 中的资源错误（服务名或命令字不存在）。',
        'Check the service/command name and that the region domain offers this API.',
        '检查服务名/命令字，以及所用地域域名是否提供该接口。',
      ],
      [
        60010,
        'App administrator permission required (gateway check).',
        '需要 App 管理员权限（网关校验）。',
        ADMIN_EN,
        ADMIN_ZH,
      ],
      [
        60011,
        'SDKAppID-level request frequency exceeded.',
        'SDKAppID 级别的请求频率超限。',
        SLOW_DOWN_EN,
        SLOW_DOWN_ZH,
        { retry: 'rate' },
      ],
      [
        60012,
        'SDKAppID is missing from the URL.',
        'URL 中缺少 SDKAppID。',
        'Set the SDKAppID in the proxy configuration.',
        '请在代理配置中设置 SDKAppID。',
      ],
      [
        60013,
        'Internal error parsing JSON in an HTTP response.',
        '内部错误：解析 HTTP 响应中的 JSON 失败。',
        RETRY_EN,
        RETRY_ZH,
        { retry: 'transient' },
      ],
      [60014, 'Account exchange timed out.', '置换账号超时。', RETRY_EN, RETRY_ZH, { retry: 'transient' }],
      [
        60015,
        'Account type error in the body: UserIDs must be strings.',
        '包体中账号类型错误：UserID 必须是字符串。',
        'Send every UserID as a JSON string, not a number.',
        '所有 UserID 请以 JSON 字符串形式传递，不要用数字。',
      ],
      [
        60016,
        'The SDKAppID is disabled.',
        '该 SDKAppID 已被禁用。',
        'Check the app’s status and billing in the IM console.',
        '请在 IM 控制台检查应用状态与计费情况。',
      ],
      [
        60017,
        'The request is disabled for this app.',
        '该请求已被禁用。',
        'Contact Tencent Cloud support to find out why the request is blocked.',
        '请联系腾讯云技术支持确认请求被禁用的原因。',
      ],
      [
        60018,
        'Requests too frequent; retry later.',
        '请求过于频繁，请稍后重试。',
        SLOW_DOWN_EN,
        SLOW_DOWN_ZH,
        { retry: 'rate' },
      ],
      [
        60019,
        'Requests too frequent; retry later.',
        '请求过于频繁，请稍后重试。',
        SLOW_DOWN_EN,
        SLOW_DOWN_ZH,
        { retry: 'rate' },
      ],
      [
        60020,
        'The Pro edition package has expired or been suspended.',
        '专业版套餐包已到期或已停用。',
        'Renew the package in the console; it takes about 5 minutes to take effect after purchase.',
        '请在控制台续费，购买后约 5 分钟生效。',
      ],
      [
        60021,
        'The caller’s IP address is not on the REST API allow-list.',
        '调用方 IP 不在 REST API 白名单内。',
        'Add the proxy server’s outbound IP address to the IP allow-list in the IM console.',
        '请在 IM 控制台的 IP 白名单中加入代理服务器的出口 IP。',
      ],
    ],
  },
  {
    service: 'content',
    source: '01-conventions.md §10.1, 09-topics.md, 11-groups-messages.md',
    rows: [
      [
        80001,
        'Text blocked by content security (sensitive words). Listed in the common table and returned by group and topic APIs for names, notices, introductions and messages.',
        '文本命中内容安全（敏感词）。见于公共错误码表，群组与话题接口的名称、公告、简介及消息也会返回。',
        'Change the text that contains blocked words and try again.',
        '请修改包含敏感词的文本后重试。',
      ],
      [
        80002,
        'Message content too long (group messages: 12 KB in current docs, 8000 bytes in older docs; 10020 has the same meaning).',
        '消息内容过长（群消息：当前文档为 12 KB，旧文档为 8000 字节；与 10020 含义相同）。',
        'Shorten the message or split it into several messages.',
        '请缩短消息或拆分为多条发送。',
      ],
    ],
  },
  {
    service: 'account',
    source: '01-conventions.md §10.2, 01a-usersig.md §5',
    rows: [
      [
        70001,
        'UserSig expired (now is later than TLS.time + TLS.expire).',
        'UserSig 已过期（当前时间晚于 TLS.time + TLS.expire）。',
        'Generate a new UserSig. If the proxy signs the call, check the proxy server’s clock and its signature lifetime.',
        '请重新生成 UserSig；若由代理签名，请检查代理服务器时钟与签名有效期。',
      ],
      [
        70002,
        'UserSig is empty.',
        'UserSig 长度为 0。',
        'Pass the admin UserSig in the usersig query parameter; check the proxy’s secret key setting.',
        '请在 usersig 参数中传入管理员 UserSig，并检查代理的密钥配置。',
      ],
      [
        70003,
        'UserSig is invalid or could not be decoded (for example truncated).',
        'UserSig 非法或无法解析（例如被截断）。',
        'Make sure the whole UserSig reaches the server unchanged, then regenerate it.',
        '请确认 UserSig 完整无改动地传到服务端，并重新生成。',
      ],
      [
        70005,
        'UserSig is invalid (another parse failure).',
        'UserSig 非法（另一种解析失败）。',
        'Regenerate the UserSig with TLSSigAPIv2 and the app’s secret key.',
        '请使用 TLSSigAPIv2 与应用密钥重新生成 UserSig。',
      ],
      [
        70009,
        'UserSig verification failed: usually it was signed with another app’s key.',
        'UserSig 校验失败：通常是使用了其他应用的密钥签名。',
        'Check that the secret key configured in the proxy belongs to this SDKAppID (IM console → app → basic configuration).',
        '请确认代理配置的密钥属于该 SDKAppID（IM 控制台 → 应用 → 基础配置）。',
      ],
      [
        70013,
        'The UserID in the request differs from the one in the UserSig.',
        '请求中的 UserID 与 UserSig 中的不一致。',
        'Generate the UserSig for exactly the identifier sent in the request (case-sensitive).',
        '请为请求中的 identifier 生成 UserSig（区分大小写）。',
      ],
      [
        70014,
        'The SDKAppID in the request differs from the one in the UserSig.',
        '请求中的 SDKAppID 与 UserSig 中的不一致。',
        'Use the same SDKAppID for signing and for the request.',
        '签名与请求请使用同一个 SDKAppID。',
      ],
      [
        70016,
        'No key found for this SDKAppID (the app may live in another data centre).',
        '未找到该 SDKAppID 的密钥（应用可能位于其他数据中心）。',
        'Check the region: call the domain of the data centre where the app was created.',
        '请检查地域：调用应用所在数据中心的域名。',
      ],
      [
        70020,
        'SDKAppID not found (check the data centre).',
        '未找到该 SDKAppID（请检查数据中心）。',
        'Check the SDKAppID and the region domain configured in the proxy.',
        '请检查代理配置的 SDKAppID 与地域域名。',
      ],
      [
        70050,
        'Too many failed UserSig verifications; locked for one minute.',
        'UserSig 校验失败次数过多，已锁定一分钟。',
        'Wait one minute, fix the signing configuration, then retry.',
        '请等待一分钟，修正签名配置后再重试。',
        { retry: 'rate' },
      ],
      [
        70051,
        'The account is blocklisted.',
        '该账号已被拉入黑名单。',
        'Contact Tencent Cloud support about the blocked account.',
        '请就该账号被封禁一事联系腾讯云技术支持。',
      ],
      [
        70052,
        'UserSig has been invalidated (for example by a kick); generate a new one.',
        'UserSig 已失效（例如账号被踢下线），请重新生成。',
        'Generate a new UserSig; sigs issued before a kick stay invalid.',
        '请重新生成 UserSig；踢下线之前签发的 UserSig 均已失效。',
      ],
      [
        70107,
        'The requested account does not exist (not imported). Note: the consolidated error page says “login restricted for security reasons”; per-API pages and real responses mean “account does not exist”.',
        '请求的账号不存在（未导入）。注意：错误码汇总页写作“因安全原因被限制登录”，各接口页及真实响应均表示“账号不存在”。',
        IMPORT_FIRST_EN,
        IMPORT_FIRST_ZH,
      ],
      [70114, 'Internal server timeout.', '服务端内部超时。', RETRY_EN, RETRY_ZH, { retry: 'transient' }],
      [
        70169,
        'Internal server timeout; retry. Note: the consolidated error page lists it as “account does not exist”; per-API pages mean a timeout.',
        '服务端内部超时，请重试。注意：错误码汇总页写作“账号不存在”，各接口页表示超时。',
        RETRY_EN,
        RETRY_ZH,
        { retry: 'transient' },
      ],
      [
        70202,
        'Internal server timeout; retry.',
        '服务端内部超时，请重试。',
        RETRY_EN,
        RETRY_ZH,
        { retry: 'transient' },
      ],
      [
        70206,
        'Invalid batch size in the request.',
        '请求中批量数量不合法。',
        'Send at most 100 accounts per call.',
        '每次调用最多传 100 个账号。',
      ],
      [
        70346,
        'Undocumented: returned by account_import for a bad UserSig in a 2017 report.',
        '未公开的错误码：2017 年有报告称 account_import 在 UserSig 错误时返回此码。',
        USERSIG_EN,
        USERSIG_ZH,
      ],
      [
        70398,
        'Account limit reached (old Trial cap of 100 accounts).',
        '账号数超过上限（旧体验版上限 100 个）。',
        'Upgrade the app edition or delete unused accounts.',
        '请升级应用版本或删除不再使用的账号。',
      ],
      [
        70399,
        'A deleted UserID cannot be re-imported for 3 months (non-Trial apps).',
        '非体验版应用中，已删除的 UserID 在 3 个月内不能重新导入。',
        'Use a different UserID, or wait until 3 months after the deletion.',
        '请换用其他 UserID，或等待删除满 3 个月后再导入。',
      ],
      [
        70402,
        'Invalid parameter: a required field is missing or malformed (account APIs).',
        '参数非法：必填字段缺失或格式错误（账号接口）。',
        'Check that every UserID is a non-empty string of at most 32 bytes and the body has the documented shape.',
        '请检查 UserID 是否为非空字符串且不超过 32 字节，以及包体结构是否符合文档。',
      ],
      [
        70403,
        'App administrator permission required (account service).',
        '需要 App 管理员权限（账号服务）。',
        ADMIN_EN,
        ADMIN_ZH,
      ],
      [70500, 'Internal server error.', '服务端内部错误。', RETRY_EN, RETRY_ZH, { retry: 'transient' }],
      [
        71000,
        'Account deletion is refused for this app type (deletion not enabled).',
        '该类型应用不允许删除账号（未开启删除功能）。',
        'Only Trial apps may delete accounts by default; enable account deletion in the IM console.',
        '默认仅体验版可删除账号；请在 IM 控制台开启账号删除功能。',
        { source: '02-accounts.md' },
      ],
    ],
  },
  {
    service: 'openim',
    source: '01-conventions.md §10.3, 03-c2c-messages.md',
    rows: [
      [
        90001,
        'The body is not valid JSON (query_online_status also returns it for an empty To_Account array).',
        '包体不是合法 JSON（query_online_status 在 To_Account 为空数组时也返回此码）。',
        FIX_BODY_EN,
        FIX_BODY_ZH,
      ],
      [
        90002,
        'MsgBody does not match the message format or is not an array.',
        'MsgBody 不符合消息格式或不是数组。',
        'Send MsgBody as an array of {MsgType, MsgContent} elements.',
        'MsgBody 应为 {MsgType, MsgContent} 元素组成的数组。',
      ],
      [
        90003,
        'To_Account is missing, not a string, or the account does not exist.',
        'To_Account 缺失、不是字符串或账号不存在。',
        IMPORT_FIRST_EN,
        IMPORT_FIRST_ZH,
      ],
      [
        90004,
        'MsgSeq is invalid.',
        'MsgSeq 不合法。',
        'Send MsgSeq as an unsigned 32-bit integer.',
        'MsgSeq 应为 32 位无符号整数。',
      ],
      [
        90005,
        'MsgRandom is missing or not an integer.',
        'MsgRandom 缺失或不是整数。',
        'Send a random unsigned 32-bit integer as MsgRandom.',
        '请传入 32 位无符号随机整数作为 MsgRandom。',
      ],
      [
        90006,
        'MsgTimeStamp is missing or not an integer.',
        'MsgTimeStamp 缺失或不是整数。',
        'Send MsgTimeStamp as Unix seconds.',
        'MsgTimeStamp 应为 Unix 秒级时间戳。',
      ],
      [
        90007,
        'MsgBody is not an array.',
        'MsgBody 不是数组。',
        'Send MsgBody as a JSON array.',
        'MsgBody 应为 JSON 数组。',
      ],
      [
        90008,
        'From_Account is missing or the account does not exist.',
        'From_Account 缺失或账号不存在。',
        IMPORT_FIRST_EN,
        IMPORT_FIRST_ZH,
      ],
      [
        90009,
        'App administrator permission required (openim and push services).',
        '需要 App 管理员权限（openim 与全员推送服务）。',
        ADMIN_EN,
        ADMIN_ZH,
      ],
      [
        90010,
        'The body does not match the TIMMsgElement format (unknown MsgType, wrong MsgContent, or more than one custom element).',
        '包体不符合 TIMMsgElement 格式（MsgType 未知、MsgContent 错误或自定义元素多于一个）。',
        'Check each message element against the element reference.',
        '请对照消息元素文档检查每个元素。',
        { source: '04-message-elements.md' },
      ],
      [
        90011,
        'More than 500 target accounts in one request.',
        '单次请求的目标账号超过 500 个。',
        'Split the recipients into batches of at most 500.',
        '请将目标账号拆分为每批最多 500 个。',
      ],
      [
        90012,
        'To_Account is not registered (not imported); for batchsendmsg, no recipient was valid.',
        'To_Account 未注册（未导入）；batchsendmsg 中表示所有接收方都无效。',
        IMPORT_FIRST_EN,
        IMPORT_FIRST_ZH,
      ],
      [
        90026,
        'Offline storage time (MsgLifeTime) is invalid; at most 7 days (604800 s).',
        '离线消息存储时间（MsgLifeTime）错误，最多 7 天（604800 秒）。',
        'Set MsgLifeTime between 0 and 604800 seconds.',
        '请将 MsgLifeTime 设为 0 到 604800 秒之间。',
      ],
      [
        90030,
        'SyncFromOldSystem is missing or not an integer (importmsg).',
        'SyncFromOldSystem 缺失或不是整数（importmsg）。',
        'Set SyncFromOldSystem to 2 (history import) or 5 (real-time import); older docs use 1 for real-time.',
        '请将 SyncFromOldSystem 设为 2（历史导入）或 5（实时导入）；旧文档以 1 表示实时导入。',
      ],
      [
        90031,
        'SyncOtherMachine is not an integer.',
        'SyncOtherMachine 不是整数。',
        'Send SyncOtherMachine as 1 or 2.',
        'SyncOtherMachine 应为 1 或 2。',
      ],
      [
        90044,
        'MsgLifeTime is not an integer.',
        'MsgLifeTime 不是整数。',
        'Send MsgLifeTime as whole seconds.',
        'MsgLifeTime 应为整数秒。',
      ],
      [
        90048,
        'The requested account does not exist.',
        '请求的账号不存在。',
        IMPORT_FIRST_EN,
        IMPORT_FIRST_ZH,
      ],
      [
        90054,
        'MsgKey in the recall request is invalid.',
        '撤回请求中的 MsgKey 不合法。',
        'Use the MsgKey returned by sendmsg or by the roaming history, unchanged.',
        '请原样使用 sendmsg 或漫游消息返回的 MsgKey。',
      ],
      [
        90992,
        'Internal error; if every call returns it and third-party callbacks are configured, check that the app server answers callbacks.',
        '服务内部错误；若所有请求都返回此码且配置了第三方回调，请检查业务服务器是否正常响应回调。',
        'Retry; if it persists, check the webhook (callback) server configured for the app.',
        '请重试；若持续出现，请检查应用配置的回调服务器。',
        { retry: 'transient' },
      ],
      [
        90994,
        'Internal service error; retry.',
        '服务内部错误，请重试。',
        RETRY_EN,
        RETRY_ZH,
        { retry: 'transient' },
      ],
      [
        90995,
        'Internal service error; retry.',
        '服务内部错误，请重试。',
        RETRY_EN,
        RETRY_ZH,
        { retry: 'transient' },
      ],
      [
        91000,
        'Internal service error; retry.',
        '服务内部错误，请重试。',
        RETRY_EN,
        RETRY_ZH,
        { retry: 'transient' },
      ],
      [
        93000,
        'JSON packet too long: the message body exceeds the limit (8 KB in older docs, 12 KB in current docs).',
        'JSON 数据包超长：消息包体超过上限（旧文档 8 KB，当前文档 12 KB）。',
        'Shorten the message or split it into several messages.',
        '请缩短消息或拆分为多条发送。',
      ],
    ],
  },
  {
    service: 'push',
    source: '06-push.md',
    rows: [
      [
        90018,
        'Too many accounts in the request (push attribute and tag APIs take at most 100).',
        '请求的账号数过多（全员推送属性与标签接口最多 100 个）。',
        'Split the accounts into batches of at most 100.',
        '请将账号拆分为每批最多 100 个。',
      ],
      [
        90020,
        'A tag is longer than 50 bytes.',
        '标签长度超过 50 字节。',
        'Shorten the tag to at most 50 bytes.',
        '请将标签缩短至 50 字节以内。',
      ],
      [
        90022,
        'The same tag appears in both TagsOr and TagsAnd.',
        '同一标签同时出现在 TagsOr 和 TagsAnd 中。',
        'Remove the duplicate tag from one of the two lists.',
        '请从其中一个列表中移除重复标签。',
      ],
      [
        90024,
        'Pushing too often: two pushes must be more than 1 second apart.',
        '推送过于频繁：两次推送间隔须大于 1 秒。',
        'Wait at least one second between pushes.',
        '两次推送之间请至少间隔 1 秒。',
        { retry: 'rate' },
      ],
      [
        90032,
        'Too many tags: more than 10 tags in a push condition, or more than 10 per user in one im_add_tag call.',
        '标签过多：推送条件中超过 10 个标签，或单次 im_add_tag 为每个用户添加超过 10 个标签。',
        'Use at most 10 tags per condition list and per user per call.',
        '每个条件列表、每个用户每次调用最多使用 10 个标签。',
      ],
      [
        90033,
        'Invalid attribute: the attribute name is not configured.',
        '属性非法：属性名尚未设置。',
        'Set the attribute names first (im_set_attr_name), then use them.',
        '请先通过 im_set_attr_name 设置属性名称再使用。',
      ],
      [
        90039,
        'Attribute conditions and tag conditions cannot be used together.',
        '属性推送与标签推送不能同时使用。',
        'Push either by attributes or by tags, not both.',
        '请只按属性或只按标签推送。',
      ],
      [
        90040,
        'One of the condition tags is empty.',
        '推送条件中存在空标签。',
        'Remove empty strings from TagsAnd/TagsOr.',
        '请从 TagsAnd/TagsOr 中移除空字符串。',
      ],
      [
        90045,
        'The push-to-all feature is not enabled.',
        '未开通全员推送功能。',
        'Enable “Push to all users” in the IM console (paid editions only).',
        '请在 IM 控制台开通“全员推送”（仅付费版本支持）。',
      ],
      [
        90047,
        'Daily push quota exceeded (default 100 pushes a day).',
        '超过每日推送次数上限（默认每天 100 次）。',
        'Wait until tomorrow, or raise the quota with Tencent Cloud.',
        '请次日再推送，或联系腾讯云提高配额。',
        { retry: 'rate' },
      ],
      [
        90056,
        'Request body too large (push body limit 10 KB, newer docs).',
        '请求包体过大（新文档中全员推送包体上限 10 KB）。',
        'Shorten the push message.',
        '请缩短推送内容。',
      ],
    ],
  },
  {
    service: 'c2c',
    source: '03-c2c-messages.md',
    rows: [
      [
        20003,
        'C2C: the sender or receiver account is invalid (not imported).',
        '单聊：发送方或接收方账号无效（未导入）。',
        IMPORT_FIRST_EN,
        IMPORT_FIRST_ZH,
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
  },
  {
    service: 'message-extension',
    source: '11-groups-messages.md, 03-c2c-messages.md',
    rows: [
      [
        23001,
        'Message extension Seq conflict: a key changed since the caller’s Seq (C2C and group extension APIs, often per item).',
        '消息扩展 Seq 冲突：该键在调用方给出的 Seq 之后已被修改（单聊与群消息扩展接口，通常为逐项结果）。',
        'Re-read the extensions and retry with the latest Seq.',
        '请重新拉取扩展后使用最新 Seq 重试。',
      ],
      [
        23002,
        'The message does not support extensions.',
        '该消息不支持扩展。',
        'Only messages sent with SupportMessageExtension can carry extensions.',
        '只有发送时设置了 SupportMessageExtension 的消息才支持扩展。',
      ],
      [
        23003,
        'Message extension write frequency exceeded (200 writes a minute per message).',
        '消息扩展写入频率超限（每条消息每分钟 200 次）。',
        SLOW_DOWN_EN,
        SLOW_DOWN_ZH,
        { retry: 'rate' },
      ],
      [
        23004,
        'The message extension feature is not enabled.',
        '未开启消息扩展功能。',
        'Enable message extensions in the IM console.',
        '请在 IM 控制台开启消息扩展功能。',
      ],
    ],
  },
  {
    service: 'sns',
    source: '07-relationships.md',
    rows: [
      [
        30001,
        'Relationship request parameter error. Also returned per item for “already a friend” (friend_add), “not a friend” (friend_get_list) and “already blocked” (black_list_add).',
        '关系链请求参数错误。也作为逐项结果表示“已是好友”（friend_add）、“不是好友”（friend_get_list）和“已在黑名单”（black_list_add）。',
        'Read ResultInfo: per-item results may only mean the relationship already is as requested.',
        '请查看 ResultInfo：逐项结果可能只表示关系已是所请求的状态。',
      ],
      [
        30002,
        'SDKAppID mismatch or illegal for the account data.',
        'SDKAppID 与账号数据不匹配或非法。',
        'Check that the accounts belong to this SDKAppID.',
        '请确认账号属于该 SDKAppID。',
      ],
      [
        30003,
        'The requested account does not exist (not imported).',
        '请求的账号不存在（未导入）。',
        IMPORT_FIRST_EN,
        IMPORT_FIRST_ZH,
      ],
      [
        30004,
        'App administrator permission required (relationship service).',
        '需要 App 管理员权限（关系链服务）。',
        ADMIN_EN,
        ADMIN_ZH,
      ],
      [
        30005,
        'A relationship field (remark, wording, list name) contains sensitive words.',
        '关系链字段（备注、附言、分组名）包含敏感词。',
        'Change the text and try again.',
        '请修改文本后重试。',
      ],
      [
        30006,
        'Internal server error; retry.',
        '服务端内部错误，请重试。',
        RETRY_EN,
        RETRY_ZH,
        { retry: 'transient' },
      ],
      [
        30007,
        'Network or server timeout; retry later.',
        '网络或服务超时，请稍后重试。',
        RETRY_EN,
        RETRY_ZH,
        { retry: 'transient' },
      ],
      [
        30008,
        'Write conflict: concurrent writes to the same user’s relationship data.',
        '写冲突：并发写入同一用户的关系链数据。',
        'Retry, and send changes for one user in a single batch instead of parallel calls.',
        '请重试，并将同一用户的修改合并为一次批量调用而非并发调用。',
        { retry: 'transient' },
      ],
      [
        30009,
        'From_Account is banned from adding friends.',
        'From_Account 已被禁止加好友。',
        'Check the account’s restrictions; contact Tencent Cloud support if unexpected.',
        '请检查该账号的限制；如非预期，请联系腾讯云技术支持。',
      ],
      [
        30010,
        'The owner’s friend list is full (3,000 friends).',
        '自己的好友数已达上限（3000）。',
        'Delete some friends before adding more.',
        '请先删除部分好友再添加。',
      ],
      [
        30011,
        'Too many friend lists (at most 32).',
        '好友分组数已达上限（32 个）。',
        'Delete or merge friend lists first.',
        '请先删除或合并好友分组。',
      ],
      [
        30012,
        'Too many pending friend requests.',
        '未决的加好友请求数已达上限。',
        'Let the targets answer or delete pending requests first.',
        '请等待对方处理或先删除未决请求。',
      ],
      [
        30013,
        'The blocklist is full (1,000 entries).',
        '黑名单已满（1000 人）。',
        'Remove some entries from the blocklist first.',
        '请先从黑名单中移除部分账号。',
      ],
      [
        30014,
        'The target’s friend list is full.',
        '对方的好友数已达上限。',
        'The target must delete friends before it can accept more.',
        '对方需先删除部分好友才能添加。',
      ],
      [
        30515,
        'The target is on the owner’s blocklist.',
        '对方在自己的黑名单中。',
        'Remove the target from the owner’s blocklist first.',
        '请先将对方移出自己的黑名单。',
      ],
      [
        30516,
        'The target does not accept friend requests (AllowType_Type_DenyAny).',
        '对方设置了禁止加好友（AllowType_Type_DenyAny）。',
        'Use a forced add (friend_import) if the app allows it, or ask the user to change the setting.',
        '如业务允许可用 friend_import 强制添加，或请对方修改设置。',
      ],
      [
        30525,
        'The owner is on the target’s blocklist.',
        '自己在对方的黑名单中。',
        'The target must remove the owner from its blocklist first.',
        '需对方先将自己移出黑名单。',
      ],
      [
        30539,
        'Friend request is pending the target’s approval (not really a failure: the request was recorded).',
        '加好友请求等待对方验证（并非真正失败：请求已记录）。',
        'Nothing to fix: the friendship starts once the target accepts.',
        '无需处理：对方同意后即成为好友。',
      ],
      [
        30540,
        'Friend requests too frequent; filtered by security policy.',
        '加好友请求过于频繁，已被安全策略过滤。',
        'Slow down friend requests and try again later.',
        '请降低加好友频率，稍后再试。',
        { retry: 'rate' },
      ],
      [
        31307,
        'Already blocked (observed in a real black_list_add response; not in the docs, which use 30001).',
        '已在黑名单中（在真实 black_list_add 响应中观察到；文档中使用 30001）。',
        'Nothing to fix: the account is already blocked.',
        '无需处理：该账号已在黑名单中。',
      ],
      [
        31704,
        'The target is not a friend (friend_delete).',
        '对方不是好友（friend_delete）。',
        'Nothing to delete: refresh the friend list.',
        '无需删除：请刷新好友列表。',
      ],
      [
        31707,
        'Friend deletion filtered by security policy (too frequent).',
        '删除好友过于频繁，已被安全策略过滤。',
        'Slow down deletions and try again later.',
        '请降低删除频率，稍后再试。',
        { retry: 'rate' },
      ],
      [
        32216,
        'group_add: the target is not a friend, so it cannot be put in a friend list.',
        'group_add：对方不是好友，无法加入好友分组。',
        'Add the account as a friend first.',
        '请先添加对方为好友。',
      ],
    ],
  },
  {
    service: 'profile',
    source: '05-profile.md',
    rows: [
      [40001, 'Profile request parameter error.', '资料请求参数错误。', FIX_BODY_EN, FIX_BODY_ZH],
      [
        40003,
        'The requested account does not exist (not imported).',
        '请求的账号不存在（未导入）。',
        IMPORT_FIRST_EN,
        IMPORT_FIRST_ZH,
      ],
      [
        40004,
        'App administrator permission required (profile service).',
        '需要 App 管理员权限（资料服务）。',
        ADMIN_EN,
        ADMIN_ZH,
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
        RETRY_EN,
        RETRY_ZH,
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
  },
  {
    service: 'conversation',
    source: '08-conversations.md',
    rows: [
      [
        50001,
        'The UserID has not been imported into IM.',
        '该 UserID 尚未导入 IM。',
        IMPORT_FIRST_EN,
        IMPORT_FIRST_ZH,
      ],
      [50002, 'Conversation request parameter error.', '会话请求参数错误。', FIX_BODY_EN, FIX_BODY_ZH],
      [
        50003,
        'App administrator permission required (conversation service).',
        '需要 App 管理员权限（会话服务）。',
        ADMIN_EN,
        ADMIN_ZH,
      ],
      [
        50004,
        'Internal server error; retry.',
        '服务端内部错误，请重试。',
        RETRY_EN,
        RETRY_ZH,
        { retry: 'transient' },
      ],
      [
        50005,
        'Network timeout; retry later.',
        '网络超时，请稍后重试。',
        RETRY_EN,
        RETRY_ZH,
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
  },
  {
    service: 'group',
    source: '11-groups-messages.md §0, 10-groups-core.md',
    rows: [
      [
        10002,
        'Group service internal error; retry.',
        '群组服务内部错误，请重试。',
        RETRY_EN,
        RETRY_ZH,
        { retry: 'transient' },
      ],
      [
        10003,
        'Invalid command word (wrong endpoint name).',
        '请求命令字非法（接口名错误）。',
        'Check the group_open_http_svc command name in the URL.',
        '请检查 URL 中 group_open_http_svc 的命令字。',
      ],
      [
        10004,
        'Invalid parameter; ErrorInfo says which.',
        '参数非法，ErrorInfo 会指出具体字段。',
        FIX_BODY_EN,
        FIX_BODY_ZH,
      ],
      [
        10005,
        'Too many accounts in one request (e.g. MemberList over 100).',
        '单次请求中的账号过多（例如 MemberList 超过 100）。',
        'Split the accounts into smaller batches.',
        '请将账号拆分为更小的批次。',
      ],
      [
        10006,
        'Group operation frequency limit hit.',
        '群组操作频率超限。',
        SLOW_DOWN_EN,
        SLOW_DOWN_ZH,
        { retry: 'rate' },
      ],
      [
        10007,
        'Insufficient permission, or the operation is not allowed for this group type (e.g. members on an AVChatRoom); also the likely answer to a non-admin REST caller.',
        '权限不足，或该群类型不支持此操作（例如直播群不支持添加成员）；非管理员调用 REST 时也可能返回此码。',
        'Check the group type’s capabilities and that the proxy calls as an App admin.',
        '请检查该群类型是否支持此操作，以及代理是否以 App 管理员身份调用。',
      ],
      [
        10008,
        'Illegal request: the signature/authentication information failed verification.',
        '非法请求：签名/鉴权信息校验失败。',
        USERSIG_EN,
        USERSIG_ZH,
      ],
      [
        10010,
        'The group does not exist or has been disbanded (topic APIs: the topic does not belong to the group).',
        '群组不存在或已解散（话题接口：话题不属于该群）。',
        'Check the GroupId; the group may have been disbanded.',
        '请检查 GroupId，该群可能已解散。',
      ],
      [
        10011,
        'The group request body is not valid JSON.',
        '群组请求包体不是合法 JSON。',
        FIX_BODY_EN,
        FIX_BODY_ZH,
        { source: '01-conventions.md §10.4' },
      ],
      [
        10014,
        'The group is full (MaxMemberNum reached).',
        '群成员数已达上限（MaxMemberNum）。',
        'Add fewer members, remove members, or raise MaxMemberNum within the edition’s limit.',
        '请减少添加人数、移除成员，或在版本允许范围内调高 MaxMemberNum。',
      ],
      [
        10015,
        'Invalid group ID (malformed, or no group with that ID). One seed page calls it a JSON parse failure; the error list (and this console) treat that as a doc slip.',
        '群组 ID 非法（格式错误或无此群）。某页文档称其为 JSON 解析失败，错误码列表（及本控制台）视为文档笔误。',
        'Check the GroupId format and spelling.',
        '请检查 GroupId 的格式与拼写。',
      ],
      [
        10016,
        'The app backend refused the operation through a “before” callback (e.g. before creating a group or topic).',
        '业务后台通过“之前”回调拒绝了该操作（例如创建群组或话题之前回调）。',
        'Check the app server’s callback answer; it returned ErrorCode 1.',
        '请检查业务服务器的回调应答（返回了 ErrorCode 1）。',
        { source: '11-groups-messages.md §0, 14-webhooks.md' },
      ],
      [
        10017,
        'The sender is muted (in this group, by mute-all, or by a global group mute) and cannot send.',
        '发送者被禁言（本群禁言、全员禁言或全局群消息禁言），无法发送。',
        'Lift the mute for the sender, or send as the owner, a group admin or the App admin.',
        '请解除该成员的禁言，或以群主、群管理员或 App 管理员身份发送。',
      ],
      [
        10018,
        'The response would exceed 1 MB.',
        '应答包超过 1 MB。',
        'Lower Limit (page size) and page through the results.',
        '请调小 Limit 并分页拉取。',
      ],
      [
        10019,
        'A requested UserID does not exist (not imported).',
        '请求的 UserID 不存在（未导入）。',
        IMPORT_FIRST_EN,
        IMPORT_FIRST_ZH,
      ],
      [
        10020,
        'Group message too long (seed: over 8,000 bytes; 80002 has the same meaning).',
        '群消息过长（旧文档：超过 8000 字节；与 80002 含义相同）。',
        'Shorten the message or split it into several messages.',
        '请缩短消息或拆分为多条发送。',
      ],
      [
        10021,
        'Group ID already in use (topic APIs list it too, with an unclear meaning).',
        '群组 ID 已被使用（话题接口也列出此码，含义不明确）。',
        'Choose another custom GroupId.',
        '请换用其他自定义 GroupId。',
      ],
      [
        10023,
        'Group message sending frequency exceeded (at most 40 messages a second per group).',
        '群消息发送频率超限（每个群每秒最多 40 条）。',
        SLOW_DOWN_EN,
        SLOW_DOWN_ZH,
        { retry: 'rate' },
      ],
      [
        10025,
        'Group: the custom group ID is taken by a group with the same owner (it can simply be used). Topic: the custom TopicId is already in use.',
        '群组：自定义群 ID 已被同一群主的群使用（可直接使用该群）。话题：自定义 TopicId 已被使用。',
        'For a group, use the existing group; for a topic, choose another TopicId.',
        '群组可直接使用已有的群；话题请换用其他 TopicId。',
      ],
      [
        10026,
        'The command is disabled for this SDKAppID.',
        '该 SDKAppID 已禁用此命令字。',
        'Contact Tencent Cloud support to enable the command for the app.',
        '请联系腾讯云技术支持为应用开启该命令字。',
      ],
      [
        10030,
        'The message to recall does not exist.',
        '要撤回的消息不存在。',
        'Check the MsgSeq; the message may be outside roaming storage.',
        '请检查 MsgSeq，该消息可能已超出漫游存储期限。',
      ],
      [
        10031,
        'Recall time limit exceeded.',
        '已超过消息撤回时限。',
        'The message is too old to recall.',
        '该消息已过撤回时限，无法撤回。',
      ],
      [
        10032,
        'This message cannot be recalled.',
        '该消息不支持撤回。',
        'This kind of message cannot be recalled; delete it instead if needed.',
        '此类消息不能撤回，如有需要可改为删除。',
      ],
      [
        10033,
        'This group type does not support recall.',
        '该群类型不支持消息撤回。',
        'Recall is not available for this group type.',
        '该群类型不支持撤回消息。',
      ],
      [
        10036,
        'AVChatRoom creation quota exceeded (paid quota); for topics the meaning is unclear (probably too many topics).',
        '直播群创建数超过配额（付费配额）；话题接口中含义不明确（可能是话题数过多）。',
        'Disband unused groups or buy more quota.',
        '请解散不用的群或购买更多配额。',
      ],
      [
        10037,
        'A user has created or joined too many groups; for topics the meaning is unclear.',
        '用户创建或加入的群数超过上限；话题接口中含义不明确。',
        'Remove the user from some groups or upgrade the edition.',
        '请让该用户退出部分群组，或升级版本。',
      ],
      [
        10038,
        'Group member count limit exceeded.',
        '群成员数超过上限。',
        'Add fewer members or upgrade the edition.',
        '请减少成员数量或升级版本。',
      ],
      [
        10041,
        'The app is configured to disallow group message recall.',
        '该应用配置为不允许撤回群消息。',
        'Enable group message recall in the IM console.',
        '请在 IM 控制台开启群消息撤回。',
      ],
      [
        10058,
        'Trial edition group cap (100 groups) reached.',
        '体验版群组数已达上限（100 个）。',
        'Disband unused groups or upgrade the edition.',
        '请解散不用的群或升级版本。',
        { source: '10-groups-core.md' },
      ],
    ],
  },
  {
    service: 'topic',
    source: '09-topics.md',
    rows: [
      [
        11000,
        'Group type not supported: the group is not a Community with topics enabled.',
        '群类型不支持：该群不是开启了话题的社群。',
        'Use a Community group created with SupportTopic enabled.',
        '请使用创建时开启了 SupportTopic 的社群。',
      ],
      [
        110002,
        'Topic-specific error (destroy_topic/get_topic per item; unclear in source, probably “topic does not exist”).',
        '话题相关错误（destroy_topic/get_topic 逐项结果；文档不清，可能表示“话题不存在”）。',
        'Check the TopicId belongs to this group; refresh the topic list.',
        '请确认 TopicId 属于该群，并刷新话题列表。',
      ],
      [
        110003,
        'Topic-specific error (destroy_topic; unclear in source).',
        '话题相关错误（destroy_topic；文档不清）。',
        'Check the TopicId and retry; contact Tencent Cloud support if it persists.',
        '请检查 TopicId 后重试；若持续出现，请联系腾讯云技术支持。',
      ],
    ],
  },
  {
    service: 'global-mute',
    source: '12-global-mute.md',
    rows: [
      [
        130001,
        'The body could not be parsed as JSON (global mute and getappinfo).',
        '包体 JSON 解析失败（全局禁言与 getappinfo）。',
        FIX_BODY_EN,
        FIX_BODY_ZH,
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
      [130014, 'System error.', '系统错误。', RETRY_EN, RETRY_ZH, { retry: 'transient' }],
    ],
  },
  {
    service: 'operations',
    source: '13-operations.md',
    rows: [
      [
        130009,
        'Statistics store: SQL open failed.',
        '统计存储：SQL 打开失败。',
        RETRY_EN,
        RETRY_ZH,
        { retry: 'transient' },
      ],
      [
        130010,
        'Statistics store: SQL ping failed.',
        '统计存储：SQL 连接检测失败。',
        RETRY_EN,
        RETRY_ZH,
        { retry: 'transient' },
      ],
      [
        130011,
        'Statistics store: SQL query failed.',
        '统计存储：SQL 查询失败。',
        RETRY_EN,
        RETRY_ZH,
        { retry: 'transient' },
      ],
      [
        130012,
        'Statistics store: SQL result failed.',
        '统计存储：SQL 结果读取失败。',
        RETRY_EN,
        RETRY_ZH,
        { retry: 'transient' },
      ],
      [
        1001,
        'get_history: request parameter or URL problem (source partly illegible).',
        'get_history：请求参数或 URL 有误（文档部分不可辨认）。',
        FIX_BODY_EN,
        FIX_BODY_ZH,
      ],
      [
        1002,
        'get_history: invalid parameter value, apparently the requested hour (MsgTime).',
        'get_history：参数值非法，似乎与请求的小时（MsgTime）有关。',
        'Send MsgTime as YYYYMMDDHH (Beijing time) within the last 7 days.',
        '请以 YYYYMMDDHH（北京时间）格式传入最近 7 天内的 MsgTime。',
      ],
      [
        1003,
        'get_history: meaning unclear in source.',
        'get_history：文档中含义不明确。',
        'Check the request; retry later; contact Tencent Cloud support if it persists.',
        '请检查请求并稍后重试；若持续出现，请联系腾讯云技术支持。',
      ],
      [
        1004,
        'get_history: the archive is not available (source suggests the file or record does not exist yet).',
        'get_history：消息记录文件不可用（文档显示可能是文件尚未生成）。',
        'Archives appear some time after the hour ends; try again later.',
        '消息记录在该小时结束后一段时间才生成，请稍后再试。',
      ],
      [
        1005,
        'get_history: meaning unclear in source.',
        'get_history：文档中含义不明确。',
        'Check the request; retry later; contact Tencent Cloud support if it persists.',
        '请检查请求并稍后重试；若持续出现，请联系腾讯云技术支持。',
      ],
    ],
  },
  {
    service: 'client-sdk',
    source: '01-conventions.md, 01a-usersig.md §5',
    rows: [
      [
        6206,
        'Client SDK code (not a REST code): UserSig expired; clients also show it when a kick invalidated the sig.',
        '客户端 SDK 错误码（非 REST 错误码）：UserSig 已过期；账号被踢导致签名失效时客户端也会显示此码。',
        'The client must log in again with a freshly generated UserSig.',
        '客户端需使用新生成的 UserSig 重新登录。',
      ],
      [
        7003,
        'Client SDK code (not a REST code): invalid UserID (printable ASCII 0x20–0x7e, at most 32 bytes).',
        '客户端 SDK 错误码（非 REST 错误码）：UserID 非法（须为 0x20–0x7e 可打印 ASCII，最长 32 字节）。',
        'Use letters, digits, “_” and “-” in UserIDs, at most 32 bytes.',
        'UserID 请使用字母、数字、“_”和“-”，最长 32 字节。',
      ],
    ],
  },
];

function buildTable(): Readonly<Record<number, ImErrorInfo>> {
  const table: Record<number, ImErrorInfo> = {};
  for (const section of sections) {
    for (const [code, meaningEn, meaningZh, hintEn, hintZh, extra] of section.rows) {
      if (table[code] !== undefined) throw new Error(`errors.ts: duplicate error code ${code}`);
      table[code] = Object.freeze({
        code,
        known: true,
        service: section.service,
        meaning: Object.freeze({ en: meaningEn, zh: meaningZh }),
        hint: Object.freeze({ en: hintEn, zh: hintZh }),
        transient: extra?.retry === 'transient',
        rateLimit: extra?.retry === 'rate',
        source: extra?.source ?? section.source,
        doc: ERROR_DOC,
      });
    }
  }
  return Object.freeze(table);
}

/** Every documented IM error code, by code. */
export const imErrors: Readonly<Record<number, ImErrorInfo>> = buildTable();

/** A documented range of codes whose meaning is set by the app's own webhook answer (14-webhooks.md). */
interface CodeRange {
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
const customRanges: readonly CodeRange[] = [
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

interface Family {
  from: number;
  to: number;
  service: ImErrorService;
  en: string;
  zh: string;
}

/** Code families by range, for codes the table does not know (01-conventions.md §10 and each service file). */
const families: readonly Family[] = [
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

const GENERIC_HINT: Bilingual = {
  en: 'Read ErrorInfo for details and check the vendor’s error-code page; retry only if the text says the error is temporary.',
  zh: '请查看 ErrorInfo 了解详情，并查阅腾讯云错误码文档；仅当提示为临时错误时再重试。',
};

function unknownInfo(
  code: number,
  service: ImErrorService,
  en: string,
  zh: string,
  hint: Bilingual,
  source: string,
): ImErrorInfo {
  return {
    code,
    known: false,
    service,
    meaning: {
      en: `Code ${code} is not in this console's table; ${en}.`,
      zh: `错误码 ${code} 不在本控制台的错误码表中；${zh}。`,
    },
    hint,
    transient: false,
    rateLimit: false,
    source,
    doc: ERROR_DOC,
  };
}

/**
 * Explains any code: the table entry if documented, otherwise a sensible guess from the code's
 * range. Never throws, so error screens can always show something.
 */
export function explainImError(code: number): ImErrorInfo {
  const known = imErrors[code];
  if (known !== undefined) return known;
  if (!Number.isSafeInteger(code) || code < 0) {
    return unknownInfo(
      code,
      'unknown',
      'it is not a valid IM error code',
      '这不是合法的 IM 错误码',
      GENERIC_HINT,
      '01-conventions.md §4',
    );
  }
  if (code === 0) {
    return {
      ...unknownInfo(code, 'unknown', '', '', GENERIC_HINT, '01-conventions.md §4'),
      known: true,
      meaning: { en: 'Success (ErrorCode 0).', zh: '成功（ErrorCode 为 0）。' },
      hint: {
        en: 'Nothing to do; for batch calls, check the per-item results.',
        zh: '无需处理；批量接口请检查逐项结果。',
      },
    };
  }
  for (const r of customRanges) {
    if (code >= r.from && code <= r.to) {
      return unknownInfo(code, r.service, r.en, r.zh, { en: r.hintEn, zh: r.hintZh }, r.source);
    }
  }
  for (const f of families) {
    if (code >= f.from && code <= f.to)
      return unknownInfo(code, f.service, f.en, f.zh, GENERIC_HINT, '01-conventions.md §10');
  }
  return unknownInfo(
    code,
    'unknown',
    'its range belongs to no documented IM service',
    '该错误码不属于任何已知 IM 服务的号段',
    GENERIC_HINT,
    '01-conventions.md §10',
  );
}
