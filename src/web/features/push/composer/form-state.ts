/**
 * The push composer's whole form and its two conversions, apart from React: form → the `im_push` body
 * that will be sent (`toPushRequest`), and a stored `im_push` body → form (`fromPushRequest`, for
 * "duplicate" from the push log). Sender, lifetime and audience are read and written here; each element
 * in `element-draft.ts` and the offline-push section in `offline-draft.ts`, which keep what the form does
 * not edit verbatim, so a duplicate sends what the original sent.
 * Source: ../shared/im-api/06-push.md (im_push).
 */
import type { ImPushRequest } from '../../../../api/endpoints/all_member_push/im_push';
import type { PushCondition } from '../../../../api/push';
import { isRecord, parseNumber, str } from './draft-values';
import { emptyElement, fromElement, toElement, type ElementDraft } from './element-draft';
import { emptyOffline, fromOffline, toOfflinePushInfo, type OfflineDraft } from './offline-draft';

/** An attribute condition row: name (from `im_get_attr_name`) and the value to match. */
export interface AttrPair {
  name: string;
  value: string;
}

/** Who receives the push. `tags`/`attrs` use only their own lists; the others are kept for switching back. */
export type AudienceKind = 'all' | 'tags' | 'attrs';

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

/** Units the lifetime field offers, in seconds. */
export const lifeTimeUnits = { s: 1, min: 60, h: 3600, d: 86400 } as const;
export type LifeTimeUnit = keyof typeof lifeTimeUnits;

/** A random unsigned 32-bit `MsgRandom`. */
export function randomMsgRandom(): number {
  const buf = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buf);
  return buf[0] ?? 0;
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

function pairs(v: unknown): AttrPair[] {
  return isRecord(v) ? Object.entries(v).map(([name, value]) => ({ name, value: str(value) })) : [];
}

function tags(v: unknown): string[] {
  return Array.isArray(v) ? v.map(str) : [];
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
