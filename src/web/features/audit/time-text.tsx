/** An ISO instant in local time, the UTC instant on hover. */
import { Text, Tooltip } from '@mantine/core';
import type { Language } from '../../lib/i18n/i18n';
import { useLanguage, useMessages } from '../../lib/i18n/i18n';
import { auditMessages } from './messages';

/** Local date and time with seconds, in the console's language. */
export function localTime(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

export function TimeText({ iso }: { iso: string }) {
  const { lang } = useLanguage();
  const m = useMessages(auditMessages);
  return (
    <Tooltip label={m.utc(iso)} withArrow>
      <Text size="sm" component="time" dateTime={iso} style={{ whiteSpace: 'nowrap' }}>
        {localTime(iso, lang)}
      </Text>
    </Tooltip>
  );
}
