/** `recentcontact/get_list`: page through a user's conversations (../shared/im-api/08-conversations.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { userIdSchema } from '../../rules';

const nonNegativeInt = z
  .number()
  .int({ message: 'must be a whole number' })
  .min(0, { message: 'must be 0 or more' });

/**
 * Request: the owner, two opaque cursor pairs (normal and pinned; 0 on the first page, then the
 * returned values) and `AssistFlags` bits (seed/English docs send 7; newer docs 15 or 63).
 */
export const getListRequestSchema = z.object({
  From_Account: userIdSchema,
  TimeStamp: nonNegativeInt,
  StartIndex: nonNegativeInt,
  TopTimeStamp: nonNegativeInt,
  TopStartIndex: nonNegativeInt,
  AssistFlags: nonNegativeInt,
});

/** One conversation of the list; marks and group ids are newer, optional fields. */
export const sessionItemSchema = z.looseObject({
  Type: z.number().int(),
  To_Account: z.string().optional(),
  GroupId: z.string().optional(),
  /** Unix seconds of the latest activity (the English page mistranslates it as a duration). */
  MsgTime: z.number().int(),
  TopFlag: z.number().int().optional(),
  StandardMark: z.string().optional(),
  CustomMark: z.string().optional(),
  ContactGroupId: z.array(z.number().int()).optional(),
});

/** Response: a page of conversations and the next cursors; `CompleteFlag` 1 when everything is returned. */
export const getListResponseSchema = imResponse({
  SessionItem: z.array(sessionItemSchema).optional(),
  CompleteFlag: z.number().int(),
  TimeStamp: z.number().int(),
  StartIndex: z.number().int(),
  TopTimeStamp: z.number().int(),
  TopStartIndex: z.number().int(),
});

/** Page through one user's conversation list (pinned and normal conversations have separate cursors). */
export const endpoint = defineEndpoint({
  service: 'recentcontact',
  command: 'get_list',
  summary: 'Pull a user’s conversation list',
  doc: '08-conversations.md',
  access: 'read',
  request: getListRequestSchema,
  response: getListResponseSchema,
  rate: DEFAULT_RATE,
});

export type GetListRequest = z.infer<typeof getListRequestSchema>;
export type GetListResponse = z.infer<typeof getListResponseSchema>;
export type SessionItem = z.infer<typeof sessionItemSchema>;
