/** `group_open_http_svc/change_group_owner`: transfer group ownership (../shared/im-api/11-groups-messages.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { groupIdRefSchema } from '../../group';
import { userIdSchema } from '../../rules';

/** Request: the group, the new owner (already a member) and (current CN docs) the operator. */
export const changeGroupOwnerRequestSchema = z.object({
  GroupId: groupIdRefSchema,
  NewOwner_Account: userIdSchema,
  From_Account: userIdSchema.optional(),
});

/** Response: the envelope only. */
export const changeGroupOwnerResponseSchema = imResponse({});

/** Hand the owner role to another member (not for AVChatRoom); also gives an ownerless group an owner. */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'change_group_owner',
  summary: 'Transfer group ownership',
  doc: '11-groups-messages.md',
  access: 'dangerous',
  request: changeGroupOwnerRequestSchema,
  response: changeGroupOwnerResponseSchema,
  rate: DEFAULT_RATE,
});

export type ChangeGroupOwnerRequest = z.infer<typeof changeGroupOwnerRequestSchema>;
export type ChangeGroupOwnerResponse = z.infer<typeof changeGroupOwnerResponseSchema>;
