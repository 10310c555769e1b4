/**
 * Friend (relationship-chain) fields and enums shared by the `sns/*` contracts, the emulator and
 * the console: standard `Tag_SNS_IM_*` fields, custom `Tag_SNS_Custom_*` fields, the add-source
 * rule, the AddType/DeleteType/CheckType enums and their English and Simplified Chinese labels.
 * Source: ../shared/im-api/07-relationships.md §0, §1 and the endpoint sections.
 */
import { z } from 'zod';
import { bytes, nonEmptyBytes } from './rules';

/** A label the console renders, in English and Simplified Chinese. */
export interface FriendLabel {
  en: string;
  zh: string;
}

/** Friends one user may have (07 §1: 30010 owner full, 30014 target full). */
export const MAX_FRIENDS = 3000;

/** Blocklist entries one user may have (07 §1: 30013). */
export const MAX_BLOCKLIST = 1000;

/** Friend lists one user may have (07 §1: 30011). */
export const MAX_FRIEND_LISTS = 32;

/** Accounts per `To_Account` array and `AddFriendItem` entries per `friend_import` (07 §1 "Other hard limits"). */
export const SNS_BATCH_MAX = 1000;

/** Recommended most `To_Account` per `friend_get_list`: larger answers may fail (07 §1). */
export const FRIEND_GET_LIST_RECOMMENDED = 100;

/** Longest remark, in bytes (`Tag_SNS_IM_Remark`, 07 §1). */
export const REMARK_MAX_BYTES = 96;

/** Longest friend-list name, in bytes (`Tag_SNS_IM_Group`, 07 §1). */
export const FRIEND_LIST_NAME_MAX_BYTES = 30;

/** Longest friend-request message, in bytes (`Tag_SNS_IM_AddWording`, 07 §1). */
export const ADD_WORDING_MAX_BYTES = 256;

/** Longest string or byte value of any friend field, in bytes (07 §1). */
export const FRIEND_VALUE_MAX_BYTES = 500;

/** The five standard friend fields (07 §1 "Standard friend fields"). */
export const standardFriendTags = [
  'Tag_SNS_IM_Group',
  'Tag_SNS_IM_Remark',
  'Tag_SNS_IM_AddSource',
  'Tag_SNS_IM_AddWording',
  'Tag_SNS_IM_AddTime',
] as const;

/** A standard friend field name. */
export type StandardFriendTag = (typeof standardFriendTags)[number];

/** Labels of the standard friend fields, for the console's friend tables and forms. */
export const standardFriendTagLabels: Record<StandardFriendTag, FriendLabel> = {
  Tag_SNS_IM_Group: { en: 'Friend lists', zh: '好友分组' },
  Tag_SNS_IM_Remark: { en: 'Remark', zh: '好友备注' },
  Tag_SNS_IM_AddSource: { en: 'Add source', zh: '加好友来源' },
  Tag_SNS_IM_AddWording: { en: 'Request message', zh: '加好友附言' },
  Tag_SNS_IM_AddTime: { en: 'Added at', zh: '加好友时间' },
};

/** The standard fields `friend_update` may change; the others are fixed once the friendship exists (07 friend_update). */
export const updatableStandardFriendTags = ['Tag_SNS_IM_Remark', 'Tag_SNS_IM_Group'] as const;

/** Prefix of custom friend fields. */
export const CUSTOM_FRIEND_TAG_PREFIX = 'Tag_SNS_Custom_';

/** Prefix every `AddSource` value carries. */
export const ADD_SOURCE_PREFIX = 'AddSource_Type_';

const customTagPattern = /^Tag_SNS_Custom_[A-Za-z]{1,8}$/;
const addSourcePattern = /^AddSource_Type_[A-Za-z]{1,8}$/;

/** A custom friend field name: `Tag_SNS_Custom_` + 1–8 letters; it must also be registered in the console (07 §1). */
export const customFriendTagSchema = z.string().regex(customTagPattern, {
  message: 'must be Tag_SNS_Custom_ followed by 1 to 8 letters',
});

/** True when `tag` is a well-formed custom friend field name. */
export function isCustomFriendTag(tag: string): boolean {
  return customTagPattern.test(tag);
}

/** Where a friendship came from: `AddSource_Type_` + 1–8 letters, e.g. `AddSource_Type_Android` (07 §1). */
export const addSourceSchema = z.string().regex(addSourcePattern, {
  message: 'must be AddSource_Type_ followed by 1 to 8 letters (e.g. AddSource_Type_Android)',
});

