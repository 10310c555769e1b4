/** Reads the contract's error table (`api/errors.ts`) in the operator's language. */
import { explainImError } from '../../api/errors';
import type { Language } from './i18n/i18n';

/** The meaning of an IM error code and what to do about it, in one language. */
export function describeImError(
  code: number,
  lang: Language,
): { meaning: string; hint: string; transient: boolean } {
  const info = explainImError(code);
  return { meaning: info.meaning[lang], hint: info.hint[lang], transient: info.transient };
}
