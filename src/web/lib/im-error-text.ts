/** Reads the contract's error table (`api/errors.ts`) in the operator's language. */
import { explainImError } from '../../api/errors';
import type { Language } from './i18n/i18n';

/** The meaning of an IM error code and what to do about it, in one language. */
export function describeImError(code: number, lang: Language): { meaning: string; hint: string } {
  const info = explainImError(code);
  return lang === 'zh' ? { meaning: info.zh, hint: info.hintZh } : { meaning: info.en, hint: info.hintEn };
}
