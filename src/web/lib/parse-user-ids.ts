/**
 * Turns what an operator pasted (comma, space, semicolon or newline separated) into UserIDs, keeping
 * every bad entry with its position and the rule it breaks, so nothing typed is silently dropped.
 */
import { userIdSchema } from '../../api/rules';

/** Most UserIDs one lookup takes; more are reported, not dropped. */
export const MAX_LOOKUP_IDS = 1000;

/** An entry that is not a valid UserID: where it was (1-based position in the list) and why. */
export interface RejectedId {
  position: number;
  value: string;
  rule: string;
}

/** The parse result: valid unique ids in order, rejected entries, duplicates removed, and overflow. */
export interface ParsedIds {
  ids: string[];
  rejected: RejectedId[];
  duplicates: number;
  overflow: number;
}

/** Most UserIDs one bulk job (check, kick, delete) takes from a pasted list. */
export const MAX_BULK_IDS = 100_000;

/** Parses a pasted list of UserIDs; at most `max` are kept, the rest counted as overflow. */
export function parseUserIds(text: string, max = MAX_LOOKUP_IDS): ParsedIds {
  const entries = text.split(/[\s,;，；]+/).filter((s) => s.length > 0);
  const seen = new Set<string>();
  const ids: string[] = [];
  const rejected: RejectedId[] = [];
  let duplicates = 0;
  let overflow = 0;
  entries.forEach((value, index) => {
    const result = userIdSchema.safeParse(value);
    if (!result.success) {
      rejected.push({
        position: index + 1,
        value,
        rule: result.error.issues[0]?.message ?? 'is not a valid UserID',
      });
      return;
    }
    if (seen.has(value)) {
      duplicates += 1;
      return;
    }
    seen.add(value);
    if (ids.length >= max) {
      overflow += 1;
      return;
    }
    ids.push(value);
  });
  return { ids, rejected, duplicates, overflow };
}
