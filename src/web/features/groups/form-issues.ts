/** Contract (zod) issues as field errors of a form, in the operator's language. */
import type { z } from 'zod';
import type { Language } from '../../lib/i18n/i18n';
import { ruleText } from '../../lib/rule-text';

/**
 * Maps each issue to the form field it belongs to: the first path segment, or the first two when the
 * second is a list index of a field named in `indexed` (e.g. `AppDefinedData.0`). First issue wins.
 */
export function fieldErrors(
  error: z.ZodError | undefined,
  lang: Language,
  indexed: readonly string[] = [],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error?.issues ?? []) {
    const [head, second] = issue.path.map(String);
    const key =
      head === undefined
        ? '(form)'
        : indexed.includes(head) && second !== undefined
          ? `${head}.${second}`
          : head;
    if (!(key in out)) out[key] = ruleText(issue.message, lang);
  }
  return out;
}
