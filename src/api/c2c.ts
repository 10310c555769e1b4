/**
 * Pieces shared by the one-to-one (C2C) message endpoints: the message key, the per-message
 * control flags and a stored message as history reads return it. Source: ../shared/im-api/03-c2c-messages.md.
 */
import { z } from 'zod';
import { responseMsgBodySchema } from './elements';
import { nonEmptyBytes } from './rules';

/** A C2C `MsgKey`: opaque, at most 50 characters; in practice `{MsgSeq}_{MsgRandom}_{MsgTimeStamp}` (03 §0). */
export const msgKeySchema = nonEmptyBytes(50);

/** `SendMsgControl` flags of sendmsg/batchsendmsg (03, sendmsg request table). */
export const sendMsgControlValues = ['NoUnread', 'NoLastMsg', 'WithMuteNotifications'] as const;

/** Per-message flags: skip unread counting, skip the conversation's last message, honour the recipient's mute. */
export const sendMsgControlSchema = z.array(
  z.enum(sendMsgControlValues, { message: `must be one of ${sendMsgControlValues.join(', ')}` }),
);

/** `ForbidCallbackControl` values: suppress the before/after-send webhooks for this message. */
export const forbidCallbackControlValues = [
  'ForbidBeforeSendMsgCallback',
  'ForbidAfterSendMsgCallback',
] as const;

/** Per-message webhook suppression. */
export const forbidCallbackControlSchema = z.array(
  z.enum(forbidCallbackControlValues, {
    message: `must be one of ${forbidCallbackControlValues.join(', ')}`,
  }),
);

/** `SyncOtherMachine`: 1 = also store for and sync to the sender, 2 = do not (omitted = stored for the sender). */
export const syncOtherMachineSchema = z.union([z.literal(1), z.literal(2)], {
  message: 'must be 1 (sync to the sender) or 2 (do not sync to the sender)',
});

/** `MsgLifeTime`: offline retention in seconds; 0 = online only. Values over 604800 (7 days) are capped by the service. */
export const msgLifeTimeSchema = z
  .number()
  .int({ message: 'must be a whole number of seconds' })
  .min(0, { message: 'must be 0 or more' })
  .max(4294967295, { message: 'must be at most 4294967295' });

/** Largest effective `MsgLifeTime` (7 days); larger values are treated as this (03, sendmsg). */
export const MSG_LIFE_TIME_MAX = 604800;

/** `MsgFlagBits` value of a recalled message. */
export const MSG_FLAG_RECALLED = 8;

/** A stored one-to-one message as `admin_getroammsg` returns it (03, admin_getroammsg response). */
export const c2cMessageSchema = z.looseObject({
  From_Account: z.string(),
  To_Account: z.string(),
  MsgSeq: z.number().int(),
  MsgRandom: z.number().int(),
  MsgTimeStamp: z.number().int(),
  /** 0 normal, 8 recalled. */
  MsgFlagBits: z.number().int(),
  /** 1 once the recipient's client sent a read receipt. */
  IsPeerRead: z.number().int().optional(),
  MsgKey: z.string(),
  MsgBody: responseMsgBodySchema,
  CloudCustomData: z.string().optional(),
});

/** A stored one-to-one message. */
export type C2cMessage = z.infer<typeof c2cMessageSchema>;

/** A per-recipient failure in batch answers: `{To_Account, ErrorCode}` (70107 = account does not exist). */
export const toAccountErrorSchema = z.looseObject({ To_Account: z.string(), ErrorCode: z.number().int() });