/** The keyword of an add source (`Android` for `AddSource_Type_Android`), or undefined when malformed. */
export function addSourceKeyword(source: string): string | undefined {
  return addSourcePattern.test(source) ? source.slice(ADD_SOURCE_PREFIX.length) : undefined;
}

/** The owner's remark for a friend, at most 96 bytes; `""` clears it (07 §1). */
export const remarkSchema = bytes(REMARK_MAX_BYTES);

/** A friend-list name: non-empty, at most 30 bytes (07 §1). */
export const friendListNameSchema = nonEmptyBytes(FRIEND_LIST_NAME_MAX_BYTES);

/** A set of friend-list names, as `friend_import`/`friend_update` take them: at most 32 (07 §1). */
export const friendListNamesSchema = z.array(friendListNameSchema).max(MAX_FRIEND_LISTS, {
  message: `must list at most ${MAX_FRIEND_LISTS} friend lists (a user may have 32)`,
});

/** The message attached to a friend request, at most 256 bytes (07 §1). */
export const addWordingSchema = bytes(ADD_WORDING_MAX_BYTES);

/**
 * A custom friend field value: a string of at most 500 bytes, or an unsigned integer. The overview
 * forbids integers, but the `friend_import` example writes one, so they are accepted (07 §1, §4).
 */
export const customFriendValueSchema = z.union(
  [
    bytes(FRIEND_VALUE_MAX_BYTES),
    z.number().int({ message: 'must be a whole number' }).min(0, { message: 'must be 0 or more' }),
  ],
  {
    message: 'must be a string of at most 500 bytes or a non-negative integer',
  },
);

/** Any friend or profile field value as the service returns it: string, integer or list of strings. */
export const fieldValueSchema = z.union([z.string(), z.number(), z.array(z.string())]);

/** A `{Tag, Value}` pair as `friend_get` / `friend_get_list` return it. */
export const tagValueSchema = z.looseObject({ Tag: z.string(), Value: fieldValueSchema });

/** A returned friend field. */
export type TagValue = z.infer<typeof tagValueSchema>;

/**
 * One field change of `friend_update`: only the remark (string ≤ 96 B), the friend lists
 * (array of names) and registered custom fields may be updated (07 friend_update).
 */
export const snsItemSchema = z.object({ Tag: z.string(), Value: z.unknown() }).superRefine((item, ctx) => {
  const check = (schema: z.ZodType) => {
    const r = schema.safeParse(item.Value);
    for (const issue of r.error?.issues ?? []) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: ['Value', ...issue.path] });
    }
  };
  if (item.Tag === 'Tag_SNS_IM_Remark') check(z.string({ message: 'must be a string' }).pipe(remarkSchema));
  else if (item.Tag === 'Tag_SNS_IM_Group')
    check(
      z.array(z.unknown(), { message: 'must be an array of friend-list names' }).pipe(friendListNamesSchema),
    );
  else if (isCustomFriendTag(item.Tag)) check(customFriendValueSchema);
  else
    ctx.addIssue({
      code: 'custom',
      message: 'must be one of Tag_SNS_IM_Remark, Tag_SNS_IM_Group, Tag_SNS_Custom_<1-8 letters>',
      path: ['Tag'],
    });
});

/** One field change of `friend_update`. */
export type SnsItem = z.infer<typeof snsItemSchema>;

/** A tag `friend_get_list` may ask for: standard/custom profile fields or standard/custom friend fields (07). */
export const friendGetListTagSchema = z.string().regex(/^Tag_(Profile|SNS)_(IM|Custom)_[A-Za-z0-9_]+$/, {
  message: 'must be a Tag_Profile_IM_*, Tag_Profile_Custom_*, Tag_SNS_IM_* or Tag_SNS_Custom_* field name',
});

/** `AddType` of `friend_add`: two-way (default) or one-way (07 friend_add). */
export const addTypeSchema = z.enum(['Add_Type_Both', 'Add_Type_Single'], {
  message: 'must be one of Add_Type_Both, Add_Type_Single',
});

/** A friend-add direction. */
export type AddType = z.infer<typeof addTypeSchema>;

/** Labels of `AddType` values. */
export const addTypeLabels: Record<AddType, FriendLabel> = {
  Add_Type_Both: { en: 'Two-way', zh: '双向加好友' },
  Add_Type_Single: { en: 'One-way', zh: '单向加好友' },
};

