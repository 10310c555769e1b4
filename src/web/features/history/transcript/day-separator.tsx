/** The separator before each new local day of a transcript: weekday and date in the operator's language. */
import { Divider, Text } from '@mantine/core';
import { memo } from 'react';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per language (building an `Intl.DateTimeFormat` costs more than drawing the row). */
function dayFormat(lang: 'en' | 'zh'): Intl.DateTimeFormat {
  let f = dayFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
      weekday: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    });
    dayFormats.set(lang, f);
  }
  return f;
}

/** A day separator's text (`seconds`: any Unix time of that day). */
export function formatDay(seconds: number, lang: 'en' | 'zh'): string {
  return dayFormat(lang).format(new Date(seconds * 1000));
}

/** The separator row; memoized, so it does not re-render as the list scrolls. */
export const DaySeparator = memo(function DaySeparator({ time, lang }: { time: number; lang: 'en' | 'zh' }) {
  return (
    <Divider
      my={6}
      mx="sm"
      role="separator"
      labelPosition="center"
      label={
        <Text size="xs" c="dimmed" fw={600}>
          {formatDay(time, lang)}
        </Text>
      }
    />
  );
});
