/**
 * Message elements (`MsgBody` items) and offline-push settings (`OfflinePushInfo`), shared by C2C
 * sends, group sends, imports and all-member push. Request schemas enforce the documented rules;
 * response schemas are loose so that history reads never drop an element the console does not know.
 * Source: ../shared/im-api/04-message-elements.md.
 */
import { z } from 'zod';
import { byteLength } from './rules';

/** The eight element kinds the REST API accepts in every `MsgBody` (04-message-elements.md §1). */
export const msgTypes = [
  'TIMTextElem',
  'TIMLocationElem',
  'TIMFaceElem',
  'TIMCustomElem',
  'TIMSoundElem',
  'TIMImageElem',
  'TIMFileElem',
  'TIMVideoFileElem',
] as const;

/** One of the eight documented element kinds. */
export type MsgType = (typeof msgTypes)[number];

/** Newer element kind (merged/forwarded bundle) accepted verbatim, not validated (04-message-elements.md §10). */
export const RELAY_MSG_TYPE = 'TIMRelayElem';

/** Seed-era cap on the message body: 8 KB (93000 "JSON packet too long"); newer pages allow 12 KB (04 §1). */
export const MSG_BODY_MAX_BYTES = 8192;

const nonNegativeInt = z
  .number()
  .int({ message: 'must be a whole number' })
  .min(0, { message: 'must be 0 or more' });

/** `Download_Flag`, `VideoDownloadFlag`, `ThumbDownloadFlag`: only 2 (download straight from the URL) is valid. */
const downloadFlag = z.literal(2, { message: 'must be 2 (download directly from the URL)' });

/** `TIMTextElem` content: the text, which is also the offline-push preview. */
export const textContentSchema = z.looseObject({ Text: z.string() });

/** `TIMLocationElem` content: description plus floating-point coordinates. */
export const locationContentSchema = z.looseObject({
  Desc: z.string(),
  Latitude: z.number(),
  Longitude: z.number(),
});

/** `TIMFaceElem` content: an app-defined emoji index and optional extra data. */
export const faceContentSchema = z.looseObject({
  Index: z.number().int({ message: 'must be a whole number' }),
  Data: z.string().optional(),
});

/** `TIMCustomElem` content: app payload in `Data`; `Desc` is the push text, `Ext`/`Sound` go to APNs. */
export const customContentSchema = z.looseObject({
  Data: z.string(),
  Desc: z.string().optional(),
  Ext: z.string().optional(),
  Sound: z.string().optional(),
});

/** `TIMSoundElem` content. The doc table marks all five fields required (04 §6), so they are. */
export const soundContentSchema = z.looseObject({
  Url: z.string(),
  UUID: z.string(),
  Size: nonNegativeInt,
  Second: nonNegativeInt,
  Download_Flag: downloadFlag,
});

/** Image format codes: 1 JPG, 2 GIF, 3 PNG, 4 BMP, 255 other. */
export const imageFormats = { 1: 'JPG', 2: 'GIF', 3: 'PNG', 4: 'BMP', 255: 'Other' } as const;

/** Image rendition codes: 1 original, 2 large, 3 thumbnail. */
export const imageRenditions = { 1: 'Original', 2: 'Large', 3: 'Thumbnail' } as const;

/** One rendition of an image (note the upper-case `URL`, unlike `Url` in voice and file). */
export const imageInfoSchema = z.looseObject({
  Type: z.union([z.literal(1), z.literal(2), z.literal(3)], {
    message: 'must be 1 (original), 2 (large) or 3 (thumbnail)',
  }),
  Size: nonNegativeInt,
  Width: nonNegativeInt,
  Height: nonNegativeInt,
  URL: z.string(),
});

/** `TIMImageElem` content: an index key, the format and the renditions. */
export const imageContentSchema = z.looseObject({
  UUID: z.string(),
  ImageFormat: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(255)], {
    message: 'must be one of 1 (JPG), 2 (GIF), 3 (PNG), 4 (BMP), 255 (other)',
  }),
  ImageInfoArray: z.array(imageInfoSchema),
});

/** `TIMFileElem` content. */
export const fileContentSchema = z.looseObject({
  Url: z.string(),
  UUID: z.string(),
  FileSize: nonNegativeInt,
  FileName: z.string(),
  Download_Flag: downloadFlag,
});

/** `TIMVideoFileElem` content: the video and its thumbnail. */
export const videoFileContentSchema = z.looseObject({
  VideoUrl: z.string(),
  VideoUUID: z.string(),
  VideoSize: nonNegativeInt,
  VideoSecond: nonNegativeInt,
  VideoFormat: z.string(),
  VideoDownloadFlag: downloadFlag,
  ThumbUrl: z.string(),
  ThumbUUID: z.string(),
  ThumbSize: nonNegativeInt,
  ThumbWidth: nonNegativeInt,
  ThumbHeight: nonNegativeInt,
  ThumbFormat: z.string(),
  ThumbDownloadFlag: downloadFlag,
});

function element<const T extends string, C extends z.ZodType>(type: T, content: C) {
  return z.looseObject({ MsgType: z.literal(type), MsgContent: content });
}

