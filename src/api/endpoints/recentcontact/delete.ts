/** `recentcontact/delete`: delete one conversation of a user (../shared/im-api/08-conversations.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { conversationGroupIdSchema, conversationTypeSchema } from '../../conversation';
import { flag01Schema, userIdSchema } from '../../rules';

/**
 * Request: the owner, the conversation (`Type` 1 with the peer in `To_Account`; `Type` 2 with the
 * group in the newer `ToGroupid`, lowercase `id`, or in `To_Account` as the seed shape had it) and
 * `ClearRamble` 1 to also wipe the owner's roaming history of it.
 */
export const deleteRequestSchema = z
  .object({
    From_Account: userIdSchema,
    Type: conversationTypeSchema,
    To_Account: z.string().min(1, { message: 'must not be empty' }).optional(),
    ToGroupid: conversationGroupIdSchema.optional(),
    ClearRamble: flag01Schema.optional(),
  })
  .superRefine((b, ctx) => {
    if (b.Type === 1) {
      if (b.To_Account === undefined) {
        ctx.addIssue({ code: 'custom', message: 'is required when Type is 1 (C2C)', path: ['To_Account'] });
        return;
      }
      for (const issue of userIdSchema.safeParse(b.To_Account).error?.issues ?? []) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: ['To_Account'] });
      }
    } else if (b.ToGroupid === undefined && b.To_Account === undefined) {
      ctx.addIssue({ code: 'custom', message: 'is required when Type is 2 (group)', path: ['ToGroupid'] });
    }
  });

/** Response: the envelope only. */
export const deleteResponseSchema = imResponse({});

/** Remove one conversation from one user's list; the peer's side and group/mark data stay. */
export const endpoint = defineEndpoint({
  service: 'recentcontact',
  command: 'delete',
  summary: 'Delete one conversation',
  doc: '08-conversations.md',
  access: 'write',
  request: deleteRequestSchema,
  response: deleteResponseSchema,
  rate: DEFAULT_RATE,
});

export type DeleteRequest = z.infer<typeof deleteRequestSchema>;
export type DeleteResponse = z.infer<typeof deleteResponseSchema>;
