/**
 * The push composer's form state and its two conversions, apart from React: form → the `im_push` body
 * that will be sent (`toPushRequest`), and a stored `im_push` body → form (`fromPushRequest`, for
 * "duplicate" from the push log). Fields the form does not edit (an element kind it has no editor for,
 * a newer vendor field) are kept verbatim, so a duplicate sends what the original sent. Empty strings
 * are omitted: the API reads an empty optional string as an absent one.
 * Source: ../shared/im-api/06-push.md (im_push), 04-message-elements.md (elements, OfflinePushInfo).
 */
import type { ImPushRequest } from '../../../../api/endpoints/all_member_push/im_push';
import type { MsgElement, OfflinePushInfo } from '../../../../api/elements';
import type { PushCondition } from '../../../../api/push';

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

/** An attribute condition row: name (from `im_get_attr_name`) and the value to match. */
export interface AttrPair {
  name: string;
  value: string;
}

/** Who receives the push. `tags`/`attrs` use only their own lists; the others are kept for switching back. */
export type AudienceKind = 'all' | 'tags' | 'attrs';

/** `''` means "leave the field out". */
export type Flag = '' | '0' | '1';

/** The whole composer. */
export interface ComposerForm {
  elements: ElementDraft[];
  cloudCustomData: string;
  senderMode: 'admin' | 'account';
  senderAccount: string;
  /** Offline storage; `''` omits `MsgLifeTime` (the API then stores nothing: online users only). */
  lifeTime: string;
  lifeTimeUnit: LifeTimeUnit;
  audience: AudienceKind;
  tagsAnd: string[];
  tagsOr: string[];
  attrsAnd: AttrPair[];
  attrsOr: AttrPair[];
  offline: OfflineDraft;
  /** The task-dedupe key: kept while composing, so a retry after a lost answer is the same task (06 §1.5). */
  msgRandom: number;
}

/** `OfflinePushInfo` as the form edits it; `extra*` hold fields the form does not know, sent verbatim. */
export interface OfflineDraft {
  enabled: boolean;
  pushFlag: Flag;
  title: string;
  desc: string;
  ext: string;
  apnsSound: string;
  apnsBadgeMode: Flag;
  apnsTitle: string;
  apnsSubTitle: string;
  apnsImage: string;
  apnsMutableContent: Flag;
  androidSound: string;
  huaweiChannelId: string;
  xiaomiChannelId: string;
  oppoChannelId: string;
  googleChannelId: string;
  vivoClassification: Flag;
  huaweiImportance: '' | 'LOW' | 'NORMAL';
  extAsHuaweiIntentParam: Flag;
  extra: Record<string, unknown>;
  extraApns: Record<string, unknown>;
  extraAndroid: Record<string, unknown>;
}

/** Units the lifetime field offers, in seconds. */
export const lifeTimeUnits = { s: 1, min: 60, h: 3600, d: 86400 } as const;
export type LifeTimeUnit = keyof typeof lifeTimeUnits;

let nextId = 0;
/** A fresh element id (React keys and field names; never sent). */
export function newElementId(): string {
  nextId += 1;
  return `e${nextId}`;
}

/** A random unsigned 32-bit `MsgRandom`. */
export function randomMsgRandom(): number {
  const buf = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buf);
  return buf[0] ?? 0;
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

/** An offline-push section with nothing set. */
export function emptyOffline(): OfflineDraft {
  return {
    enabled: false,
    pushFlag: '',
    title: '',
    desc: '',
    ext: '',
    apnsSound: '',
    apnsBadgeMode: '',
    apnsTitle: '',
    apnsSubTitle: '',
    apnsImage: '',
    apnsMutableContent: '',
    androidSound: '',
    huaweiChannelId: '',
    xiaomiChannelId: '',
    oppoChannelId: '',
    googleChannelId: '',
    vivoClassification: '',
    huaweiImportance: '',
    extAsHuaweiIntentParam: '',
    extra: {},
    extraApns: {},
    extraAndroid: {},
  };
}

/** A new push: one empty text element, from the admin, stored offline for one day, to a tag segment. */
export function emptyForm(msgRandom = randomMsgRandom()): ComposerForm {
  return {
    elements: [emptyElement('text')],
    cloudCustomData: '',
    senderMode: 'admin',
    senderAccount: '',
    lifeTime: '1',
    lifeTimeUnit: 'd',
    // A segment by default: "everyone" must be a deliberate choice.
    audience: 'tags',
    tagsAnd: [],
    tagsOr: [],
    attrsAnd: [],
    attrsOr: [],
    offline: emptyOffline(),
    msgRandom,
  };
}

