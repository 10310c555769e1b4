/**
 * The console's i18n layer: English and Simplified Chinese. Messages are plain typed objects, one pair per
 * feature (`defineMessages`), so a missing Chinese string is a type error, not a blank at run time.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** Languages the console speaks. */
export const languages = ['en', 'zh'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'im-console.language';

/** A message tree: strings, or functions for strings with values in them. */
export type MessageTree = { [key: string]: string | ((...args: never[]) => string) | MessageTree };

/** Widens literal string types so the Chinese tree only has to match the English tree's shape. */
export type Widen<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : Widen<T[K]>;
};

/** Declares a feature's messages; the Chinese tree must have every key of the English one. */
export function defineMessages<T extends MessageTree>(messages: {
  en: T;
  zh: Widen<T>;
}): {
  en: Widen<T>;
  zh: Widen<T>;
} {
  return messages as unknown as { en: Widen<T>; zh: Widen<T> };
}

interface I18nState {
  lang: Language;
  setLang: (lang: Language) => void;
}

const I18nContext = createContext<I18nState | null>(null);

function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'zh') return stored;
  } catch {
    // storage may be unavailable (private mode); fall back to the browser language
  }
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Holds the chosen language, remembers it, and keeps `<html lang>` in step for screen readers. */
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [lang, setLangState] = useState<Language>(() => initial ?? initialLanguage());
  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered, but still switched
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its setter. */
export function useLanguage(): I18nState {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useLanguage must be used inside <I18nProvider>');
  return ctx;
}

/** Picks a feature's messages in the current language. */
export function useMessages<T>(messages: { en: T; zh: T }): T {
  return messages[useLanguage().lang];
}

/** Formats a Unix time (seconds) in the operator's locale and time zone. */
export function formatUnixSeconds(seconds: number, lang: Language): string {
  return new Date(seconds * 1000).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}
