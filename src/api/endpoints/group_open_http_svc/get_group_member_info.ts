/** `group_open_http_svc/get_group_member_info`: a group's members, paged (../shared/im-api/10-groups-core.md). */
import { z } from 'zod';
import { DEFAULT_RATE, defineEndpoint } from '../../endpoint';
import { envelopeShape, imResponse } from '../../envelope';
import { groupIdRefSchema, groupMemberSchema, memberInfoFieldSchema, memberRoleSchema } from '../../group';

/**
 * Largest `Limit` the field table allows (omitted = everyone). The paging text says ≤ 200 with 100
 * recommended; the console pages by 100, so it works under either reading.
 */
export const MEMBER_INFO_MAX_LIMIT = 6000;

/** Largest `Limit` in Community `Next` mode. */
export const MEMBER_INFO_COMMUNITY_MAX_LIMIT = 100;

/**
 * Request: the group, optional field/role/custom-key filters, and either `Limit`/`Offset` paging
 * (ordinary groups) or `Limit` (≤ 100) with a string `Next` cursor (Community; no `Offset`).
 */
export const getGroupMemberInfoRequestSchema = z
  .object({
    GroupId: groupIdRefSchema,
    MemberInfoFilter: z.array(memberInfoFieldSchema).optional(),
    MemberRoleFilter: z.array(memberRoleSchema).optional(),
    AppDefinedDataFilter_GroupMember: z.array(z.string()).optional(),
    Limit: z
      .number()
      .int({ message: 'must be a whole number' })
      .min(0, { message: 'must be 0 or more' })
      .max(MEMBER_INFO_MAX_LIMIT, { message: `must be at most ${MEMBER_INFO_MAX_LIMIT}` })
      .optional(),
    Offset: z
      .number()
      .int({ message: 'must be a whole number' })
      .min(0, { message: 'must be 0 or more' })
      .optional(),
    Next: z.string().optional(),
  })
  .superRefine((b, ctx) => {
    if (b.Next === undefined) return;
    if (b.Offset !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'cannot be combined with Next (Community groups page by Next only)',
        path: ['Offset'],
      });
    }
    if (b.Limit !== undefined && b.Limit > MEMBER_INFO_COMMUNITY_MAX_LIMIT) {
      ctx.addIssue({
        code: 'custom',
        message: `must be at most ${MEMBER_INFO_COMMUNITY_MAX_LIMIT} when paging by Next (Community)`,
        path: ['Limit'],
      });
    }
  });

/**
 * Response: the group's total member count (regardless of paging and role filter), this page's
 * members, and the Community cursor (empty or absent when done). The doc's role-filtered example
 * has no `ErrorInfo`, so it is optional here.
 */
export const getGroupMemberInfoResponseSchema = imResponse({
  ErrorInfo: envelopeShape.ErrorInfo.optional(),
  MemberNum: z.number().int().optional(),
  MemberList: z.array(groupMemberSchema).optional(),
  Next: z.string().optional(),
});

/** List a group's members with their profiles (not for AVChatRoom). */
export const endpoint = defineEndpoint({
  service: 'group_open_http_svc',
  command: 'get_group_member_info',
  summary: 'Get group member profiles',
  doc: '10-groups-core.md',
  access: 'read',
  request: getGroupMemberInfoRequestSchema,
  response: getGroupMemberInfoResponseSchema,
  rate: DEFAULT_RATE,
});

export type GetGroupMemberInfoRequest = z.infer<typeof getGroupMemberInfoRequestSchema>;
export type GetGroupMemberInfoResponse = z.infer<typeof getGroupMemberInfoResponseSchema>;
