/**
 * One message element of a push as the composer edits it, and its two conversions: draft → request
 * element (`toElement`) and stored element → draft (`fromElement`). An element the form cannot show in
 * full (voice, file, video, relay, unknown keys) stays raw JSON, so a duplicate sends what the original sent.
 * Source: ../shared/im-api/04-message-elements.md.
 */
import type { MsgElement } from '../../../../api/elements';
import { isRecord, numText, parseNumber, setIf, str } from './draft-values';

/** One rendition row of an image element (1 original, 2 large, 3 thumbnail). */
export interface ImageRenditionDraft {
  type: 1 | 2 | 3;
  url: string;
  width: string;
  height: string;
  size: string;
}

/** One message element as the form edits it: numbers as text, so half-typed input is kept. */
export type ElementDraft =
  | { id: string; kind: 'text'; text: string }
  | {
      id: string;
      kind: 'custom';
      /** `json` checks that `Data` parses as JSON; `text` sends it as typed. */
      dataFormat: 'json' | 'text';
      data: string;
      desc: string;
      ext: string;
      sound: string;
    }
  | { id: string; kind: 'face'; index: string; data: string }
  | { id: string; kind: 'location'; desc: string; latitude: string; longitude: string }
  | {
      id: string;
      kind: 'image';
      uuid: string;
      format: '1' | '2' | '3' | '4' | '255';
      renditions: ImageRenditionDraft[];
    }
  /** An element the form has no editor for (voice, file, video, relay, extra keys): JSON, sent as is. */
  | { id: string; kind: 'raw'; json: string };

/** The kinds an operator can add. */
export const editableKinds = ['text', 'custom', 'face', 'location', 'image'] as const;
export type EditableKind = (typeof editableKinds)[number];

let nextId = 0;
/** A fresh element id (React keys and field names; never sent). */
export function newElementId(): string {
  nextId += 1;
  return `e${nextId}`;
}

/** An empty element of a kind. */
export function emptyElement(kind: EditableKind, id = newElementId()): ElementDraft {
  switch (kind) {
    case 'text':
      return { id, kind, text: '' };
    case 'custom':
      return { id, kind, dataFormat: 'json', data: '{}', desc: '', ext: '', sound: '' };
    case 'face':
      return { id, kind, index: '0', data: '' };
    case 'location':
      return { id, kind, desc: '', latitude: '', longitude: '' };
    case 'image':
      return { id, kind, uuid: '', format: '1', renditions: [emptyRendition(1)] };
  }
}

/** An empty image rendition row. */
export function emptyRendition(type: 1 | 2 | 3): ImageRenditionDraft {
  return { type, url: '', width: '', height: '', size: '' };
}

/** Parses a raw element's JSON, or undefined when it is not an object. */
export function parseRawElement(json: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** One draft as a request element (numbers that do not parse become NaN and fail the contract). */
export function toElement(draft: ElementDraft): MsgElement {
  switch (draft.kind) {
    case 'text':
      return { MsgType: 'TIMTextElem', MsgContent: { Text: draft.text } };
    case 'custom': {
      const content: { Data: string; Desc?: string; Ext?: string; Sound?: string } = { Data: draft.data };
      setIf(content, 'Desc', draft.desc);
      setIf(content, 'Ext', draft.ext);
      setIf(content, 'Sound', draft.sound);
      return { MsgType: 'TIMCustomElem', MsgContent: content };
    }
    case 'face': {
      const content: { Index: number; Data?: string } = { Index: parseNumber(draft.index) };
      setIf(content, 'Data', draft.data);
      return { MsgType: 'TIMFaceElem', MsgContent: content };
    }
    case 'location':
      return {
        MsgType: 'TIMLocationElem',
        MsgContent: {
          Desc: draft.desc,
          Latitude: parseNumber(draft.latitude),
          Longitude: parseNumber(draft.longitude),
        },
      };
    case 'image':
      return {
        MsgType: 'TIMImageElem',
        MsgContent: {
          UUID: draft.uuid,
          ImageFormat: Number(draft.format) as 1 | 2 | 3 | 4 | 255,
          ImageInfoArray: draft.renditions.map((r) => ({
            Type: r.type,
            Size: parseNumber(r.size),
            Width: parseNumber(r.width),
            Height: parseNumber(r.height),
            URL: r.url,
          })),
        },
      };
    case 'raw':
      // Unparseable JSON is sent as an empty object, which the contract refuses with a rule.
      return (parseRawElement(draft.json) ?? {}) as MsgElement;
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function structuredDraft(el: Record<string, unknown>, id: string): ElementDraft | undefined {
  const c = el.MsgContent;
  if (!isRecord(c)) return undefined;
  switch (el.MsgType) {
    case 'TIMTextElem':
      return { id, kind: 'text', text: str(c.Text) };
    case 'TIMCustomElem': {
      const data = str(c.Data);
      let json = false;
      try {
        const parsed: unknown = JSON.parse(data);
        json = typeof parsed === 'object' && parsed !== null;
      } catch {
        json = false;
      }
      return {
        id,
        kind: 'custom',
        dataFormat: json ? 'json' : 'text',
        data,
        desc: str(c.Desc),
        ext: str(c.Ext),
        sound: str(c.Sound),
      };
    }
    case 'TIMFaceElem':
      return { id, kind: 'face', index: numText(c.Index), data: str(c.Data) };
    case 'TIMLocationElem':
      return {
        id,
        kind: 'location',
        desc: str(c.Desc),
        latitude: numText(c.Latitude),
        longitude: numText(c.Longitude),
      };
    case 'TIMImageElem': {
      const format = String(c.ImageFormat);
      if (!['1', '2', '3', '4', '255'].includes(format) || !Array.isArray(c.ImageInfoArray)) return undefined;
      const renditions: ImageRenditionDraft[] = [];
      for (const r of c.ImageInfoArray) {
        if (!isRecord(r) || (r.Type !== 1 && r.Type !== 2 && r.Type !== 3)) return undefined;
        renditions.push({
          type: r.Type,
          url: str(r.URL),
          width: numText(r.Width),
          height: numText(r.Height),
          size: numText(r.Size),
        });
      }
      return { id, kind: 'image', uuid: str(c.UUID), format: format as '1', renditions };
    }
    default:
      return undefined;
  }
}

/** One stored element as a draft: structured when the form can show all of it, otherwise raw JSON. */
export function fromElement(el: unknown, id = newElementId()): ElementDraft {
  if (isRecord(el)) {
    const draft = structuredDraft(el, id);
    if (draft && sameJson(toElement(draft), el)) return draft;
  }
  return { id, kind: 'raw', json: JSON.stringify(el, null, 2) };
}
