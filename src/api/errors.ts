/**
 * The IM error-code table: every code that ../shared/im-api documents, with its meaning and an
 * operator hint in English and Simplified Chinese, and whether a retry is worthwhile. The web
 * client shows these next to a failed call; the proxy uses `transient`/`rateLimit` for retries.
 * The rows live in ./errors/, one file per service.
 */
import { accountErrors } from './errors/account';
import { c2cErrors } from './errors/c2c';
import { clientSdkErrors } from './errors/client-sdk';
import { contentErrors } from './errors/content';
import { conversationErrors } from './errors/conversation';
import { customRanges, families } from './errors/families';
import { gatewayErrors } from './errors/gateway';
import { globalMuteErrors } from './errors/global-mute';
import { groupErrors } from './errors/group';
import { messageExtensionErrors } from './errors/message-extension';
import { openimErrors } from './errors/openim';
import { operationsErrors } from './errors/operations';
import { profileErrors } from './errors/profile';
import { pushErrors } from './errors/push';
import type { Section } from './errors/section';
import { snsErrors } from './errors/sns';
import { topicErrors } from './errors/topic';

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

const sections: readonly Section[] = [
  gatewayErrors,
  contentErrors,
  accountErrors,
  openimErrors,
  pushErrors,
  c2cErrors,
  messageExtensionErrors,
  snsErrors,
  profileErrors,
  conversationErrors,
  groupErrors,
  topicErrors,
  globalMuteErrors,
  operationsErrors,
  clientSdkErrors,
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
