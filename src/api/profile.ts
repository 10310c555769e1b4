/**
 * Profile fields as data: every standard `Tag_Profile_IM_*` tag with its type, allowed values,
 * limits and bilingual labels, the custom-tag rule, and the `{ Tag, Value }` item schema with
 * per-tag validation used by `profile/portrait_set`. The console renders profiles from these
 * definitions; the emulator type-checks writes with them. Source: ../shared/im-api/05-profile.md §1–3.
 */
import { z } from 'zod';
import { byteLength } from './rules';

/** A label in the console's two languages. */
export interface Label {
  en: string;
  zh: string;
}

/** One allowed value of an enum-typed tag, with its labels. */
export interface ProfileEnumValue {
  value: string;
  label: Label;
}

/** The definition of one standard profile tag. */
export interface ProfileTagDef {
  tag: string;
  /** `string`: free text; `enum`: one of `values`; `uint32`: a JSON number 0–4294967295. */
  type: 'string' | 'enum' | 'uint32';
  label: Label;
  /** Short guidance for an operator editing the field. */
  hint?: Label;
  /** Most UTF-8 bytes of a string value. */
  maxBytes?: number;
  /** Allowed values of an enum tag. */
  values?: readonly ProfileEnumValue[];
  /** Inclusive range of an integer tag. */
  range?: { min: number; max: number };
  /** Whether an admin may write it through `portrait_set` (every documented standard tag is writable). */
  settable: boolean;
  /** The neutral value `portrait_get` reports for a never-set field (05-profile.md, portrait_get emulator rules). */
  defaultValue: string | number;
}

/** Largest string/bytes profile value, in bytes (40601 when exceeded). */
export const PROFILE_VALUE_MAX_BYTES = 500;

const UINT32 = { min: 0, max: 4294967295 } as const;

/** Every standard profile tag (05-profile.md §2), in the order of the doc's table. */
export const profileTags = [
  {
    tag: 'Tag_Profile_IM_Nick',
    type: 'string',
    label: { en: 'Nickname', zh: '昵称' },
    maxBytes: PROFILE_VALUE_MAX_BYTES,
    settable: true,
    defaultValue: '',
  },
  {
    tag: 'Tag_Profile_IM_Gender',
    type: 'enum',
    label: { en: 'Gender', zh: '性别' },
    values: [
      { value: 'Gender_Type_Unknown', label: { en: 'Not set', zh: '未设置' } },
      { value: 'Gender_Type_Female', label: { en: 'Female', zh: '女' } },
      { value: 'Gender_Type_Male', label: { en: 'Male', zh: '男' } },
    ],
    settable: true,
    defaultValue: 'Gender_Type_Unknown',
  },
  {
    tag: 'Tag_Profile_IM_BirthDay',
    type: 'uint32',
    label: { en: 'Birthday', zh: '生日' },
    hint: { en: 'A number in the form YYYYMMDD, e.g. 20190419', zh: '格式为 YYYYMMDD 的数字，如 20190419' },
    range: UINT32,
    settable: true,
    defaultValue: 0,
  },
  {
    // Older/English page: ≤ 16 bytes; newest Chinese page and the emulator rules: ≤ 500 bytes (05 §2, §4).
    tag: 'Tag_Profile_IM_Location',
    type: 'string',
    label: { en: 'Location', zh: '所在地' },
    hint: {
      en: 'App-defined; older docs suggest four codes (country, province, city, district) in 16 bytes',
      zh: '由应用定义；旧版文档建议用 16 字节存放国家、省、市、区四个编码',
    },
    maxBytes: PROFILE_VALUE_MAX_BYTES,
    settable: true,
    defaultValue: '',
  },
  {
    tag: 'Tag_Profile_IM_SelfSignature',
    type: 'string',
    label: { en: 'Signature', zh: '个性签名' },
    maxBytes: PROFILE_VALUE_MAX_BYTES,
    settable: true,
    defaultValue: '',
  },
  {
    tag: 'Tag_Profile_IM_AllowType',
    type: 'enum',
    label: { en: 'Friend requests', zh: '加好友验证方式' },
    values: [
      { value: 'AllowType_Type_NeedConfirm', label: { en: 'Require approval', zh: '需要验证' } },
      { value: 'AllowType_Type_AllowAny', label: { en: 'Allow anyone to add', zh: '允许任何人添加' } },
      { value: 'AllowType_Type_DenyAny', label: { en: 'Allow no one to add', zh: '拒绝任何人添加' } },
    ],
    settable: true,
    defaultValue: 'AllowType_Type_NeedConfirm',
  },
  {
    tag: 'Tag_Profile_IM_Language',
    type: 'uint32',
    label: { en: 'Language', zh: '语言' },
    hint: { en: 'A number whose meaning the app defines', zh: '数值，含义由应用自定义' },
    range: UINT32,
    settable: true,
    defaultValue: 0,
  },
  {
    tag: 'Tag_Profile_IM_Image',
    type: 'string',
    label: { en: 'Avatar URL', zh: '头像 URL' },
    maxBytes: PROFILE_VALUE_MAX_BYTES,
    settable: true,
    defaultValue: '',
  },
  {
    tag: 'Tag_Profile_IM_MsgSettings',
    type: 'uint32',
    label: { en: 'Message settings', zh: '消息设置' },
    hint: {
      en: 'Bit 0: 0 = receive messages, 1 = do not receive messages',
      zh: '第 0 位：0 表示接收消息，1 表示不接收消息',
    },
    range: UINT32,
    settable: true,
    defaultValue: 0,
  },
  {
    tag: 'Tag_Profile_IM_AdminForbidType',
    type: 'enum',
    label: { en: 'Friend-request ban (set by admin)', zh: '管理员禁止加好友' },
    values: [
      { value: 'AdminForbid_Type_None', label: { en: 'Not banned', zh: '未禁止' } },
      {
        value: 'AdminForbid_Type_SendOut',
        label: { en: 'Banned from sending friend requests', zh: '禁止发起加好友请求' },
      },
    ],
    settable: true,
    defaultValue: 'AdminForbid_Type_None',
  },
  {
    tag: 'Tag_Profile_IM_Level',
    type: 'uint32',
    label: { en: 'Level', zh: '等级' },
    hint: {
      en: 'App-defined; one byte usually holds one level, so up to four levels fit',
      zh: '由应用定义；通常每个字节表示一种等级，最多可存四种',
    },
    range: UINT32,
    settable: true,
    defaultValue: 0,
  },
  {
    tag: 'Tag_Profile_IM_Role',
    type: 'uint32',
    label: { en: 'Role', zh: '角色' },
    hint: {
      en: 'App-defined; one byte usually holds one role, so up to four roles fit',
      zh: '由应用定义；通常每个字节表示一种角色，最多可存四种',
    },
    range: UINT32,
    settable: true,
    defaultValue: 0,
  },
] as const satisfies readonly ProfileTagDef[];

