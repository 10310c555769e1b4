/** Small cells of the member table and panel: times, mute ends and roles in the operator's language. */
import { Badge, Text } from '@mantine/core';
import { MUTE_FOREVER, isMuted, roleLabels, type RoleInGroup } from '../../../../../api/group';
import { useLanguage, useMessages, type Language } from '../../../../lib/i18n/i18n';
import { membersMessages } from './messages';

const formatters = new Map<Language, Intl.DateTimeFormat>();

/**
 * A Unix time as `formatUnixSeconds` writes it, with one cached formatter per language: `toLocaleString`
 * builds a new one per call, which is most of a member row's render time while scrolling.
 */
export function formatTime(seconds: number, lang: Language): string {
  let f = formatters.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    formatters.set(lang, f);
  }
  return f.format(new Date(seconds * 1000));
}

/** A Unix time, "Never" for 0 when `never`, or a dash when missing. */
export function TimeText({ seconds, never }: { seconds: number | undefined; never?: boolean }) {
  const m = useMessages(membersMessages);
  const { lang } = useLanguage();
  if (seconds === undefined)
    return (
      <Text span size="sm" c="dimmed">
        —
      </Text>
    );
  if (seconds === 0)
    return (
      <Text span size="sm" c="dimmed">
        {never ? m.never : '—'}
      </Text>
    );
  return (
    <Text span size="sm">
      {formatTime(seconds, lang)}
    </Text>
  );
}

/** When a mute ends: "Forever", a time while it lasts, or "Not muted". */
export function MuteUntilText({ until }: { until: number | undefined }) {
  const m = useMessages(membersMessages);
  const { lang } = useLanguage();
  if (until === undefined)
    return (
      <Text span size="sm" c="dimmed">
        —
      </Text>
    );
  if (!isMuted(until, Math.floor(Date.now() / 1000)))
    return (
      <Text span size="sm" c="dimmed">
        {m.notMuted}
      </Text>
    );
  return (
    <Badge color="orange" variant="light">
      {until === MUTE_FOREVER ? m.forever : formatTime(until, lang)}
    </Badge>
  );
}

const roleColor: Record<RoleInGroup, string> = {
  Owner: 'grape',
  Admin: 'blue',
  Member: 'gray',
  NotMember: 'red',
};

/** A role as a badge. */
export function RoleBadge({ role }: { role: RoleInGroup | undefined }) {
  const { lang } = useLanguage();
  if (!role)
    return (
      <Text span size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Badge color={roleColor[role]} variant={role === 'Member' ? 'outline' : 'light'}>
      {roleLabels[role][lang]}
    </Badge>
  );
}
