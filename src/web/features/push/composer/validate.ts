/**
 * Every reason the composer's push cannot be sent, keyed by the form field it belongs to: the contract's
 * own rules (`imPushRequestSchema`: caps on tags, byte lengths, lifetime, body size, combinations) and
 * the console's rules the contract cannot see (a segment with no condition would silently become a push
 * to everyone; attribute names must be configured, 90033; custom data marked JSON must parse).
 */
import { imPushRequestSchema } from '../../../../api/endpoints/all_member_push/im_push';
import { userIdSchema } from '../../../../api/rules';
import { parseRawElement, type ElementDraft } from './element-draft';
import { toPushRequest, type ComposerForm } from './form-state';

/** Rules the console checks itself (the UI words them in both languages). */
export type LocalRule =
  | 'number'
  | 'json'
  | 'rawElement'
  | 'noElements'
  | 'noCondition'
  | 'unknownAttr'
  | 'repeatedAttr'
  | 'attrNameMissing'
  | 'required';

/** One problem: a contract rule as the contract words it, or a local rule. */
export type Problem = { rule: string } | { local: LocalRule; detail?: string };

/** Field key → its first problem. Keys: `el:<id>:<field>`, `sender`, `lifeTime`, `tagsAnd:<i>`, … */
export type Problems = Map<string, Problem>;

const contentFields: Record<string, string> = {
  Text: 'text',
  Data: 'data',
  Desc: 'desc',
  Ext: 'ext',
  Sound: 'sound',
  Index: 'index',
  Latitude: 'latitude',
  Longitude: 'longitude',
  UUID: 'uuid',
  ImageFormat: 'format',
};

const imageInfoFields: Record<string, string> = {
  URL: 'url',
  Width: 'width',
  Height: 'height',
  Size: 'size',
};

function elementKey(el: ElementDraft, rest: PropertyKey[]): string {
  if (el.kind === 'raw') return `el:${el.id}:json`;
  const [content, field, index, sub] = rest;
  if (content !== 'MsgContent' || typeof field !== 'string') return `el:${el.id}`;
  if (field === 'ImageInfoArray') {
    if (typeof index === 'number' && typeof sub === 'string' && imageInfoFields[sub])
      return `el:${el.id}:r${index}.${imageInfoFields[sub]}`;
    return `el:${el.id}:renditions`;
  }
  return `el:${el.id}:${contentFields[field] ?? field}`;
}

/** The form field a contract issue path points at. */
export function fieldKeyOf(form: ComposerForm, path: readonly PropertyKey[]): string {
  const [top, a, b, ...more] = path;
  switch (top) {
    case 'MsgBody': {
      const el = typeof a === 'number' ? form.elements[a] : undefined;
      return el
        ? elementKey(
            el,
            [b, ...more].filter((x) => x !== undefined),
          )
        : 'body';
    }
    case 'Condition': {
      if (a === 'TagsAnd' || a === 'TagsOr') {
        const list = a === 'TagsAnd' ? 'tagsAnd' : 'tagsOr';
        return typeof b === 'number' ? `${list}:${b}` : list;
      }
      if (a === 'AttrsAnd' || a === 'AttrsOr') {
        const list = a === 'AttrsAnd' ? 'attrsAnd' : 'attrsOr';
        const idx = typeof b === 'string' ? form[list].findIndex((p) => p.name === b) : -1;
        return idx >= 0 ? `${list}:${idx}:value` : list;
      }
      return 'audience';
    }
    case 'From_Account':
      return 'sender';
    case 'MsgLifeTime':
      return 'lifeTime';
    case 'OfflinePushInfo':
      return ['offline', a, b].filter((x) => typeof x === 'string').join('.');
    default:
      return String(top ?? 'body');
  }
}

function isNumberText(text: string): boolean {
  return text.trim() !== '' && Number.isFinite(Number(text.trim()));
}

/** Every problem of the form. `attrNames` (configured names) enables the 90033 check when known. */
export function formProblems(form: ComposerForm, attrNames?: readonly string[]): Problems {
  const problems: Problems = new Map();
  const add = (key: string, p: Problem) => {
    if (!problems.has(key)) problems.set(key, p);
  };

  if (form.elements.length === 0) add('body', { local: 'noElements' });
  for (const el of form.elements) {
    const numbers: [string, string][] = [];
    if (el.kind === 'face') numbers.push(['index', el.index]);
    if (el.kind === 'location') numbers.push(['latitude', el.latitude], ['longitude', el.longitude]);
    if (el.kind === 'image')
      el.renditions.forEach((r, i) =>
        numbers.push([`r${i}.width`, r.width], [`r${i}.height`, r.height], [`r${i}.size`, r.size]),
      );
    for (const [field, text] of numbers)
      if (!isNumberText(text)) add(`el:${el.id}:${field}`, { local: 'number' });
    if (el.kind === 'custom' && el.dataFormat === 'json') {
      try {
        JSON.parse(el.data);
      } catch (err) {
        add(`el:${el.id}:data`, { local: 'json', detail: err instanceof Error ? err.message : undefined });
      }
    }
    if (el.kind === 'text' && el.text.trim() === '') add(`el:${el.id}:text`, { local: 'required' });
    if (el.kind === 'raw' && !parseRawElement(el.json)) add(`el:${el.id}:json`, { local: 'rawElement' });
  }

  if (form.lifeTime.trim() !== '' && !isNumberText(form.lifeTime)) add('lifeTime', { local: 'number' });
  if (form.senderMode === 'account') {
    const issue = userIdSchema.safeParse(form.senderAccount.trim()).error?.issues[0];
    if (issue) add('sender', { rule: issue.message });
  }

  if (form.audience === 'tags' && form.tagsAnd.length + form.tagsOr.length === 0)
    add('tagsAnd', { local: 'noCondition' });
  if (form.audience === 'attrs') {
    if (form.attrsAnd.length + form.attrsOr.length === 0) add('attrsAnd', { local: 'noCondition' });
    const known = attrNames ? new Set(attrNames) : undefined;
    for (const list of ['attrsAnd', 'attrsOr'] as const) {
      const seen = new Set<string>();
      form[list].forEach((pair, i) => {
        if (pair.name === '') add(`${list}:${i}:name`, { local: 'attrNameMissing' });
        else if (seen.has(pair.name)) add(`${list}:${i}:name`, { local: 'repeatedAttr', detail: pair.name });
        else if (known && !known.has(pair.name))
          add(`${list}:${i}:name`, { local: 'unknownAttr', detail: pair.name });
        seen.add(pair.name);
      });
    }
  }

  const parsed = imPushRequestSchema.safeParse(toPushRequest(form));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(fieldKeyOf(form, issue.path), { rule: issue.message });
  }
  return problems;
}

/** The problems of one field and of fields under it (`el:e1` matches `el:e1:text`). */
export function problemsUnder(problems: Problems, prefix: string): Problem[] {
  return [...problems].filter(([k]) => k === prefix || k.startsWith(`${prefix}:`)).map(([, p]) => p);
}
