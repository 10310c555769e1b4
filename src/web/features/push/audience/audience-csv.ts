/**
 * The dry run of an audience CSV: rows `user,tag` (add a tag) or `user,attribute,value` (set an
 * attribute), mixed freely, with an optional header row. Every row is checked before anything is sent
 * against the documented rules (../shared/im-api/06-push.md §1.2–1.3): UserID, tag ≤ 50 bytes, the
 * attribute name must be one of the app's named slots (90033 otherwise), value ≤ 50 bytes, at most 100
 * tags per user. Repeated rows are sent once; a second, different value for the same user's attribute
 * is an error (the file would contradict itself).
 */
import { parseCsv } from '../../../../api/csv';
import { TAGS_PER_USER_MAX, attrValueSchema, tagSchema } from '../../../../api/push';
import { userIdSchema } from '../../../../api/rules';

/** One row to send. */
export type AudienceRow =
  | { kind: 'tag'; line: number; userId: string; tag: string }
  | { kind: 'attr'; line: number; userId: string; name: string; value: string };

/** Which cell broke a rule. */
export type AudienceField = 'row' | 'user' | 'tag' | 'attribute' | 'value';

/** A broken rule: the line, the cell, its value and the rule (English contract text, for `ruleText`) or a known problem. */
export interface AudienceProblem {
  line: number;
  field: AudienceField;
  value: string;
  /** A contract rule text, or one of the planner's own reasons. */
  rule: string;
}

/** The planner's own reasons (translated by the page). */
export const problemRules = {
  columns: 'must have 2 columns (user,tag) or 3 (user,attribute,value)',
  unknownAttr: "must be one of the app's attribute names",
  conflict: "sets this user's attribute again with another value",
  tooManyTags: `would give this user more than ${TAGS_PER_USER_MAX} tags`,
  syntax: 'has a quote that is never closed',
} as const;

/** The result of the dry run. */
export interface AudiencePlan {
  /** Rows to send, tag rows first then attribute rows, each in file order. */
  rows: AudienceRow[];
  problems: AudienceProblem[];
  /** Lines repeating an earlier row exactly (sent once). */
  repeats: number;
  /** Data rows read (header excluded, blank lines skipped). */
  records: number;
  header: boolean;
  /** Distinct users among the rows to send. */
  users: number;
}

const HEADER_FIRST = new Set(['user', 'userid', 'account', 'to_account', '用户', '用户id', '账号']);

function firstRule(result: {
  success: boolean;
  error?: { issues: { message: string }[] };
}): string | undefined {
  return result.success ? undefined : (result.error?.issues[0]?.message ?? 'is not valid');
}

/** Checks a whole file against the app's attribute names. */
export function planAudience(text: string, attrNames: readonly string[]): AudiencePlan {
  const { records, errors } = parseCsv(text);
  const problems: AudienceProblem[] = errors.map((e) => ({
    line: e.line,
    field: 'row',
    value: '',
    rule: problemRules.syntax,
  }));
  let header = false;
  let data = records;
  const first = records[0];
  if (first && HEADER_FIRST.has(first.cells[0]!.trim().toLowerCase())) {
    header = true;
    data = records.slice(1);
  }
  const names = new Set(attrNames);
  const tagRows: AudienceRow[] = [];
  const attrRows: AudienceRow[] = [];
  const seenTags = new Set<string>();
  const attrValues = new Map<string, { value: string; line: number }>();
  const tagsPerUser = new Map<string, number>();
  let repeats = 0;

  for (const { line, cells } of data) {
    const c = cells.map((s) => s.trim());
    if (c.length !== 2 && c.length !== 3) {
      problems.push({ line, field: 'row', value: cells.join(','), rule: problemRules.columns });
      continue;
    }
    const userId = c[0]!;
    const before = problems.length;
    const userRule = firstRule(userIdSchema.safeParse(userId));
    if (userRule) problems.push({ line, field: 'user', value: userId, rule: userRule });
    if (c.length === 2) {
      const tag = c[1]!;
      const tagRule = firstRule(tagSchema.safeParse(tag));
      if (tagRule) problems.push({ line, field: 'tag', value: tag, rule: tagRule });
      if (problems.length > before) continue;
      const key = JSON.stringify([userId, tag]);
      if (seenTags.has(key)) {
        repeats++;
        continue;
      }
      const count = (tagsPerUser.get(userId) ?? 0) + 1;
      if (count > TAGS_PER_USER_MAX) {
        problems.push({ line, field: 'tag', value: tag, rule: problemRules.tooManyTags });
        continue;
      }
      seenTags.add(key);
      tagsPerUser.set(userId, count);
      tagRows.push({ kind: 'tag', line, userId, tag });
    } else {
      const [, name, value] = c as [string, string, string];
      if (!names.has(name))
        problems.push({ line, field: 'attribute', value: name, rule: problemRules.unknownAttr });
      const valueRule = firstRule(attrValueSchema.safeParse(value));
      if (valueRule) problems.push({ line, field: 'value', value, rule: valueRule });
      if (problems.length > before) continue;
      const key = JSON.stringify([userId, name]);
      const prior = attrValues.get(key);
      if (prior) {
        if (prior.value === value) repeats++;
        else problems.push({ line, field: 'value', value, rule: problemRules.conflict });
        continue;
      }
      attrValues.set(key, { value, line });
      attrRows.push({ kind: 'attr', line, userId, name, value });
    }
  }
  const rows = [...tagRows, ...attrRows];
  problems.sort((a, b) => a.line - b.line);
  return {
    rows,
    problems,
    repeats,
    records: data.length,
    header,
    users: new Set(rows.map((r) => r.userId)).size,
  };
}
