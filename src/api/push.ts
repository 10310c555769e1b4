/**
 * Push-to-all building blocks shared by the `all_member_push/*` contracts, the emulator and the
 * console: attribute slots and names, tags, and the `Condition` of `im_push` with the combinations
 * the API allows. Source: ../shared/im-api/06-push.md §1.
 */
import { z } from 'zod';
import { bytes, nonEmptyBytes } from './rules';

/** Attribute slots an app has: `"0"`–`"9"` (06 §1.2). */
export const ATTR_SLOT_COUNT = 10;

/** Longest attribute name, in bytes (06 §1.2). */
export const ATTR_NAME_MAX_BYTES = 50;

/** Longest attribute value, in bytes (06 §1.2). */
export const ATTR_VALUE_MAX_BYTES = 50;

/** Longest tag, in bytes (06 §1.3: 90020 when longer). */
export const TAG_MAX_BYTES = 50;

/** Most tags in `TagsAnd` or in `TagsOr` (06 §1.4: 90032). */
export const CONDITION_TAGS_MAX = 10;

/** Most tags added to one user per `im_add_tag` call (06 §1.3: 90032). */
export const TAGS_PER_ADD_MAX = 10;

/** Most tags one user may hold in total (06 §1.3). */
export const TAGS_PER_USER_MAX = 100;

/** Most accounts per attribute/tag call (06 §1.3: 90018). */
export const PUSH_ACCOUNTS_MAX = 100;

/** Longest offline storage of a push, in seconds: 7 days (06 im_push, 90026). */
export const PUSH_MSG_LIFETIME_MAX = 604800;

/** The attribute slot keys, `"0"`–`"9"`, as `im_set_attr_name` takes them (06 §1.2). */
export const attrSlots = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** An attribute slot key. */
export type AttrSlot = (typeof attrSlots)[number];

/** An attribute slot key, `"0"`–`"9"`. */
export const attrSlotSchema = z.enum(attrSlots, { message: 'must be an attribute slot "0" to "9"' });

/** An attribute name: non-empty, at most 50 bytes; it must be configured with `im_set_attr_name` (06 §1.2, 90033). */
export const attrNameSchema = nonEmptyBytes(ATTR_NAME_MAX_BYTES);

/** An attribute value: a string of at most 50 bytes (06 §1.2). */
export const attrValueSchema = bytes(ATTR_VALUE_MAX_BYTES);

/**
 * `AttrNames` of `im_set_attr_name`: slot → name, at least one slot. Two slots may not share a name,
 * because attributes are addressed by name everywhere else (06 §1.2).
 */
export const attrNamesSchema = z.record(z.string(), attrNameSchema).superRefine((names, ctx) => {
  const entries = Object.entries(names);
  if (entries.length === 0)
    ctx.addIssue({ code: 'custom', message: 'must name at least one attribute slot' });
  const seen = new Map<string, string>();
  for (const [slot, name] of entries) {
    if (!attrSlotSchema.safeParse(slot).success) {
      ctx.addIssue({ code: 'custom', message: 'must be an attribute slot "0" to "9"', path: [slot] });
    }
    const other = seen.get(name);
    if (other !== undefined) {
      ctx.addIssue({ code: 'custom', message: `must not repeat the name of slot "${other}"`, path: [slot] });
    }
    seen.set(name, slot);
  }
});

/** Slot → attribute name. */
export type AttrNames = z.infer<typeof attrNamesSchema>;

/** `AttrTypes` (newer, timpush): slot → account type, 0 UserID or 1 push RegistrationID (06 im_set_attr_name). */
export const attrTypesSchema = z.partialRecord(
  attrSlotSchema,
  z.union([z.literal(0), z.literal(1)], { message: 'must be 0 (UserID) or 1 (RegistrationID)' }),
);

/** A map of attribute name → value; an app has at most 10 attributes, so at most 10 entries (06 §1.2). */
export const attrValuesSchema = z
  .record(attrNameSchema, attrValueSchema)
  .refine((m) => Object.keys(m).length <= ATTR_SLOT_COUNT, {
    message: `must name at most ${ATTR_SLOT_COUNT} attributes (an app has 10 attribute slots)`,
  });

/** Attribute name → value. */
export type AttrValues = z.infer<typeof attrValuesSchema>;

/** A tag: non-empty (90040), at most 50 bytes (90020) (06 §1.3). */
export const tagSchema = nonEmptyBytes(TAG_MAX_BYTES);

