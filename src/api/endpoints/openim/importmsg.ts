/** `openim/importmsg`: import one historical C2C message (../shared/im-api/03-c2c-messages.md). */
import { z } from 'zod';
import { msgBodySchema } from '../../elements';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { uint32Schema, unixSecondsSchema, userIdSchema } from '../../rules';

/**
 * `SyncFromOldSystem`: 2 = history (no unread, no push), 5 = real-time during migration.
 * Older docs and the official SDK use 1 for real-time; the emulator treats it as 5.
 */
export const syncFromOldSystemSchema = z.union([z.literal(2), z.literal(5), z.literal(1)], {
  message: 'must be 2 (history import) or 5 (real-time import; legacy 1)',
});

/** Request: sender, recipient, sequence, random, timestamp and body are all required (seed). */
export const importmsgRequestSchema = z.object({
  SyncFromOldSystem: syncFromOldSystemSchema,
  From_Account: userIdSchema,
  To_Account: userIdSchema,
  MsgSeq: uint32Schema,
  MsgRandom: uint32Schema,
  MsgTimeStamp: unixSecondsSchema,
  MsgBody: msgBodySchema,
  CloudCustomData: z.string().optional(),
});

/** Response: the envelope only (no `MsgKey`). */
export const importmsgResponseSchema = imResponse({});

/** Write a message from another IM system into history with its original timestamp; a migration tool. */
export const endpoint = defineEndpoint({
  service: 'openim',
  command: 'importmsg',
  summary: 'Import a one-to-one message',
  doc: '03-c2c-messages.md',
  access: 'dangerous',
  request: importmsgRequestSchema,
  response: importmsgResponseSchema,
  rate: DEFAULT_RATE,
});

export type ImportmsgRequest = z.infer<typeof importmsgRequestSchema>;
export type ImportmsgResponse = z.infer<typeof importmsgResponseSchema>;
