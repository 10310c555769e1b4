/**
 * Checking an edit of the 10 attribute slot names against the documented rules (06-push.md §1.2,
 * im_set_attr_name): each name non-empty and at most 50 bytes, no two slots with one name, and a named
 * slot cannot be cleared (the API has no way to). Returns per-slot problems and the changes to send.
 */
import { attrNameSchema } from '../../../../api/push';

/** One slot's problem: a contract rule text, a clash with another slot, or an attempt to clear it. */
export type NameProblem =
  { kind: 'rule'; rule: string } | { kind: 'duplicate'; other: string } | { kind: 'clear' };

/** One change to send: `from` is '' for a slot named for the first time. */
export interface NameChange {
  slot: string;
  from: string;
  to: string;
}

/** The problems (by slot) and the changes of `draft` over `current`. */
export function checkNames(
  current: readonly { slot: string; name: string }[],
  draft: Readonly<Record<string, string>>,
): { problems: Record<string, NameProblem>; changes: NameChange[] } {
  const problems: Record<string, NameProblem> = {};
  const changes: NameChange[] = [];
  const finalNames: { slot: string; name: string }[] = [];
  for (const { slot, name } of current) {
    const next = (draft[slot] ?? name).trim();
    if (next === name) {
      if (name) finalNames.push({ slot, name });
      continue;
    }
    if (next === '') {
      // Clearing is refused, so the slot keeps its name (and still counts for clashes).
      if (name) {
        problems[slot] = { kind: 'clear' };
        finalNames.push({ slot, name });
      }
      continue;
    }
    const rule = attrNameSchema.safeParse(next).error?.issues[0]?.message;
    if (rule) problems[slot] = { kind: 'rule', rule };
    changes.push({ slot, from: name, to: next });
    finalNames.push({ slot, name: next });
  }
  const seen = new Map<string, string>();
  for (const { slot, name } of finalNames) {
    const other = seen.get(name);
    if (other !== undefined && !problems[slot]) problems[slot] = { kind: 'duplicate', other };
    else seen.set(name, slot);
  }
  return { problems, changes };
}
