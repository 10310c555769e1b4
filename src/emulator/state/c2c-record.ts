/**
 * One stored one-to-one message and its saved form, shared by the C2C slice, its handlers and the
 * demo seed. Source: ../shared/im-api/03-c2c-messages.md §0 (MsgKey, ordering) and §12 (state model).
 */
import { z } from 'zod';
import type { C2cMessage } from '../../api/c2c';
import { responseMsgBodySchema } from '../../api/elements';
import type { ResponseMsgBody } from '../../api/elements';

/** One extension KV of a message (03 §10–11). */
export interface ExtensionKv {
  key: string;
  value: string;
  seq: number;
}

/** A message's extension state: KVs, the newest `Seq` and the `Seq` of the last clear (03 §10). */
export interface MessageExtensions {
  latestSeq: number;
  clearSeq: number;
  kvs: ExtensionKv[];
}

/**
 * A C2C message. Both participants' copies are one record with a visibility flag per side, so a
 * recall or modify reaches both copies while a delete/clear on one side hides only that side (03 §12).
 */
export interface C2cRecord {
  from: string;
  to: string;
  seq: number;
  random: number;
  /** `MsgTimeStamp`, Unix seconds. */
  time: number;
  /** 0 normal, 8 recalled. */
  flagBits: number;
  /** `IsPeerRead`: 1 only after a client read receipt. */
  peerRead: 0 | 1;
  body: ResponseMsgBody;
  cloudCustomData?: string;
  /** In the sender's view (false with `SyncOtherMachine` 2 or after the sender cleared the conversation). */
  senderCopy: boolean;
  /** In the recipient's view (false after the recipient cleared the conversation). */
  recipientCopy: boolean;
  /** Counts toward the recipient's unread (false with `NoUnread` or a history-mode import). */
  countsUnread: boolean;
  /** Present when sent with `SupportMessageExtension` 1. */
  ext?: MessageExtensions;
}

/** The saved form of a record. */
export const c2cRecordSchema = z.object({
  from: z.string(),
  to: z.string(),
  seq: z.number(),
  random: z.number(),
  time: z.number(),
  flagBits: z.number(),
  peerRead: z.union([z.literal(0), z.literal(1)]),
  body: responseMsgBodySchema,
  cloudCustomData: z.string().optional(),
  senderCopy: z.boolean(),
  recipientCopy: z.boolean(),
  countsUnread: z.boolean(),
  ext: z
    .object({
      latestSeq: z.number(),
      clearSeq: z.number(),
      kvs: z.array(z.object({ key: z.string(), value: z.string(), seq: z.number() })),
    })
    .optional(),
});

/** `MsgKey` of a C2C message: `{MsgSeq}_{MsgRandom}_{MsgTimeStamp}` (03 §0). */
export function msgKeyOf(m: Pick<C2cRecord, 'seq' | 'random' | 'time'>): string {
  return `${m.seq}_${m.random}_${m.time}`;
}

/** The three numbers of a well-formed `MsgKey`, or undefined (→ 90054 on recall). */
export function parseMsgKey(key: string): { seq: number; random: number; time: number } | undefined {
  const m = /^(\d{1,10})_(\d{1,10})_(\d{1,10})$/.exec(key);
  if (!m) return undefined;
  return { seq: Number(m[1]), random: Number(m[2]), time: Number(m[3]) };
}

/** Orders messages by timestamp, then `MsgSeq` (03 §0 "C2C ordering rule"). */
export function compareC2c(a: Pick<C2cRecord, 'time' | 'seq'>, b: Pick<C2cRecord, 'time' | 'seq'>): number {
  return a.time - b.time || a.seq - b.seq;
}

/** The record as `admin_getroammsg` returns it. */
export function toC2cMessage(r: C2cRecord): C2cMessage {
  return {
    From_Account: r.from,
    To_Account: r.to,
    MsgSeq: r.seq,
    MsgRandom: r.random,
    MsgTimeStamp: r.time,
    MsgFlagBits: r.flagBits,
    IsPeerRead: r.peerRead,
    MsgKey: msgKeyOf(r),
    MsgBody: r.body,
    ...(r.cloudCustomData !== undefined ? { CloudCustomData: r.cloudCustomData } : {}),
  };
}

/** A deep-enough copy for snapshots (bodies are replaced, never edited in place). */
export function copyRecord(r: C2cRecord): C2cRecord {
  return r.ext ? { ...r, ext: { ...r.ext, kvs: r.ext.kvs.map((kv) => ({ ...kv })) } } : { ...r };
}
