/** `open_msg_svc/get_history`: download links for one hour's message archive (../shared/im-api/13-operations.md). */
import { z } from 'zod';
import { responseMsgBodySchema } from '../../elements';
import { defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';

/** `ChatType`: one-to-one or group messages. */
export const archiveChatTypes = ['C2C', 'Group'] as const;

function isHour(s: string): boolean {
  const month = Number(s.slice(4, 6));
  const day = Number(s.slice(6, 8));
  const hour = Number(s.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23;
}

/** `MsgTime`: the hour as `YYYYMMDDHH` (Beijing time), e.g. `2015120121` = 1 Dec 2015 21:00–21:59. */
export const archiveHourSchema = z
  .string()
  .regex(/^\d{10}$/, { message: 'must be YYYYMMDDHH (10 digits)', abort: true })
  .refine(isHour, { message: 'must be a real hour: month 01–12, day 01–31, hour 00–23' });

/** Request: the chat type and the hour (within the last 7 days; older archives are gone). */
export const getHistoryRequestSchema = z.object({
  ChatType: z.enum(archiveChatTypes, { message: 'must be one of C2C, Group' }),
  MsgTime: archiveHourSchema,
});

/** One gzip archive file: link, link expiry (`YYYY-MM-DD HH:MM:SS`), sizes and MD5s before and after gzip. */
export const archiveFileSchema = z.looseObject({
  URL: z.string(),
  ExpireTime: z.string(),
  FileSize: z.number().int(),
  FileMD5: z.string(),
  GzipSize: z.number().int(),
  GzipMD5: z.string(),
});

/** Response: the archive file(s) of that hour (usually one; accept several). */
export const getHistoryResponseSchema = imResponse({
  File: z.array(archiveFileSchema),
});

/** One message inside an archive: C2C rows carry `To_Account`, group rows `GroupId`. */
export const archivedMessageSchema = z.looseObject({
  From_Account: z.string(),
  To_Account: z.string().optional(),
  GroupId: z.string().optional(),
  MsgTimestamp: z.number().int(),
  MsgSeq: z.number().int(),
  MsgRandom: z.number().int().optional(),
  MsgBody: responseMsgBodySchema,
});

/** The uncompressed content of an archive file (13-operations.md "Archive file format"). */
export const messageArchiveSchema = z.looseObject({
  SdkAppId: z.number().int(),
  ChatType: z.enum(archiveChatTypes),
  MsgTime: z.string(),
  MsgList: z.array(archivedMessageSchema),
});

/** A decoded message archive. */
export type MessageArchive = z.infer<typeof messageArchiveSchema>;

/** Get download links for the gzip archive of all C2C or group messages of one hour. */
export const endpoint = defineEndpoint({
  service: 'open_msg_svc',
  command: 'get_history',
  summary: 'Download hourly message archives',
  doc: '13-operations.md',
  access: 'read',
  request: getHistoryRequestSchema,
  response: getHistoryResponseSchema,
  rate: { perSecond: 10 },
});

export type GetHistoryRequest = z.infer<typeof getHistoryRequestSchema>;
export type GetHistoryResponse = z.infer<typeof getHistoryResponseSchema>;
