/** The User 360 header: avatar, nickname, UserID with copy, imported state and quick facts. */
import { ActionIcon, Avatar, Badge, CopyButton, Group, Text, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconVolumeOff } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { profileValueLabel } from '../../../../api/profile';
import { formatUnixSeconds, useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { muteStatus } from '../../../lib/mute-duration';
import { usersMessages } from '../messages';
import { PresenceBadge } from '../presence-badge';
import { userQueries } from '../queries';
import { detailMessages } from './messages';
import { detailQueries } from './queries';

/** Header of one imported user. */
export function UserHeader({
  userId,
  items,
}: {
  userId: string;
  items: readonly { Tag: string; Value: unknown }[];
}) {
  const m = useMessages(detailMessages);
  const um = useMessages(usersMessages);
  const { lang } = useLanguage();
  const state = useQuery(userQueries.state(userId));
  const mute = useQuery(detailQueries.globalMute(userId));
  const values = new Map(items.map((i) => [i.Tag, i.Value]));
  const text = (tag: string) => {
    const v = values.get(tag);
    return typeof v === 'string' && v ? v : undefined;
  };
  const nick = text('Tag_Profile_IM_Nick');
  const face = text('Tag_Profile_IM_Image');
  const gender = text('Tag_Profile_IM_Gender');
  const location = text('Tag_Profile_IM_Location');
  const allow = text('Tag_Profile_IM_AllowType');

  const muteBadges = mute.data
    ? (['c2c', 'group'] as const).flatMap((kind) => {
        const s = muteStatus(mute.data[kind], mute.data.readAt);
        if (s.kind === 'none') return [];
        const kindLabel = kind === 'c2c' ? m.mute.c2c : m.mute.group;
        const when =
          s.kind === 'forever'
            ? m.mute.forever
            : m.mute.mutedUntil(formatUnixSeconds(s.endsAtMs / 1000, lang));
        return [
          <Badge key={kind} color="red" variant="light" leftSection={<IconVolumeOff size={12} aria-hidden />}>
            {m.header.fact(kindLabel, when)}
          </Badge>,
        ];
      })
    : [];

  return (
    <Group gap="md" wrap="nowrap" align="flex-start">
      <Avatar src={face} size="xl" radius="xl" alt={um.results.avatarOf(userId)}>
        {userId.slice(0, 1).toUpperCase()}
      </Avatar>
      <div style={{ minWidth: 0 }}>
        <Title order={1} style={{ wordBreak: 'break-word' }}>
          {nick ?? userId}
        </Title>
        <Group gap="xs" mt={4}>
          <Text ff="monospace" size="sm">
            {userId}
          </Text>
          <CopyButton value={userId}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? m.header.copied : m.header.copyId} withArrow>
                <ActionIcon
                  variant="subtle"
                  color={copied ? 'teal' : 'gray'}
                  onClick={copy}
                  aria-label={m.header.copyId}
                  size="sm"
                >
                  {copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
          <Badge color="teal" variant="light">
            {um.results.imported}
          </Badge>
          {state.data && <PresenceBadge status={state.data.presence} />}
          {muteBadges}
        </Group>
        <Group gap="lg" mt={6} aria-label={m.header.facts} role="group">
          {gender && gender !== 'Gender_Type_Unknown' && (
            <Text size="sm" c="dimmed">
              {m.header.fact(m.header.gender, profileValueLabel('Tag_Profile_IM_Gender', gender, lang))}
            </Text>
          )}
          {location && (
            <Text size="sm" c="dimmed">
              {m.header.fact(m.header.location, location)}
            </Text>
          )}
          {allow && (
            <Text size="sm" c="dimmed">
              {m.header.fact(
                m.header.friendRequests,
                profileValueLabel('Tag_Profile_IM_AllowType', allow, lang),
              )}
            </Text>
          )}
        </Group>
      </div>
    </Group>
  );
}
