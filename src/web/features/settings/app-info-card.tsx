/** The app the proxy signs for (`GET /api/app`): SDKAppID, region or base URL, administrator, backend. */
import { Badge, Card, Code, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ErrorState, LoadingState } from '../../components/page-states';
import { proxyQueries } from '../../lib/app-info';
import { useLanguage, useMessages } from '../../lib/i18n/i18n';
import { regionLabel } from '../../lib/region-label';
import { settingsMessages } from './messages';

/** The app card. */
export function AppInfoCard() {
  const m = useMessages(settingsMessages).app.info;
  const { lang } = useLanguage();
  const app = useQuery(proxyQueries.app());
  let body;
  if (app.isPending) body = <LoadingState />;
  else if (app.isError) body = <ErrorState error={app.error} onRetry={() => void app.refetch()} />;
  else {
    const info = app.data;
    const rows: [string, React.ReactNode][] = [
      [m.sdkAppId, <Code key="id">{info.sdkAppId}</Code>],
      [m.region, regionLabel(info.region, info.baseUrl, lang)],
      [m.baseUrl, <Code key="url">{info.baseUrl}</Code>],
      [m.admin, <Code key="admin">{info.admin}</Code>],
      [
        m.backend,
        <Badge key="backend" color={info.emulator ? 'orange' : 'blue'} variant="light">
          {info.emulator ? m.emulator : m.real}
        </Badge>,
      ],
    ];
    body = (
      <>
        <Table variant="vertical" withTableBorder layout="fixed" aria-label={m.title}>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={220}>{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" mt="xs">
          {m.secretNote}
        </Text>
      </>
    );
  }
  return (
    <Card withBorder>
      <section aria-labelledby="app-info-title">
        <Title order={2} size="h3" mb="sm" id="app-info-title">
          {m.title}
        </Title>
        {body}
      </section>
    </Card>
  );
}