const conditionTags = z
  .array(tagSchema)
  .min(1, { message: 'must list at least one tag (omit the key instead)' })
  .max(CONDITION_TAGS_MAX, { message: `must list at most ${CONDITION_TAGS_MAX} tags (90032)` });

const conditionAttrs = attrValuesSchema.refine((m) => Object.keys(m).length > 0, {
  message: 'must name at least one attribute (omit the key instead)',
});

/**
 * `Condition` of `im_push` (06 §1.4): `AttrsAnd` (all of these attribute values), `AttrsOr` (any
 * of them), `TagsAnd` (all of these tags), `TagsOr` (any of them). Attribute and tag keys may not
 * be combined (90039), and a tag may not be in both lists (90022). Unknown keys are rejected and
 * empty lists refused: either would silently turn a segment push into a push to every user.
 */
export const pushConditionSchema = z
  .strictObject(
    {
      AttrsAnd: conditionAttrs.optional(),
      AttrsOr: conditionAttrs.optional(),
      TagsAnd: conditionTags.optional(),
      TagsOr: conditionTags.optional(),
    },
    { message: 'must be an object with only AttrsAnd, AttrsOr, TagsAnd, TagsOr' },
  )
  .superRefine((c, ctx) => {
    const hasAttrs = c.AttrsAnd !== undefined || c.AttrsOr !== undefined;
    const tagKey = c.TagsAnd !== undefined ? 'TagsAnd' : c.TagsOr !== undefined ? 'TagsOr' : undefined;
    if (hasAttrs && tagKey) {
      ctx.addIssue({
        code: 'custom',
        message: 'must not combine attribute and tag conditions (90039)',
        path: [tagKey],
      });
    }
    if (c.TagsAnd && c.TagsOr) {
      const and = new Set(c.TagsAnd);
      c.TagsOr.forEach((tag, i) => {
        if (and.has(tag)) {
          ctx.addIssue({
            code: 'custom',
            message: `must not also be in TagsAnd ("${tag}", 90022)`,
            path: ['TagsOr', i],
          });
        }
      });
    }
  });

/** A push target filter. */
export type PushCondition = z.infer<typeof pushConditionSchema>;

/** What a push reaches: every user, an attribute segment or a tag segment. */
export type PushAudience = 'all' | 'attrs' | 'tags';

/** Which kind of push a (valid) condition makes; no condition or `{}` is a push to all users (06 §1.4). */
export function pushAudience(condition: PushCondition | undefined): PushAudience {
  if (!condition) return 'all';
  if (condition.AttrsAnd || condition.AttrsOr) return 'attrs';
  if (condition.TagsAnd || condition.TagsOr) return 'tags';
  return 'all';
}

/** The push-relevant state of one user: attribute values by name and tags. */
export interface PushTarget {
  attrs: Readonly<Record<string, string>>;
  tags: readonly string[];
}

/**
 * Whether a user matches a condition (06 §1.4). `And` + `Or` of the same kind are read as an
 * intersection (the docs leave it open; emulator choice); a missing attribute never matches.
 */
export function matchesPushCondition(condition: PushCondition | undefined, user: PushTarget): boolean {
  if (!condition) return true;
  const has = (name: string, value: string) => Object.hasOwn(user.attrs, name) && user.attrs[name] === value;
  const tags = new Set(user.tags);
  const { AttrsAnd, AttrsOr, TagsAnd, TagsOr } = condition;
  if (AttrsAnd && !Object.entries(AttrsAnd).every(([n, v]) => has(n, v))) return false;
  if (AttrsOr && !Object.entries(AttrsOr).some(([n, v]) => has(n, v))) return false;
  if (TagsAnd && !TagsAnd.every((t) => tags.has(t))) return false;
  if (TagsOr && !TagsOr.some((t) => tags.has(t))) return false;
  return true;
}

/** A per-account failure of an attribute/tag call (newer docs, e.g. 70107 account does not exist; 06). */
export const pushErrorItemSchema = z.looseObject({
  To_Account: z.string(),
  ErrorCode: z.number().int(),
  ErrorInfo: z.string().optional(),
});

/** `ErrorList` of attribute/tag calls: present only when some accounts failed (newer docs; 06). */
export const pushErrorListSchema = z.array(pushErrorItemSchema).optional();