/** `DeleteType` of `friend_delete` / `friend_delete_all`: one-way (default) or two-way (07). */
export const deleteTypeSchema = z.enum(['Delete_Type_Single', 'Delete_Type_Both'], {
  message: 'must be one of Delete_Type_Single, Delete_Type_Both',
});

/** A friend-delete direction. */
export type DeleteType = z.infer<typeof deleteTypeSchema>;

/** Labels of `DeleteType` values. */
export const deleteTypeLabels: Record<DeleteType, FriendLabel> = {
  Delete_Type_Single: { en: 'One-way', zh: '单向删除' },
  Delete_Type_Both: { en: 'Two-way', zh: '双向删除' },
};

/** `CheckType` of `friend_check`: look in the owner's list only, or in both lists (07 friend_check). */
export const checkTypeSchema = z.enum(['CheckResult_Type_Single', 'CheckResult_Type_Both'], {
  message: 'must be one of CheckResult_Type_Single, CheckResult_Type_Both',
});

/** A friendship check mode. */
export type CheckType = z.infer<typeof checkTypeSchema>;

/** Labels of `CheckType` values. */
export const checkTypeLabels: Record<CheckType, FriendLabel> = {
  CheckResult_Type_Single: { en: 'One-way check', zh: '单向校验' },
  CheckResult_Type_Both: { en: 'Two-way check', zh: '双向校验' },
};

/** `Relation` answered by `friend_check` (07 friend_check). */
export const friendRelationSchema = z.enum([
  'CheckResult_Type_AWithB',
  'CheckResult_Type_BWithA',
  'CheckResult_Type_BothWay',
  'CheckResult_Type_NoRelation',
]);

/** A friendship relation. */
export type FriendRelation = z.infer<typeof friendRelationSchema>;

/** Labels of friendship relations, read from the owner's (A's) side. */
export const friendRelationLabels: Record<FriendRelation, FriendLabel> = {
  CheckResult_Type_AWithB: { en: 'In owner’s list only', zh: 'B 在 A 的好友表中' },
  CheckResult_Type_BWithA: { en: 'Owner is in their list only', zh: 'A 在 B 的好友表中' },
  CheckResult_Type_BothWay: { en: 'Mutual friends', zh: '互为好友' },
  CheckResult_Type_NoRelation: { en: 'Not friends', zh: '无关系' },
};

/** `CheckType` of `black_list_check` (07 black_list_check). */
export const blackCheckTypeSchema = z.enum(['BlackCheckResult_Type_Single', 'BlackCheckResult_Type_Both'], {
  message: 'must be one of BlackCheckResult_Type_Single, BlackCheckResult_Type_Both',
});

/** A blocklist check mode. */
export type BlackCheckType = z.infer<typeof blackCheckTypeSchema>;

/** Labels of blocklist check modes. */
export const blackCheckTypeLabels: Record<BlackCheckType, FriendLabel> = {
  BlackCheckResult_Type_Single: { en: 'One-way check', zh: '单向校验' },
  BlackCheckResult_Type_Both: { en: 'Two-way check', zh: '双向校验' },
};

/** `Relation` answered by `black_list_check` (07 black_list_check). */
export const blackRelationSchema = z.enum([
  'BlackCheckResult_Type_AWithB',
  'BlackCheckResult_Type_BWithA',
  'BlackCheckResult_Type_BothWay',
  'BlackCheckResult_Type_NO',
]);

/** A blocklist relation. */
export type BlackRelation = z.infer<typeof blackRelationSchema>;

/** Labels of blocklist relations, read from the owner's (A's) side. */
export const blackRelationLabels: Record<BlackRelation, FriendLabel> = {
  BlackCheckResult_Type_AWithB: { en: 'Blocked by owner', zh: 'B 在 A 的黑名单中' },
  BlackCheckResult_Type_BWithA: { en: 'Has blocked owner', zh: 'A 在 B 的黑名单中' },
  BlackCheckResult_Type_BothWay: { en: 'Blocked both ways', zh: '互相拉黑' },
  BlackCheckResult_Type_NO: { en: 'Not blocked', zh: '无黑名单关系' },
};

/** A per-account result of an `sns/*` batch call (07 §0 "Batch semantics"). */
export const snsResultItemSchema = z.looseObject({
  To_Account: z.string(),
  ResultCode: z.number().int(),
  ResultInfo: z.string().optional(),
});

/** A per-account result. */
export type SnsResultItem = z.infer<typeof snsResultItemSchema>;

/** `Fail_Account`: the failed UserIDs, present only when at least one item failed (07 §0). */
export const failAccountSchema = z.array(z.string()).optional();
