/** `openconfigsvr/getnospeaking`: remaining global mute of an account (../shared/im-api/12-global-mute.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { envelopeShape } from '../../envelope';
import { userIdSchema } from '../../rules';

/** Request: the account to inspect. */
export const getnospeakingRequestSchema = z.object({
  Get_Account: userIdSchema,
});

/**
 * Response (no `ActionStatus` in the documented answer): seconds left of each mute; 0 = not muted,
 * 4294967295 = forever.
 */
export const getnospeakingResponseSchema = z.looseObject({
  ...envelopeShape,
  ActionStatus: envelopeShape.ActionStatus.optional(),
  C2CmsgNospeakingTime: z.number().int(),
  GroupmsgNospeakingTime: z.number().int(),
});

/** Read how long an account's one-to-one and group global mutes still last. */
export const endpoint = defineEndpoint({
  service: 'openconfigsvr',
  command: 'getnospeaking',
  summary: 'Query an account’s global mute',
  doc: '12-global-mute.md',
  access: 'read',
  request: getnospeakingRequestSchema,
  response: getnospeakingResponseSchema,
  rate: DEFAULT_RATE,
});

export type GetnospeakingRequest = z.infer<typeof getnospeakingRequestSchema>;
export type GetnospeakingResponse = z.infer<typeof getnospeakingResponseSchema>;
