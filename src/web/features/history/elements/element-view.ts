/**
 * Reading returned message elements for display: a lenient typed view of each documented kind
 * (../shared/im-api/04-message-elements.md §2–10), so a history element missing an optional field
 * still renders, and anything unknown or not in the documented shape is kept as `raw`, never dropped.
 * The strict request schemas of `api/elements.ts` are for sending; history shows what is stored.
 */
import { z } from 'zod';
import { responseMsgBodySchema, type ResponseMsgElement } from '../../../../api/elements';

const num = z.number().refine(Number.isFinite);
const int = z.number().int();

/** `TIMTextElem`. */
export const textViewSchema = z.looseObject({ Text: z.string() });
/** `TIMFaceElem`. */
export const faceViewSchema = z.looseObject({ Index: int, Data: z.string().optional() });
/** `TIMLocationElem`. */
export const locationViewSchema = z.looseObject({
  Desc: z.string().optional(),
  Latitude: num,
  Longitude: num,
});
/** `TIMCustomElem`: every field optional for display (`Data` is required when sending). */
export const customViewSchema = z.looseObject({
  Data: z.string().optional(),
  Desc: z.string().optional(),
  Ext: z.string().optional(),
  Sound: z.string().optional(),
});
/** One rendition of an image. */
export const imageInfoViewSchema = z.looseObject({
  Type: int.optional(),
  Size: int.optional(),
  Width: int.optional(),
  Height: int.optional(),
  URL: z.string(),
});
/** `TIMImageElem`. */
export const imageViewSchema = z.looseObject({
  UUID: z.string().optional(),
  ImageFormat: int.optional(),
  ImageInfoArray: z.array(imageInfoViewSchema),
});
/** `TIMSoundElem`. */
export const soundViewSchema = z.looseObject({
  Url: z.string(),
  UUID: z.string().optional(),
  Size: int.optional(),
  Second: int.optional(),
});
/** `TIMFileElem`. */
export const fileViewSchema = z.looseObject({
  Url: z.string(),
  UUID: z.string().optional(),
  FileName: z.string().optional(),
  FileSize: int.optional(),
});
/** `TIMVideoFileElem`. */
export const videoViewSchema = z.looseObject({
  VideoUrl: z.string(),
  VideoSize: int.optional(),
  VideoSecond: int.optional(),
  VideoFormat: z.string().optional(),
  ThumbUrl: z.string().optional(),
  ThumbWidth: int.optional(),
  ThumbHeight: int.optional(),
  ThumbFormat: z.string().optional(),
});
/** One message inside a merged (`TIMRelayElem`) message, as the current docs describe it. */
export const relayItemViewSchema = z.looseObject({
  From_Account: z.string().optional(),
  To_Account: z.string().optional(),
  GroupId: z.string().optional(),
  MsgTimeStamp: int.optional(),
  MsgSeq: int.optional(),
  MsgBody: responseMsgBodySchema.optional(),
});
/**
 * `TIMRelayElem` (newer, 04 §10; stored verbatim): a title, an abstract, a count and the messages.
 * Not in the seed; the field names follow the current Chinese page. Nothing is required, so an
 * unexpected shape shows what it has and its raw JSON.
 */
export const relayViewSchema = z.looseObject({
  Title: z.string().optional(),
  MsgNum: int.optional(),
  CompatibleText: z.string().optional(),
  AbstractList: z.array(z.string()).optional(),
  MsgList: z.array(relayItemViewSchema).optional(),
});

export type TextView = z.infer<typeof textViewSchema>;
export type FaceView = z.infer<typeof faceViewSchema>;
export type LocationView = z.infer<typeof locationViewSchema>;
export type CustomView = z.infer<typeof customViewSchema>;
export type ImageInfoView = z.infer<typeof imageInfoViewSchema>;
export type ImageView = z.infer<typeof imageViewSchema>;
export type SoundView = z.infer<typeof soundViewSchema>;
export type FileView = z.infer<typeof fileViewSchema>;
export type VideoView = z.infer<typeof videoViewSchema>;
export type RelayView = z.infer<typeof relayViewSchema>;
export type RelayItemView = z.infer<typeof relayItemViewSchema>;

/** An element ready to render: a known kind with its content, or the element kept as is. */
export type ElementView =
  | { kind: 'text'; content: TextView }
  | { kind: 'face'; content: FaceView }
  | { kind: 'location'; content: LocationView }
  | { kind: 'custom'; content: CustomView }
  | { kind: 'image'; content: ImageView }
  | { kind: 'sound'; content: SoundView }
  | { kind: 'file'; content: FileView }
  | { kind: 'video'; content: VideoView }
  | { kind: 'relay'; content: RelayView }
  /** `unknown`: a type the console does not know; `malformed`: a known type whose content does not fit. */
  | { kind: 'raw'; reason: 'unknown' | 'malformed'; type: string; content: unknown };

const kinds = {
  TIMTextElem: ['text', textViewSchema],
  TIMFaceElem: ['face', faceViewSchema],
  TIMLocationElem: ['location', locationViewSchema],
  TIMCustomElem: ['custom', customViewSchema],
  TIMImageElem: ['image', imageViewSchema],
  TIMSoundElem: ['sound', soundViewSchema],
  TIMFileElem: ['file', fileViewSchema],
  TIMVideoFileElem: ['video', videoViewSchema],
  TIMRelayElem: ['relay', relayViewSchema],
} as const;

