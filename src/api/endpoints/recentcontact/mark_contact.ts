/** `recentcontact/mark_contact`: set or clear conversation marks (../shared/im-api/08-conversations.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import {
  contactItemSchema,
  contactResultItemSchema,
  customMarkSchema,
  markBitSchema,
} from '../../conversation';
import { boundedArray, userIdSchema } from '../../rules';

/** Most mark operations per call (08: 51006 when 0 or more than 100). */
export const MARK_ITEMS_MAX = 100;

/** One mark operation: `OptType` 1 standard marks, 2 custom mark, 3 both; bits to set/clear and the custom text (≤ 256 B). */
export const markItemSchema = z.object({
  OptType: z.union([z.literal(1), z.literal(2), z.literal(3)], {
    message: 'must be 1 (standard marks), 2 (custom mark) or 3 (both)',
  }),
  ContactItem: contactItemSchema,
  SetMark: z.array(markBitSchema).optional(),
  ClearMark: z.array(markBitSchema).optional(),
  CustomMark: customMarkSchema.optional(),
});

/** Request: the owner and 1–100 mark operations. */
export const markContactRequestSchema = z.object({
  From_Account: userIdSchema,
  MarkItem: boundedArray(markItemSchema, MARK_ITEMS_MAX),
});

/** Response: per-operation results (built from the field tables). */
export const markContactResponseSchema = imResponse({
  ResultItem: z.array(contactResultItemSchema.extend({ OptType: z.number().int().optional() })).optional(),
});

/** Set or clear standard mark bits and the custom mark of conversations (stored apart from the list). */
export const endpoint = defineEndpoint({
  service: 'recentcontact',
  command: 'mark_contact',
  summary: 'Set or clear conversation marks',
  doc: '08-conversations.md',
  access: 'write',
  request: markContactRequestSchema,
  response: markContactResponseSchema,
  batch: [{ field: 'MarkItem', max: MARK_ITEMS_MAX }],
  rate: DEFAULT_RATE,
  newer: true,
});

export type MarkContactRequest = z.infer<typeof markContactRequestSchema>;
export type MarkContactResponse = z.infer<typeof markContactResponseSchema>;