/** A standard profile tag name. */
export type StandardProfileTag = (typeof profileTags)[number]['tag'];

/** The standard tag names, for `z.enum` and pickers. */
export const standardProfileTags = profileTags.map((t) => t.tag) as [
  StandardProfileTag,
  ...StandardProfileTag[],
];

const byTag: ReadonlyMap<string, ProfileTagDef> = new Map(profileTags.map((t) => [t.tag, t]));

/** The definition of a standard tag, or undefined for custom and unknown tags. */
export function findProfileTag(tag: string): ProfileTagDef | undefined {
  return byTag.get(tag);
}

/** Prefix of every custom profile tag (05-profile.md §3). */
export const CUSTOM_PROFILE_TAG_PREFIX = 'Tag_Profile_Custom_';

/** A custom tag: the prefix plus a keyword of 1–8 English letters (05-profile.md §3). */
export const CUSTOM_PROFILE_TAG_PATTERN = /^Tag_Profile_Custom_[A-Za-z]{1,8}$/;

/** The custom-field rule as data, so the console can explain it next to the fields. */
export const customProfileRule = {
  prefix: CUSTOM_PROFILE_TAG_PREFIX,
  pattern: CUSTOM_PROFILE_TAG_PATTERN,
  keywordMaxBytes: 8,
  maxBytes: PROFILE_VALUE_MAX_BYTES,
  label: { en: 'Custom field', zh: '自定义字段' },
  hint: {
    en: 'Tag_Profile_Custom_ plus up to 8 English letters; created in the console first (takes about 10 minutes)',
    zh: 'Tag_Profile_Custom_ 加不超过 8 个英文字母；需先在控制台创建（约 10 分钟后生效）',
  },
} as const;

/** True for a well-formed custom tag name (whether the app registered it is for the service to say: 40009). */
export function isCustomProfileTag(tag: string): boolean {
  return CUSTOM_PROFILE_TAG_PATTERN.test(tag);
}

