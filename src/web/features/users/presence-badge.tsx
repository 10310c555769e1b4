/** Online state as a badge: colour plus words and an icon, never colour alone. */
import { Badge, Group } from '@mantine/core';
import { IconCircleFilled, IconBellRinging, IconCircleDashed } from '@tabler/icons-react';
import { useMessages } from '../../lib/i18n/i18n';
import { usersMessages } from './messages';
import type { PlatformState, Presence } from './queries';

const style = {
  Online: { color: 'green', icon: IconCircleFilled },
  PushOnline: { color: 'yellow', icon: IconBellRinging },
  Offline: { color: 'gray', icon: IconCircleDashed },
} as const;

/** One presence value as a badge. */
export function PresenceBadge({ status, prefix }: { status: string | undefined; prefix?: string }) {
  const m = useMessages(usersMessages);
  const known =
    status === 'Online' || status === 'PushOnline' || status === 'Offline' ? (status as Presence) : undefined;
  const s = known ? style[known] : undefined;
  const text = known ? m.state[known] : (status ?? m.state.unknown);
  const Icon = s?.icon;
  return (
    <Badge
      color={s?.color ?? 'gray'}
      variant="light"
      leftSection={Icon ? <Icon size={10} aria-hidden /> : undefined}
    >
      {prefix ? m.state.onPlatform(prefix, text) : text}
    </Badge>
  );
}

/** Overall presence followed by each platform's state. */
export function PresenceSummary({
  presence,
  platforms,
}: {
  presence?: string;
  platforms: readonly PlatformState[];
}) {
  return (
    <Group gap={4} wrap="wrap">
      <PresenceBadge status={presence} />
      {platforms.map((p) => (
        <PresenceBadge key={p.platform} status={p.status} prefix={p.platform} />
      ))}
    </Group>
  );
}
