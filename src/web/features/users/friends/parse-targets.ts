/** Reads a pasted list of target UserIDs for the relationship forms, or a sentence naming what is wrong. */
import type { Language } from '../../../lib/i18n/i18n';
import { ruleText } from '../../../lib/rule-text';
import { parseUserIds } from '../../../lib/parse-user-ids';
import { friendsMessages } from './messages';

/** The valid UserIDs, or the first problem in the operator's language. */
export function parseTargets(text: string, lang: Language): { ids: string[] } | { error: string } {
  const m = friendsMessages[lang].common;
  const parsed = parseUserIds(text);
  const bad = parsed.rejected[0];
  if (bad) return { error: m.rejected(bad.position, bad.value, ruleText(bad.rule, lang)) };
  if (parsed.ids.length === 0) return { error: m.nothing };
  return { ids: parsed.ids };
}
