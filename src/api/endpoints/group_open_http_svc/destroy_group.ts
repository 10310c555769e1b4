/** `group_open_http_svc/destroy_group`: disband a group for good (../shared/im-api/10-groups-core.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import { groupIdRefSchema } from '../../group';

/** Request: the group to disband. */
export const destroyGroupRequestSchema = z.object({
  GroupId: groupIdRefSchema,
});

/** Response: the envelope only. */
export const destroyGroupResponseSchema = imResponse({});

/** Disband a group permanently: members, mutes, custom data and history go with it. */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'destroy_group',
  summary: 'Disband a group',
  doc: '10-groups-core.md',
  access: 'dangerous',
  request: destroyGroupRequestSchema,
  response: destroyGroupResponseSchema,
  rate: DEFAULT_RATE,
});

export type DestroyGroupRequest = z.infer<typeof destroyGroupRequestSchema>;
export type DestroyGroupResponse = z.infer<typeof destroyGroupResponseSchema>;