/** A number typed in a field, or NaN when it is not one (so the contract names the rule). */
export function parseNumber(text: string): number {
  const t = text.trim();
  if (t === '') return Number.NaN;
  return Number(t);
}

function setIf<T extends object>(target: T, key: string, value: string): void {
  if (value !== '') (target as Record<string, unknown>)[key] = value;
}

function flagValue(flag: Flag): 0 | 1 | undefined {
  return flag === '' ? undefined : flag === '1' ? 1 : 0;
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

/** The request's `MsgLifeTime` in seconds, undefined when left out, NaN when not a number. */
export function lifeTimeSeconds(form: Pick<ComposerForm, 'lifeTime' | 'lifeTimeUnit'>): number | undefined {
  if (form.lifeTime.trim() === '') return undefined;
  return parseNumber(form.lifeTime) * lifeTimeUnits[form.lifeTimeUnit];
}

function attrMap(pairs: readonly AttrPair[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of pairs) out[p.name] = p.value;
  return out;
}

/** The condition the form describes; undefined for "everyone". Empty lists are left out. */
export function toCondition(form: ComposerForm): PushCondition | undefined {
  if (form.audience === 'tags') {
    const c: PushCondition = {};
    if (form.tagsAnd.length) c.TagsAnd = [...form.tagsAnd];
    if (form.tagsOr.length) c.TagsOr = [...form.tagsOr];
    return c;
  }
  if (form.audience === 'attrs') {
    const c: PushCondition = {};
    if (form.attrsAnd.length) c.AttrsAnd = attrMap(form.attrsAnd);
    if (form.attrsOr.length) c.AttrsOr = attrMap(form.attrsOr);
    return c;
  }
  return undefined;
}

/** The `OfflinePushInfo` the form describes, undefined when the section is off. */
export function toOfflinePushInfo(o: OfflineDraft): OfflinePushInfo | undefined {
  if (!o.enabled) return undefined;
  const info: Record<string, unknown> = { ...o.extra };
  const pushFlag = flagValue(o.pushFlag);
  if (pushFlag !== undefined) info.PushFlag = pushFlag;
  setIf(info, 'Title', o.title);
  setIf(info, 'Desc', o.desc);
  setIf(info, 'Ext', o.ext);
  const android: Record<string, unknown> = { ...o.extraAndroid };
  setIf(android, 'Sound', o.androidSound);
  setIf(android, 'HuaWeiChannelID', o.huaweiChannelId);
  setIf(android, 'XiaoMiChannelID', o.xiaomiChannelId);
  setIf(android, 'OPPOChannelID', o.oppoChannelId);
  setIf(android, 'GoogleChannelID', o.googleChannelId);
  const vivo = flagValue(o.vivoClassification);
  if (vivo !== undefined) android.VIVOClassification = vivo;
  setIf(android, 'HuaWeiImportance', o.huaweiImportance);
  const intent = flagValue(o.extAsHuaweiIntentParam);
  if (intent !== undefined) android.ExtAsHuaweiIntentParam = intent;
  if (Object.keys(android).length) info.AndroidInfo = android;
  const apns: Record<string, unknown> = { ...o.extraApns };
  setIf(apns, 'Sound', o.apnsSound);
  const badge = flagValue(o.apnsBadgeMode);
  if (badge !== undefined) apns.BadgeMode = badge;
  setIf(apns, 'Title', o.apnsTitle);
  setIf(apns, 'SubTitle', o.apnsSubTitle);
  setIf(apns, 'Image', o.apnsImage);
  const mutable = flagValue(o.apnsMutableContent);
  if (mutable !== undefined) apns.MutableContent = mutable;
  if (Object.keys(apns).length) info.ApnsInfo = apns;
  return info as OfflinePushInfo;
}

/**
 * The `im_push` body the form describes, exactly as it will be sent. `CloudCustomData` is not in the
 * seed-era im_push table (06), but the proxy forwards the body as written, so it goes along when set.
 */
export function toPushRequest(form: ComposerForm): ImPushRequest & { CloudCustomData?: string } {
  const req: ImPushRequest & { CloudCustomData?: string } = {
    MsgRandom: form.msgRandom,
    MsgBody: form.elements.map(toElement),
  };
  if (form.senderMode === 'account') req.From_Account = form.senderAccount.trim();
  const life = lifeTimeSeconds(form);
  if (life !== undefined) req.MsgLifeTime = life;
  const condition = toCondition(form);
  if (condition) req.Condition = condition;
  const offline = toOfflinePushInfo(form.offline);
  if (offline) req.OfflinePushInfo = offline;
  if (form.cloudCustomData !== '') req.CloudCustomData = form.cloudCustomData;
  return req;
}

// ---- request → form -------------------------------------------------------------------------------

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function numText(v: unknown): string {
  return typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
}

function flagText(v: unknown): Flag {
  return v === 0 ? '0' : v === 1 ? '1' : '';
}

function rest(obj: Record<string, unknown>, known: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !known.includes(k)));
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

