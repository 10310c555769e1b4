/**
 * `group_open_http_svc/get_group_shutted_uin` (newer name `get_group_muted_account`): members
 * currently muted in a group (../shared/im-api/10-groups-core.md).
 */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { envelopeShape, imResponse } from '../../envelope';
import { groupIdRefSchema, topicIdSchema } from '../../group';

/** Request: the group, and a topic for topic-enabled Communities. */
export const getGroupShuttedUinRequestSchema = z.object({
  GroupId: groupIdRefSchema,
  TopicId: topicIdSchema.optional(),
});

/**
 * Response: the group and its muted members with the absolute Unix time each mute ends. The doc
 * example has no `ErrorInfo`; older deployments answer with the legacy `ShuttedUinList`/`ShuttedUntil`.
 */
export const getGroupShuttedUinResponseSchema = imResponse({
  ErrorInfo: envelopeShape.ErrorInfo.optional(),
  GroupId: z.string().optional(),
  MutedAccountList: z
    .array(z.looseObject({ Member_Account: z.string(), MutedUntil: z.number().int() }))
    .optional(),
  ShuttedUinList: z
    .array(z.looseObject({ Member_Account: z.string(), ShuttedUntil: z.number().int() }))
    .optional(),
});

/** List the members muted in a group and when each mute ends. */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'get_group_shutted_uin',
  summary: 'List muted group members',
  doc: '10-groups-core.md',
  access: 'read',
  request: getGroupShuttedUinRequestSchema,
  response: getGroupShuttedUinResponseSchema,
  rate: DEFAULT_RATE,
  // README "Decisions": the service answers both names; the console calls the seed's.
  aliases: ['get_group_muted_account'],
});

export type GetGroupShuttedUinRequest = z.infer<typeof getGroupShuttedUinRequestSchema>;
export type GetGroupShuttedUinResponse = z.infer<typeof getGroupShuttedUinResponseSchema>;
