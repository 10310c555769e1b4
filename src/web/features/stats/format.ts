/** Number and change formatting of the dashboard in the operator's language. */
import type { Language } from '../../lib/i18n/i18n';
import type { Change } from './series';

const numberFormats = {
  en: new Intl.NumberFormat('en-US'),
  zh: new Intl.NumberFormat('zh-CN'),
};
const percentFormats = {
  en: new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }),
  zh: new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 }),
};

/** 12345 → "12,345". */
export function formatNumber(value: number, lang: Language): string {
  return numberFormats[lang].format(value);
}

/** The size of a change as words and numbers, never colour alone: "up 12 (+3.4%)". */
export function describeChange(
  c: Change,
  lang: Language,
  words: { up: (d: string, p: string) => string; down: (d: string, p: string) => string; same: string },
): { text: string; direction: 'up' | 'down' | 'same' } {
  if (c.delta === 0) return { text: words.same, direction: 'same' };
  const pct = c.ratio === null ? '' : ` (${c.ratio > 0 ? '+' : ''}${percentFormats[lang].format(c.ratio)})`;
  const delta = formatNumber(Math.abs(c.delta), lang);
  return c.delta > 0
    ? { text: words.up(delta, pct), direction: 'up' }
    : { text: words.down(delta, pct), direction: 'down' };
}