function pairs(v: unknown): AttrPair[] {
  return isRecord(v) ? Object.entries(v).map(([name, value]) => ({ name, value: str(value) })) : [];
}

function tags(v: unknown): string[] {
  return Array.isArray(v) ? v.map(str) : [];
}

function fromOffline(v: unknown): OfflineDraft {
  const o = emptyOffline();
  if (!isRecord(v)) return o;
  const android = isRecord(v.AndroidInfo) ? v.AndroidInfo : {};
  const apns = isRecord(v.ApnsInfo) ? v.ApnsInfo : {};
  const importance = android.HuaWeiImportance;
  return {
    enabled: true,
    pushFlag: flagText(v.PushFlag),
    title: str(v.Title),
    desc: str(v.Desc),
    ext: str(v.Ext),
    apnsSound: str(apns.Sound),
    apnsBadgeMode: flagText(apns.BadgeMode),
    apnsTitle: str(apns.Title),
    apnsSubTitle: str(apns.SubTitle),
    apnsImage: str(apns.Image),
    apnsMutableContent: flagText(apns.MutableContent),
    androidSound: str(android.Sound),
    huaweiChannelId: str(android.HuaWeiChannelID),
    xiaomiChannelId: str(android.XiaoMiChannelID),
    oppoChannelId: str(android.OPPOChannelID),
    googleChannelId: str(android.GoogleChannelID),
    vivoClassification: flagText(android.VIVOClassification),
    huaweiImportance: importance === 'LOW' || importance === 'NORMAL' ? importance : '',
    extAsHuaweiIntentParam: flagText(android.ExtAsHuaweiIntentParam),
    extra: rest(v, ['PushFlag', 'Title', 'Desc', 'Ext', 'AndroidInfo', 'ApnsInfo']),
    extraApns: rest(apns, ['Sound', 'BadgeMode', 'Title', 'SubTitle', 'Image', 'MutableContent']),
    extraAndroid: rest(android, [
      'Sound',
      'HuaWeiChannelID',
      'XiaoMiChannelID',
      'OPPOChannelID',
      'GoogleChannelID',
      'VIVOClassification',
      'HuaWeiImportance',
      'ExtAsHuaweiIntentParam',
    ]),
  };
}

function lifeTimeFields(v: unknown): Pick<ComposerForm, 'lifeTime' | 'lifeTimeUnit'> {
  if (typeof v !== 'number' || !Number.isFinite(v)) return { lifeTime: '', lifeTimeUnit: 's' };
  for (const unit of ['d', 'h', 'min'] as const) {
    const size = lifeTimeUnits[unit];
    if (v > 0 && v % size === 0) return { lifeTime: String(v / size), lifeTimeUnit: unit };
  }
  return { lifeTime: String(v), lifeTimeUnit: 's' };
}

/**
 * A stored `im_push` body (from the push log) as a form. `msgRandom` is a fresh value by default: a
 * duplicate with the original's `MsgRandom` would be deduplicated into the old task (06 §1.5).
 */
export function fromPushRequest(request: unknown, msgRandom = randomMsgRandom()): ComposerForm {
  const req = isRecord(request) ? request : {};
  const condition = isRecord(req.Condition) ? req.Condition : {};
  const hasAttrs = condition.AttrsAnd !== undefined || condition.AttrsOr !== undefined;
  const hasTags = condition.TagsAnd !== undefined || condition.TagsOr !== undefined;
  const from = typeof req.From_Account === 'string' ? req.From_Account : undefined;
  return {
    elements: Array.isArray(req.MsgBody) ? req.MsgBody.map((el) => fromElement(el)) : [],
    cloudCustomData: str(req.CloudCustomData),
    senderMode: from === undefined ? 'admin' : 'account',
    senderAccount: from ?? '',
    ...lifeTimeFields(req.MsgLifeTime),
    audience: hasAttrs ? 'attrs' : hasTags ? 'tags' : 'all',
    tagsAnd: tags(condition.TagsAnd),
    tagsOr: tags(condition.TagsOr),
    attrsAnd: pairs(condition.AttrsAnd),
    attrsOr: pairs(condition.AttrsOr),
    offline: fromOffline(req.OfflinePushInfo),
    msgRandom,
  };
}
