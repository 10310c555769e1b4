/** Byte sizes in the operator's language. */
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { formatBytes } from './element-view';
import { elementMessages } from './messages';

/** A formatter of byte counts ("1.7 MB") for the current language. */
export function useBytes(): (bytes: number) => string {
  const m = useMessages(elementMessages);
  const { lang } = useLanguage();
  return (bytes) => formatBytes(bytes, m.size, lang === 'zh' ? 'zh-CN' : 'en');
}
