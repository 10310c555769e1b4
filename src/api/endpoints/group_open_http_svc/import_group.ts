/** `group_open_http_svc/import_group`: create a group for migration (../shared/im-api/11-groups-messages.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import {
  groupProfileFields,
  canonicalGroupType,
  customGroupIdProblem,
  groupIdSchema,
  oneOf,
} from '../../group';
import { flag01Schema, unixSecondsSchema } from '../../rules';

/** Types `import_group` accepts: every type but AVChatRoom (10007; create those with `create_group`), aliases included. */
export const importGroupTypeSchema = oneOf(['Private', 'Work', 'Public', 'ChatRoom', 'Meeting', 'Community']);

/**
 * Request: like `create_group` without members, plus the original `CreateTime`. `MaxMemberCount`'s
 * cap depends on the plan (the seed reads "max 6000", hedged), so only positivity is enforced.
 */
export const importGroupRequestSchema = z
  .object({
    ...groupProfileFields,
    Type: importGroupTypeSchema,
    CreateTime: unixSecondsSchema.optional(),
    SupportTopic: flag01Schema.optional(),
  })
  .superRefine((b, ctx) => {
    const type = canonicalGroupType(b.Type);
    // Only a well-formed ID gets the type check, so one mistake yields one issue.
    if (b.GroupId !== undefined && groupIdSchema.safeParse(b.GroupId).success) {
      const problem = customGroupIdProblem(b.GroupId, type);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['GroupId'] });
    }
    if (b.SupportTopic === 1 && type !== 'Community') {
      ctx.addIssue({ code: 'custom', message: 'can be 1 only for a Community', path: ['SupportTopic'] });
    }
  });

/** Response: the created group's ID (generated or the custom one). */
export const importGroupResponseSchema = imResponse({
  GroupId: z.string(),
});

/** Create a group for data migration with its original creation time, without webhooks or notifications. */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'import_group',
  summary: 'Import a group (migration)',
  doc: '11-groups-messages.md',
  access: 'dangerous',
  request: importGroupRequestSchema,
  response: importGroupResponseSchema,
  rate: DEFAULT_RATE,
});

export type ImportGroupRequest = z.infer<typeof importGroupRequestSchema>;
export type ImportGroupResponse = z.infer<typeof importGroupResponseSchema>;