/** `TIMRelayElem`: accepted and stored verbatim for forward compatibility (04 §10, §14). */
export const relayElementSchema = element(RELAY_MSG_TYPE, z.looseObject({}));

/** One request message element, discriminated on `MsgType`, with each kind's `MsgContent` rules (04 §2–9). */
export const msgElementSchema = z.discriminatedUnion(
  'MsgType',
  [
    element('TIMTextElem', textContentSchema),
    element('TIMLocationElem', locationContentSchema),
    element('TIMFaceElem', faceContentSchema),
    element('TIMCustomElem', customContentSchema),
    element('TIMSoundElem', soundContentSchema),
    element('TIMImageElem', imageContentSchema),
    element('TIMFileElem', fileContentSchema),
    element('TIMVideoFileElem', videoFileContentSchema),
    relayElementSchema,
  ],
  { error: () => `must be one of ${msgTypes.join(', ')}` },
);

/** A request message element. */
export type MsgElement = z.infer<typeof msgElementSchema>;

/**
 * A request `MsgBody`: a non-empty array of elements with at most one `TIMCustomElem`, and at
 * most 8 KB of JSON (the seed's number; README "Decisions": enforce the seed's, newer allow 12 KB).
 */
export const msgBodySchema = z
  .array(msgElementSchema, { message: 'must be an array of message elements' })
  .min(1, { message: 'must hold at least one message element' })
  .superRefine((body, ctx) => {
    const customAt = body.flatMap((e, i) => (e.MsgType === 'TIMCustomElem' ? [i] : []));
    if (customAt.length > 1) {
      ctx.addIssue({
        code: 'custom',
        message: 'must contain at most one TIMCustomElem',
        path: [customAt[1] ?? 0, 'MsgType'],
      });
    }
    const size = byteLength(JSON.stringify(body));
    if (size > MSG_BODY_MAX_BYTES) {
      ctx.addIssue({
        code: 'custom',
        message: `must be at most ${MSG_BODY_MAX_BYTES} bytes of JSON (is ${size})`,
      });
    }
  });

/** A request message body. */
export type MsgBody = z.infer<typeof msgBodySchema>;

/**
 * A message element as history reads return it: any `MsgType` string and any `MsgContent`, so an
 * element kind the console does not know is kept and shown raw, never dropped. Use
 * `knownElement` to get the typed view.
 */
export const responseMsgElementSchema = z.looseObject({
  MsgType: z.string(),
  MsgContent: z.unknown(),
});

/** A message element as returned by the service. */
export type ResponseMsgElement = z.infer<typeof responseMsgElementSchema>;

/** A returned `MsgBody`: loose elements, possibly empty (e.g. a recalled or system message). */
export const responseMsgBodySchema = z.array(responseMsgElementSchema);

/** A returned message body. */
export type ResponseMsgBody = z.infer<typeof responseMsgBodySchema>;

/** The typed view of a returned element when it is one of the documented kinds and well-formed; otherwise undefined. */
export function knownElement(element: ResponseMsgElement): MsgElement | undefined {
  const parsed = msgElementSchema.safeParse(element);
  return parsed.success ? parsed.data : undefined;
}

/** Android vendor push settings (04 §12). Newer vendor fields (`OPPOCategory`, …) are kept verbatim. */
export const androidInfoSchema = z.looseObject({
  Sound: z.string().optional(),
  HuaWeiChannelID: z.string().optional(),
  XiaoMiChannelID: z.string().optional(),
  OPPOChannelID: z.string().optional(),
  GoogleChannelID: z.string().optional(),
  VIVOClassification: z
    .union([z.literal(0), z.literal(1)], { message: 'must be 0 (marketing) or 1 (system)' })
    .optional(),
  HuaWeiImportance: z.enum(['LOW', 'NORMAL'], { message: 'must be one of LOW, NORMAL' }).optional(),
  ExtAsHuaweiIntentParam: z
    .union([z.literal(0), z.literal(1)], { message: 'must be 0 (Action parameter) or 1 (Intent parameter)' })
    .optional(),
});

/** APNs push settings (04 §13). */
export const apnsInfoSchema = z.looseObject({
  Sound: z.string().optional(),
  BadgeMode: z
    .union([z.literal(0), z.literal(1)], { message: 'must be 0 (count in badge) or 1 (do not count)' })
    .optional(),
  Title: z.string().optional(),
  SubTitle: z.string().optional(),
  Image: z.string().optional(),
  MutableContent: z
    .union([z.literal(0), z.literal(1)], {
      message: 'must be 0 or 1 (enable the notification service extension)',
    })
    .optional(),
});

/** `OfflinePushInfo`: vendor/APNs notification settings for offline recipients; not stored in history (04 §11). */
export const offlinePushInfoSchema = z.looseObject({
  PushFlag: z
    .union([z.literal(0), z.literal(1)], { message: 'must be 0 (push) or 1 (no offline push)' })
    .optional(),
  Title: z.string().optional(),
  Desc: z.string().optional(),
  Ext: z.string().optional(),
  AndroidInfo: androidInfoSchema.optional(),
  ApnsInfo: apnsInfoSchema.optional(),
});

/** Offline-push settings of a message. */
export type OfflinePushInfo = z.infer<typeof offlinePushInfoSchema>;
