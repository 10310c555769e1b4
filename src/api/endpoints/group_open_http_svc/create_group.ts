/** `group_open_http_svc/create_group`: create a group of any type (../shared/im-api/10-groups-core.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { imResponse } from '../../envelope';
import {
  groupProfileFields,
  appMemberDefinedDataSchema,
  canonicalGroupType,
  customGroupIdProblem,
  groupIdSchema,
  groupTypeInputSchema,
  inviteJoinOptionSchema,
  onOffSchema,
  oneOf,
} from '../../group';
import { boundedArray, flag01Schema, userIdSchema } from '../../rules';

/** Most initial members one call may list (seed; one web SDK page says 500). Beyond it the service answers 10005. */
export const CREATE_GROUP_MAX_MEMBERS = 100;

/** An initial member: only `Admin` may be given as a role (omitted = `Member`). */
export const createGroupMemberSchema = z.object({
  Member_Account: userIdSchema,
  Role: oneOf(['Admin']).optional(),
  AppMemberDefinedData: appMemberDefinedDataSchema.optional(),
});

/**
 * Request: `Type` and `Name` are required; a custom `GroupId` follows the type's prefix rule;
 * AVChatRoom takes no `MemberList` (10007); `SupportTopic: 1` only for a Community.
 * `Work`/`Meeting` are accepted as aliases of `Private`/`ChatRoom` (emulator rule).
 */
export const createGroupRequestSchema = z
  .object({
    ...groupProfileFields,
    Type: groupTypeInputSchema,
    InviteJoinOption: inviteJoinOptionSchema.optional(),
    MemberList: boundedArray(createGroupMemberSchema, CREATE_GROUP_MAX_MEMBERS, 0).optional(),
    SupportTopic: flag01Schema.optional(),
    EnablePermission: flag01Schema.optional(),
    DefaultPermission: z.number().int().min(0).optional(),
    HistoryMsgBeforeJoin: onOffSchema.optional(),
  })
  .superRefine((b, ctx) => {
    const type = canonicalGroupType(b.Type);
    // Only a well-formed ID gets the type check, so one mistake yields one issue.
    if (b.GroupId !== undefined && groupIdSchema.safeParse(b.GroupId).success) {
      const problem = customGroupIdProblem(b.GroupId, type);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['GroupId'] });
    }
    if (type === 'AVChatRoom' && b.MemberList !== undefined && b.MemberList.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be omitted for an AVChatRoom (members join through the SDK)',
        path: ['MemberList'],
      });
    }
    if (b.SupportTopic === 1 && type !== 'Community') {
      ctx.addIssue({ code: 'custom', message: 'can be 1 only for a Community', path: ['SupportTopic'] });
    }
    if (type === 'AVChatRoom' && b.InviteJoinOption !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'is not supported for an AVChatRoom',
        path: ['InviteJoinOption'],
      });
    }
  });

/** Response: the new group's ID; Community creation also echoes `Type` and `HugeGroupFlag`. */
export const createGroupResponseSchema = imResponse({
  GroupId: z.string(),
  Type: z.string().optional(),
  HugeGroupFlag: z.number().int().optional(),
});

/** Create a group, optionally with a custom ID, owner, profile, custom data and initial members. */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'create_group',
  summary: 'Create a group',
  doc: '10-groups-core.md',
  access: 'write',
  request: createGroupRequestSchema,
  response: createGroupResponseSchema,
  batch: [{ field: 'MemberList', max: CREATE_GROUP_MAX_MEMBERS }],
  rate: DEFAULT_RATE,
});

export type CreateGroupRequest = z.infer<typeof createGroupRequestSchema>;
export type CreateGroupResponse = z.infer<typeof createGroupResponseSchema>;
