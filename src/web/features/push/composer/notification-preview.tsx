/** A phone-style preview of the notification, computed from the exact request (`preview.ts`). */
import {
  Alert,
  Box,
  Card,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconBellOff, IconMessageCircle, IconPhoto } from '@tabler/icons-react';
import { useState } from 'react';
import { useMessages } from '../../../lib/i18n/i18n';
import { composerMessages } from './messages';
import { notificationPreview, type Platform } from './preview';

/** The preview card with an iPhone/Android switch. */
export function NotificationPreviewCard({ request }: { request: unknown }) {
  const m = useMessages(composerMessages).preview;
  const [platform, setPlatform] = useState<Platform>('ios');
  const p = notificationPreview(request, platform);
  const placeholders = m.placeholders as Record<string, string>;
  const body = p.body
    ? 'text' in p.body
      ? p.body.text
      : (placeholders[p.body.placeholder] ?? m.placeholders.other)
    : '';
  const ios = platform === 'ios';
  return (
    <Card withBorder component="section" aria-labelledby="push-preview-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="push-preview-title">
            {m.title}
          </Title>
          <SegmentedControl
            size="xs"
            aria-label={m.platform}
            value={platform}
            onChange={(v) => setPlatform(v === 'android' ? 'android' : 'ios')}
            data={[
              { value: 'ios', label: m.ios },
              { value: 'android', label: m.android },
            ]}
          />
        </Group>
        <Box
          p="md"
          style={{
            borderRadius: ios ? 28 : 16,
            background:
              'linear-gradient(160deg, var(--mantine-color-indigo-7), var(--mantine-color-grape-8))',
          }}
        >
          {p.suppressed ? (
            <Alert
              color="gray"
              variant="white"
              icon={<IconBellOff />}
              role="status"
              aria-label={m.notification}
            >
              {m.suppressed[p.suppressed]}
            </Alert>
          ) : (
            <Paper
              role="figure"
              aria-label={m.notification}
              radius={ios ? 'lg' : 'md'}
              p="sm"
              shadow="sm"
              bg="var(--mantine-color-body)"
              style={{ opacity: 0.97 }}
            >
              <Group gap={6} mb={4}>
                <ThemeIcon size="sm" radius={ios ? 'sm' : 'xl'} aria-hidden>
                  <IconMessageCircle size={12} />
                </ThemeIcon>
                <Text size="xs" c="dimmed" tt={ios ? 'uppercase' : undefined} style={{ flex: 1 }}>
                  {m.appName}
                </Text>
                <Text size="xs" c="dimmed">
                  {m.now}
                </Text>
              </Group>
              <Group align="start" wrap="nowrap" gap="sm">
                <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                  <Text size="sm" fw={700} lineClamp={1}>
                    {p.title ?? m.appName}
                  </Text>
                  {p.subtitle && (
                    <Text size="sm" fw={600} lineClamp={1}>
                      {p.subtitle}
                    </Text>
                  )}
                  <Text size="sm" lineClamp={4} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                    {body}
                  </Text>
                </Stack>
                {p.image && (
                  <ThemeIcon
                    size={44}
                    variant="light"
                    radius="md"
                    title={m.image(p.image)}
                    aria-label={m.image(p.image)}
                  >
                    <IconPhoto size={22} />
                  </ThemeIcon>
                )}
              </Group>
            </Paper>
          )}
        </Box>
        <Stack gap={2}>
          {p.bodySource && (
            <Text size="xs" c="dimmed">
              {p.bodySource === 'desc' ? m.fromDesc : m.fromElement}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {p.sound ? m.sound(p.sound) : m.defaultSound}
            {ios ? ` · ${p.badge === 'count' ? m.badgeCount : m.badgeNone}` : ''}
          </Text>
          {p.image && (
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {m.image(p.image)}
            </Text>
          )}
        </Stack>
      </Stack>
    </Card>
  );
}
