/**
 * Builds the content of an hourly message archive (../shared/im-api/13-operations.md "Archive file
 * format"): one JSON object whose `MsgList` holds one message per line, gzip-compressed, with the
 * sizes and MD5s `get_history` reports.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Store } from '../../store';
import type { ArchiveFile } from '../../state/archives';

/** One-to-one (`C2C`) or group (`Group`) messages. */
export type ArchiveChatType = 'C2C' | 'Group';

/** The archive's message rows for the hour `[from, from + 3600)`, oldest first. */
export function archiveRows(
  store: Store,
  chatType: ArchiveChatType,
  from: number,
): Record<string, unknown>[] {
  const to = from + 3600;
  if (chatType === 'C2C') {
    return store.c2c.messagesInWindow(from, to).map((m) => ({
      From_Account: m.From_Account,
      To_Account: m.To_Account,
      MsgTimestamp: m.MsgTimeStamp,
      MsgSeq: m.MsgSeq,
      MsgRandom: m.MsgRandom,
      MsgBody: m.MsgBody,
    }));
  }
  // The documented group rows carry no MsgRandom; a topic message also names its topic (emulator choice).
  return store.groups.messagesBetween(from, to).map(({ groupId, topicId, message }) => ({
    From_Account: message.from,
    GroupId: groupId,
    ...(topicId ? { TopicId: topicId } : {}),
    MsgTimestamp: message.time,
    MsgSeq: message.seq,
    MsgBody: message.body,
  }));
}

/** The archive text: header and `MsgList` opening on the first line, one message per line, `]}` last. */
export function archiveText(
  sdkAppId: number,
  chatType: ArchiveChatType,
  msgTime: string,
  rows: readonly Record<string, unknown>[],
): string {
  const head = JSON.stringify({ SdkAppId: sdkAppId, ChatType: chatType, MsgTime: msgTime, MsgList: [] });
  const lines = [
    head.slice(0, -2),
    ...rows.map((r, i) => JSON.stringify(r) + (i < rows.length - 1 ? ',' : '')),
    ']}',
  ];
  return lines.join('\n');
}

const md5 = (data: Uint8Array) => createHash('md5').update(data).digest('hex');

/** Builds the gzip file of an hour (deterministic: the same messages give the same bytes). */
export function buildArchive(
  store: Store,
  sdkAppId: number,
  chatType: ArchiveChatType,
  msgTime: string,
  hourStart: number,
  expiresAt: number,
): ArchiveFile {
  const raw = Buffer.from(
    archiveText(sdkAppId, chatType, msgTime, archiveRows(store, chatType, hourStart)),
    'utf8',
  );
  const gzip = gzipSync(raw);
  return {
    name: `${sdkAppId}_${chatType}_${msgTime}.gz`,
    hourStart,
    gzip: new Uint8Array(gzip),
    fileSize: raw.length,
    fileMd5: md5(raw),
    gzipMd5: md5(gzip),
    expiresAt,
  };
}
