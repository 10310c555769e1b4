/** Client SDK codes (below 10000) that the REST reference quotes. */
import type { Section } from './section';

/** The client-sdk section of the IM error-code table. */
export const clientSdkErrors: Section = {
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
};