/** The operator-facing label of any tag: the standard label, or "Custom: <keyword>" for a custom tag. */
export function profileTagLabel(tag: string, lang: keyof Label): string {
  const def = byTag.get(tag);
  if (def) return def.label[lang];
  if (tag.startsWith(CUSTOM_PROFILE_TAG_PREFIX)) {
    const keyword = tag.slice(CUSTOM_PROFILE_TAG_PREFIX.length);
    return lang === 'zh' ? `自定义：${keyword}` : `Custom: ${keyword}`;
  }
  return tag;
}

/** The operator-facing text of a value: the enum label where there is one, else the value itself. */
export function profileValueLabel(tag: string, value: unknown, lang: keyof Label): string {
  const match = byTag.get(tag)?.values?.find((v) => v.value === value);
  if (match) return match.label[lang];
  if (tag === 'Tag_Profile_IM_BirthDay' && typeof value === 'number' && /^\d{8}$/.test(String(value))) {
    const d = String(value);
    return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}`;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Why a `{Tag, Value}` pair is invalid, with the code the service answers (05-profile.md, portrait_set errors). */
export interface ProfileItemProblem {
  field: 'Tag' | 'Value';
  /** 40009 unknown tag, 40610 wrong value type, 40605 invalid enum value, 40601 over 500 bytes. */
  code: 40009 | 40610 | 40605 | 40601;
  message: string;
}

function stringProblem(value: unknown, maxBytes: number): ProfileItemProblem | undefined {
  if (typeof value !== 'string')
    return { field: 'Value', code: 40610, message: 'must be a string for this tag' };
  if (byteLength(value) > maxBytes) {
    return { field: 'Value', code: 40601, message: `must be at most ${maxBytes} bytes (UTF-8)` };
  }
  return undefined;
}

/** Checks one profile item against its tag's rules; undefined when it is valid. */
export function profileItemProblem(tag: string, value: unknown): ProfileItemProblem | undefined {
  const def = byTag.get(tag);
  if (!def) {
    if (!isCustomProfileTag(tag)) {
      return {
        field: 'Tag',
        code: 40009,
        message: 'must be a standard Tag_Profile_IM_* tag or Tag_Profile_Custom_ plus 1-8 English letters',
      };
    }
    // Custom values are strings per the field page; some console versions offer integers (05 §3: unclear).
    if (typeof value === 'number') {
      return Number.isInteger(value) && value >= 0
        ? undefined
        : { field: 'Value', code: 40610, message: 'must be a string or a whole number 0 or more' };
    }
    return stringProblem(value, PROFILE_VALUE_MAX_BYTES);
  }
  switch (def.type) {
    case 'string':
      return stringProblem(value, def.maxBytes ?? PROFILE_VALUE_MAX_BYTES);
    case 'enum': {
      const allowed = (def.values ?? []).map((v) => v.value);
      if (typeof value !== 'string')
        return { field: 'Value', code: 40610, message: 'must be a string for this tag' };
      return allowed.includes(value)
        ? undefined
        : { field: 'Value', code: 40605, message: `must be one of ${allowed.join(', ')}` };
    }
    case 'uint32': {
      const range = def.range ?? UINT32;
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        return { field: 'Value', code: 40610, message: 'must be a whole number (JSON number) for this tag' };
      }
      return value >= range.min && value <= range.max
        ? undefined
        : { field: 'Value', code: 40610, message: `must be between ${range.min} and ${range.max}` };
    }
  }
}

/** A tag name a profile call may name: a standard tag or a well-formed custom tag. */
export const profileTagNameSchema = z.string().refine((t) => byTag.has(t) || isCustomProfileTag(t), {
  message: 'must be a standard Tag_Profile_IM_* tag or Tag_Profile_Custom_ plus 1-8 English letters',
});

/** One `{Tag, Value}` item to write, validated against its tag (type, enum values, byte limit). */
export const profileItemSchema = z
  .object({
    Tag: z.string(),
    Value: z.union([z.string(), z.number()], { message: 'must be a string or a number' }),
  })
  .superRefine((item, ctx) => {
    const problem = profileItemProblem(item.Tag, item.Value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: [problem.field] });
  });

/** A profile item to write. */
export type ProfileItem = z.infer<typeof profileItemSchema>;

/** A `{Tag, Value}` pair as the service returns it: loose, any value, so an unexpected type never breaks a read. */
export const responseProfileItemSchema = z.looseObject({
  Tag: z.string(),
  Value: z.unknown(),
});

/** A returned profile item. */
export type ResponseProfileItem = z.infer<typeof responseProfileItemSchema>;
