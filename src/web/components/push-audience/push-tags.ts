/**
 * Checks tags an operator types for one user against the documented caps (../shared/im-api/06-push.md
 * §1.3): each tag non-empty and at most 50 bytes, at most 10 per `im_add_tag`, at most 100 per user.
 */
import { TAGS_PER_ADD_MAX, TAGS_PER_USER_MAX, tagSchema } from '../../../api/push';

/** Splits typed text into tags: commas or new lines, trimmed, blanks and repeats dropped. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\n，]/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** One reason a set of new tags cannot be added. */
export type TagProblem =
  | { kind: 'rule'; tag: string; rule: string }
  | { kind: 'duplicate'; tag: string }
  | { kind: 'perAdd' }
  | { kind: 'total'; room: number };

/** Every problem of adding `fresh` to a user who has `existing`. */
export function newTagsProblems(fresh: readonly string[], existing: readonly string[]): TagProblem[] {
  const out: TagProblem[] = [];
  const have = new Set(existing);
  for (const tag of fresh) {
    const rule = tagSchema.safeParse(tag).error?.issues[0]?.message;
    if (rule) out.push({ kind: 'rule', tag, rule });
    else if (have.has(tag)) out.push({ kind: 'duplicate', tag });
  }
  if (fresh.length > TAGS_PER_ADD_MAX) out.push({ kind: 'perAdd' });
  const room = TAGS_PER_USER_MAX - existing.length;
  if (fresh.length > room) out.push({ kind: 'total', room: Math.max(0, room) });
  return out;
}
