/** Header badge: which app the console manages, with a clear "Emulator" badge in demo mode. */
import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { proxyQueries } from '../lib/app-info';
import { useLanguage, useMessages } from '../lib/i18n/i18n';
import { regionLabel } from '../lib/region-label';
import { shellMessages } from './messages';

/** Shows SDKAppID and region (or base URL); an orange badge when the backend is the emulator. */
export function AppBadge() {
  const m = useMessages(shellMessages);
  const { lang } = useLanguage();
  const app = useQuery(proxyQueries.app());
  if (app.isPending) return null;
  if (app.isError) {
    return (
      <Badge color="red" variant="light">
        {m.header.appUnknown}
      </Badge>
    );
  }
  const info = app.data;
  return (
    <Group gap={6} wrap="nowrap" visibleFrom="xs">
      <Text size="sm" c="dimmed" data-testid="app-id">
        {m.header.app(info.sdkAppId)}
        {' · '}
        {regionLabel(info.region, info.baseUrl, lang)}
      </Text>
      {info.emulator && (
        <Tooltip label={m.header.emulatorHint} multiline w={260}>
          <Badge color="orange" variant="filled" tabIndex={0}>
            {m.header.emulator}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
