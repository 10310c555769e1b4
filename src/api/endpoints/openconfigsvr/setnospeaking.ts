/** `openconfigsvr/setnospeaking`: set or lift an account's global mute (../shared/im-api/12-global-mute.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { envelopeShape } from '../../envelope';
import { uint32Schema, userIdSchema } from '../../rules';

/** Mute duration that means "forever". 0 lifts the mute; any other value is seconds from now. */
export const MUTE_FOREVER = 4294967295;

/** Request: the account and at least one duration (both absent → 130008); an absent one is left unchanged. */
export const setnospeakingRequestSchema = z
  .object({
    Set_Account: userIdSchema,
    C2CmsgNospeakingTime: uint32Schema.optional(),
    GroupmsgNospeakingTime: uint32Schema.optional(),
  })
  .refine((b) => b.C2CmsgNospeakingTime !== undefined || b.GroupmsgNospeakingTime !== undefined, {
    message: 'C2CmsgNospeakingTime or GroupmsgNospeakingTime is required',
    path: ['C2CmsgNospeakingTime'],
  });

/** Response: `ErrorCode` and `ErrorInfo` only; the documented answers carry no `ActionStatus`. */
export const setnospeakingResponseSchema = z.looseObject({
  ...envelopeShape,
  ActionStatus: envelopeShape.ActionStatus.optional(),
});

/** Mute an account's one-to-one and/or group messages across the whole app. */
export const endpoint = defineEndpoint({
  service: 'openconfigsvr',
  command: 'setnospeaking',
  summary: 'Set an account’s global mute',
  doc: '12-global-mute.md',
  access: 'write',
  request: setnospeakingRequestSchema,
  response: setnospeakingResponseSchema,
  rate: DEFAULT_RATE,
});

export type SetnospeakingRequest = z.infer<typeof setnospeakingRequestSchema>;
export type SetnospeakingResponse = z.infer<typeof setnospeakingResponseSchema>;
