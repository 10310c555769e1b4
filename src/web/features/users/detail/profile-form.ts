/**
 * The profile edit form's logic, apart from React: profile items to form text, form text back to typed
 * values checked with the contract's own rules (`profileItemProblem` in src/api/profile.ts: types, enums,
 * byte limits), and the changed fields only, ready for `portrait_set` (../shared/im-api/05-profile.md).
 */
import { findProfileTag, profileItemProblem, type ProfileItem } from '../../../../api/profile';

/** Form text per tag. */
export type ProfileFormValues = Record<string, string>;

/** Why a field cannot be sent: a contract rule (English, as the contract words it) or a local rule key. */
export type FieldProblem = { rule: string } | { local: 'birthday' | 'wholeNumber' };

const BIRTHDAY = 'Tag_Profile_IM_BirthDay';

/** True for a real calendar date written as YYYYMMDD. */
export function isBirthday(value: number): boolean {
  const text = String(value);
  if (!/^\d{8}$/.test(text)) return false;
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(4, 6));
  const d = Number(text.slice(6));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The form text of each tag: numbers as digits (0 as empty), never-set enums as their default. */
export function toFormValues(
  items: readonly { Tag: string; Value: unknown }[],
  tags: readonly string[],
): ProfileFormValues {
  const byTag = new Map(items.map((i) => [i.Tag, i.Value]));
  const out: ProfileFormValues = {};
  for (const tag of tags) {
    const def = findProfileTag(tag);
    const value = byTag.get(tag);
    if (def?.type === 'uint32') out[tag] = typeof value === 'number' && value !== 0 ? String(value) : '';
    else if (def?.type === 'enum')
      out[tag] = typeof value === 'string' && value ? value : String(def.defaultValue);
    else
      out[tag] =
        typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  }
  return out;
}

/** Parses one field's text into the value to send, or the rule it breaks. */
export function parseField(
  tag: string,
  text: string,
  originalValue?: unknown,
): { value: string | number } | { problem: FieldProblem } {
  const def = findProfileTag(tag);
  let value: string | number = text;
  const numeric = def?.type === 'uint32' || (!def && typeof originalValue === 'number');
  if (numeric) {
    const trimmed = text.trim();
    if (trimmed === '') value = 0;
    else if (/^\d+$/.test(trimmed)) value = Number(trimmed);
    else return { problem: { local: 'wholeNumber' } };
    if (tag === BIRTHDAY && value !== 0 && !isBirthday(value)) return { problem: { local: 'birthday' } };
  }
  const problem = profileItemProblem(tag, value);
  if (problem) return { problem: { rule: problem.message } };
  return { value };
}

/** The fields whose text changed, as `portrait_set` items, and the problems of every changed field. */
export function changedItems(
  initial: ProfileFormValues,
  current: ProfileFormValues,
  originals: ReadonlyMap<string, unknown> = new Map(),
): { items: ProfileItem[]; problems: Record<string, FieldProblem> } {
  const items: ProfileItem[] = [];
  const problems: Record<string, FieldProblem> = {};
  for (const [tag, text] of Object.entries(current)) {
    if (text === initial[tag]) continue;
    const parsed = parseField(tag, text, originals.get(tag));
    if ('problem' in parsed) problems[tag] = parsed.problem;
    else items.push({ Tag: tag, Value: parsed.value });
  }
  return { items, problems };
}
