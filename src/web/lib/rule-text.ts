/**
 * The contract states its rules in English ("must be at most 32 bytes (UTF-8)"). This shows the common
 * ones in the operator's language; anything not recognised is shown as written, never hidden.
 */
import type { Language } from './i18n/i18n';

const zhRules: [RegExp, (...groups: string[]) => string][] = [
  [/^must be at most (\d+) bytes \(UTF-8\)$/, (n) => `最多 ${n} 字节（UTF-8）`],
  [/^must not be empty$/, () => '不能为空'],
  [/^must be printable ASCII.*$/, () => '只能使用可打印的 ASCII 字符（字母、数字、_ 和 - 最安全）'],
  [/^must list at most (\d+) items per call$/, (n) => `每次最多 ${n} 项`],
  [/^must list at least one item$/, () => '至少需要一项'],
  [/^must be a whole number$/, () => '必须是整数'],
  [/^must be 0 or 1$/, () => '必须是 0 或 1'],
  [/^must be one of (.+)$/, (list) => `必须是以下之一：${list}`],
  [/^is required$/, () => '为必填项'],
  [/^(\w+) is required$/, (field) => `${field} 为必填项`],
];

/** A contract rule message in the given language. */
export function ruleText(message: string, lang: Language): string {
  if (lang === 'en') return message;
  for (const [pattern, render] of zhRules) {
    const match = pattern.exec(message);
    if (match) return render(...match.slice(1));
  }
  return message;
}
