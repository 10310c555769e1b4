/** `/settings/app`: the app behind the proxy, the IM server IP list, and the proxy's counters and limits. */
import { Grid, Stack, Text, Title } from '@mantine/core';
import { useMessages } from '../../lib/i18n/i18n';
import { AppInfoCard } from './app-info-card';
import { BackToSettings } from './back-link';
import { IpListCard } from './ip-list-card';
import { settingsMessages } from './messages';
import { ProxyCountersCard } from './proxy-counters-card';

/** The app settings page. */
export function AppSettingsPage() {
  const m = useMessages(settingsMessages).app;
  return (
    <Stack gap="lg">
      <BackToSettings />
      <div>
        <Title order={1}>{m.title}</Title>
        <Text c="dimmed">{m.intro}</Text>
      </div>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <AppInfoCard />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <IpListCard />
        </Grid.Col>
      </Grid>
      <ProxyCountersCard />
    </Stack>
  );
}
