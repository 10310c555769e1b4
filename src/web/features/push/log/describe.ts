/**
 * Reading a logged `im_push` request for people: the content as one line (first text, else the
 * element kinds), and the audience as its condition parts. Bodies come from the proxy's log, so every
 * field is read defensively.
 */

/** The element kinds the log names; anything else is shown as a generic message. */
export const knownElements = [
  'TIMTextElem',
  'TIMCustomElem',
  'TIMFaceElem',
  'TIMLocationElem',
  'TIMImageElem',
  'TIMSoundElem',
  'TIMVideoFileElem',
  'TIMFileElem',
] as const;
export type KnownElement = (typeof knownElements)[number];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The message's elements in order: their kind and, for text, the text; for custom, its `Desc` or `Data`. */
export function contentOf(
  request: Record<string, unknown>,
): { kind: KnownElement | 'other'; text?: string }[] {
  const body = Array.isArray(request.MsgBody) ? request.MsgBody : [];
  return body.filter(isRecord).map((el) => {
    const type = typeof el.MsgType === 'string' ? el.MsgType : '';
    const kind = (knownElements as readonly string[]).includes(type) ? (type as KnownElement) : 'other';
    const c = isRecord(el.MsgContent) ? el.MsgContent : {};
    const text =
      kind === 'TIMTextElem' && typeof c.Text === 'string'
        ? c.Text
        : kind === 'TIMCustomElem'
          ? typeof c.Desc === 'string' && c.Desc
            ? c.Desc
            : typeof c.Data === 'string'
              ? c.Data
              : undefined
          : kind === 'TIMLocationElem' && typeof c.Desc === 'string'
            ? c.Desc
            : undefined;
    return text === undefined ? { kind } : { kind, text };
  });
}

/** The offline push title/description, when the request has them. */
export function offlineTextOf(request: Record<string, unknown>): { title?: string; desc?: string } {
  const info = isRecord(request.OfflinePushInfo) ? request.OfflinePushInfo : {};
  const out: { title?: string; desc?: string } = {};
  if (typeof info.Title === 'string' && info.Title) out.title = info.Title;
  if (typeof info.Desc === 'string' && info.Desc) out.desc = info.Desc;
  return out;
}

export type ConditionKey = 'TagsAnd' | 'TagsOr' | 'AttrsAnd' | 'AttrsOr';
const conditionKeys: readonly ConditionKey[] = ['TagsAnd', 'TagsOr', 'AttrsAnd', 'AttrsOr'];

/** The condition's parts in a fixed order: tags as listed, attributes as `name=value`. Empty = everyone. */
export function conditionParts(request: Record<string, unknown>): { key: ConditionKey; values: string[] }[] {
  const c = request.Condition;
  if (!isRecord(c)) return [];
  const parts: { key: ConditionKey; values: string[] }[] = [];
  for (const key of conditionKeys) {
    const v = c[key];
    if (Array.isArray(v)) parts.push({ key, values: v.map(String) });
    else if (isRecord(v)) parts.push({ key, values: Object.entries(v).map(([n, x]) => `${n}=${String(x)}`) });
  }
  return parts;
}
