/** An ISO instant in local time (with seconds, in the console's language), the UTC instant on hover. */
import { Text, Tooltip } from '@mantine/core';
import { shellMessages } from '../app/messages';
import { useLanguage, useMessages, type Language } from '../lib/i18n/i18n';

/**
 * Local date and time of an ISO instant, in the console's language, with seconds unless `seconds` is
 * false; an unparsable value is returned as is.
 */
export function localTime(
  iso: string,
  lang: Language,
  { seconds = true }: { seconds?: boolean } = {},
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
  });
}

/** A `<time>` showing `iso` in local time, with the UTC instant in a tooltip. */
export function TimeText({ iso }: { iso: string }) {
  const { lang } = useLanguage();
  const m = useMessages(shellMessages);
  return (
    <Tooltip label={m.utcHint(iso)} withArrow>
      <Text size="sm" component="time" dateTime={iso} style={{ whiteSpace: 'nowrap' }}>
        {localTime(iso, lang)}
      </Text>
    </Tooltip>
  );
}
