/** How long a mute has left, in words. */
import type { Language } from '../../../../lib/i18n/i18n';

const units: [number, string, string][] = [
  [86_400, 'd', '天'],
  [3_600, 'h', '小时'],
  [60, 'min', '分钟'],
  [1, 's', '秒'],
];

/** "2 h 5 min", "3 d", "40 s" in the operator's language: the largest unit and the next one if not zero. */
export function timeLeft(seconds: number, lang: Language): string {
  const total = Math.max(0, Math.floor(seconds));
  const first = units.findIndex(([size]) => total >= size);
  if (first < 0) return lang === 'zh' ? '0 秒' : '0 s';
  const word = (n: number, [, en, zh]: [number, string, string]) =>
    lang === 'zh' ? `${n} ${zh}` : `${n} ${en}`;
  const [size] = units[first]!;
  const parts = [word(Math.floor(total / size), units[first]!)];
  const next = units[first + 1];
  if (next) {
    const n = Math.floor((total % size) / next[0]);
    if (n > 0) parts.push(word(n, next));
  }
  return parts.join(' ');
}
