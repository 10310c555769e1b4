/** `group_open_http_svc/get_online_member_num`: how many members are online (../shared/im-api/11-groups-messages.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { groupIdRefSchema } from '../../group';

/** Request: the group. */
export const getOnlineMemberNumRequestSchema = z.object({
  GroupId: groupIdRefSchema,
});

/** Response: the online member count (refreshed every 10 s). */
export const getOnlineMemberNumResponseSchema = imResponse({
  OnlineMemberNum: z.number().int(),
});

/** Count a group's online members (seed: AVChatRoom only; current docs: all types on paid editions). */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'get_online_member_num',
  summary: 'Count online group members',
  doc: '11-groups-messages.md',
  access: 'read',
  request: getOnlineMemberNumRequestSchema,
  response: getOnlineMemberNumResponseSchema,
  rate: DEFAULT_RATE,
});

export type GetOnlineMemberNumRequest = z.infer<typeof getOnlineMemberNumRequestSchema>;
export type GetOnlineMemberNumResponse = z.infer<typeof getOnlineMemberNumResponseSchema>;