/** The display view of one returned element. */
export function viewElement(element: ResponseMsgElement | Record<string, unknown>): ElementView {
  const type = typeof element.MsgType === 'string' ? element.MsgType : '';
  const entry = Object.hasOwn(kinds, type) ? kinds[type as keyof typeof kinds] : undefined;
  if (!entry) return { kind: 'raw', reason: 'unknown', type, content: element.MsgContent };
  const parsed = entry[1].safeParse(element.MsgContent);
  if (!parsed.success) return { kind: 'raw', reason: 'malformed', type, content: element.MsgContent };
  return { kind: entry[0], content: parsed.data } as ElementView;
}

/** Emoji codes such as `[TUIEmoji_Smile]`, `[微笑]` or `[OK]`: short bracketed names clients draw as images. */
const EMOJI_CODE = /\[(?:TUIEmoji_[A-Za-z0-9_]{1,32}|[\p{Script=Han}]{1,6}|[A-Za-z][A-Za-z0-9_]{0,15})\]/gu;

/** A piece of a run, marked when it matches the highlight. */
export interface TextPart {
  text: string;
  mark: boolean;
}

/** A run of text: plain text or one emoji code, in parts at highlight boundaries. */
export interface TextRun {
  emoji: boolean;
  parts: TextPart[];
}

/** Where `needle` occurs in `text`, case-insensitively, as [start, end) ranges (no overlaps). */
export function findMatches(text: string, needle: string | undefined): [number, number][] {
  const found: [number, number][] = [];
  if (!needle) return found;
  const haystack = text.toLocaleLowerCase();
  const lower = needle.toLocaleLowerCase();
  // Lower-casing can change lengths (e.g. "İ"); then marks could land in the wrong place: mark nothing.
  if (haystack.length !== text.length || lower.length !== needle.length) return found;
  for (let at = haystack.indexOf(lower); at !== -1; at = haystack.indexOf(lower, at + lower.length)) {
    found.push([at, at + lower.length]);
  }
  return found;
}

/** Splits `text` at the ranges: the pieces inside are marked; joining the pieces gives `text` back. */
export function markParts(text: string, ranges: [number, number][], offset = 0): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    const start = Math.max(s - offset, at);
    const end = Math.min(e - offset, text.length);
    if (end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    parts.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

/**
 * Splits text into plain runs and emoji-code runs, each in parts marked where the highlight matches
 * (case-insensitive, every occurrence, also across a run boundary). Joining every part's text gives
 * back the input exactly.
 */
export function segmentText(text: string, highlight?: string): TextRun[] {
  const marks = findMatches(text, highlight);
  const runs: TextRun[] = [];
  let at = 0;
  const push = (start: number, end: number, emoji: boolean) => {
    if (end > start) runs.push({ emoji, parts: markParts(text.slice(start, end), marks, start) });
  };
  for (const match of text.matchAll(EMOJI_CODE)) {
    push(at, match.index, false);
    push(match.index, match.index + match[0].length, true);
    at = match.index + match[0].length;
  }
  push(at, text.length, false);
  return runs;
}

/** The URL when it is an absolute http(s) link; anything else (javascript:, data:, relative) is not a link. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** An OpenStreetMap link centred on the coordinates, or undefined when they are out of range. */
export function mapUrl(latitude: number, longitude: number): string | undefined {
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  const lat = latitude.toFixed(6);
  const lon = longitude.toFixed(6);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
}

/** Coordinates as written in the message, trimmed to 6 decimals (about 10 cm). */
export function formatCoordinate(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}

/** A duration in seconds as `m:ss` (or `h:mm:ss`). */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** Byte units a size is written in. */
export interface SizeWords {
  bytes: (n: string) => string;
  kb: (n: string) => string;
  mb: (n: string) => string;
  gb: (n: string) => string;
}

/** A byte count in the largest fitting unit (1 KB = 1024 B), one decimal above bytes. */
export function formatBytes(bytes: number, words: SizeWords, locale = 'en'): string {
  const fmt = (n: number, digits: number) =>
    n.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  if (bytes < 1024) return words.bytes(fmt(bytes, 0));
  if (bytes < 1024 ** 2) return words.kb(fmt(bytes / 1024, 1));
  if (bytes < 1024 ** 3) return words.mb(fmt(bytes / 1024 ** 2, 1));
  return words.gb(fmt(bytes / 1024 ** 3, 1));
}

/** `Data` pretty-printed when it is a JSON object or array; undefined when it is not JSON. */
export function prettyJson(data: string): string | undefined {
  const trimmed = data.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  try {
    return JSON.stringify(JSON.parse(trimmed), null, 2);
  } catch {
    return undefined;
  }
}

/** The rendition to preview (thumbnail, else large, else original) and the one to open (large, else original). */
export function imageRenditions(content: ImageView): {
  preview: ImageInfoView | undefined;
  large: ImageInfoView | undefined;
  original: ImageInfoView | undefined;
} {
  const byType = (t: number) => content.ImageInfoArray.find((i) => i.Type === t);
  const original = byType(1);
  const large = byType(2) ?? original ?? content.ImageInfoArray[0];
  const preview = byType(3) ?? large;
  return { preview, large, original: original ?? large };
}
