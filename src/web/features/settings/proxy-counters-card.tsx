/**
 * The proxy's counters since it started (`GET /api/proxy/stats`): calls per endpoint with what is left of
 * its documented limits now, and errors per code with their meaning. At most one row per registry
 * endpoint, so the table stays small.
 */
import { Button, Card, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { EndpointCounters } from '../../../api/proxy-stats';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { describeImError } from '../../lib/im-error-text';
import { formatUnixSeconds, useLanguage, useMessages } from '../../lib/i18n/i18n';
import { settingsMessages } from './messages';
import { settingsQueries } from './queries';

const UNKNOWN = '(unknown)';

/** The counters card. */
export function ProxyCountersCard() {
  const m = useMessages(settingsMessages).app.counters;
  const { lang } = useLanguage();
  const stats = useQuery(settingsQueries.proxyStats());
  const num = (n: number) => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');
  const time = (iso: string) => formatUnixSeconds(Date.parse(iso) / 1000, lang);

  let body;
  if (stats.isPending) body = <LoadingState label={m.loading} />;
  else if (stats.isError) body = <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />;
  else if (stats.data.totals.calls === 0) body = <EmptyState title={m.emptyTitle}>{m.emptyBody}</EmptyState>;
  else {
    const s = stats.data;
    const left = (row: EndpointCounters) => {
      if (row.leftThisSecond === undefined) return '—';
      return `${num(row.leftThisSecond)}${m.of(row.limit!.perSecond)}`;
    };
    const next = (row: EndpointCounters) => {
      if (row.limit?.minIntervalMs === undefined) return '—';
      return row.nextAllowedAt ? time(row.nextAllowedAt) : m.now;
    };
    body = (
      <Stack gap="md">
        <Text size="sm" data-testid="proxy-totals">
          {m.totals(num(s.totals.calls), num(s.totals.ok), num(s.totals.imErrors), num(s.totals.proxyErrors))}
        </Text>
        <div>
          <Title order={3} size="h4">
            {m.limitsTitle}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {m.limitsIntro}
          </Text>
          <Table.ScrollContainer
            minWidth={960}
            maxHeight={420}
            tabIndex={0}
            role="region"
            aria-label={m.endpointsLabel}
          >
            <Table striped stickyHeader aria-label={m.endpointsLabel}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{m.endpoint}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {m.calls}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {m.ok}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {m.imErrors}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {m.proxyErrors}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {m.lastSecond}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {m.leftThisSecond}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {m.today}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {m.leftToday}
                  </Table.Th>
                  <Table.Th scope="col">{m.nextAllowed}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.endpoints.map((row) => (
                  <Table.Tr key={row.path}>
                    <Table.Th scope="row" fw={400}>
                      {row.path === UNKNOWN ? m.unknown : <Code>{row.path}</Code>}
                    </Table.Th>
                    <Table.Td ta="right">{num(row.calls)}</Table.Td>
                    <Table.Td ta="right">{num(row.ok)}</Table.Td>
                    <Table.Td ta="right">{num(row.imErrors)}</Table.Td>
                    <Table.Td ta="right">{num(row.proxyErrors)}</Table.Td>
                    <Table.Td ta="right">{num(row.lastSecond)}</Table.Td>
                    <Table.Td ta="right" fw={row.leftThisSecond === 0 ? 700 : undefined}>
                      {left(row)}
                    </Table.Td>
                    <Table.Td ta="right">{num(row.today)}</Table.Td>
                    <Table.Td ta="right" fw={row.leftToday === 0 ? 700 : undefined}>
                      {row.leftToday === undefined
                        ? m.noDailyLimit
                        : `${num(row.leftToday)}${m.of(row.limit!.perDay!)}`}
                    </Table.Td>
                    <Table.Td>{next(row)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </div>
        <div>
          <Title order={3} size="h4" mb="xs">
            {m.errorsTitle}
          </Title>
          {s.errors.length === 0 ? (
            <Text size="sm" c="dimmed">
              {m.noErrors}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={760} tabIndex={0} role="region" aria-label={m.errorsLabel}>
              <Table striped aria-label={m.errorsLabel}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{m.code}</Table.Th>
                    <Table.Th scope="col">{m.meaning}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {m.count}
                    </Table.Th>
                    <Table.Th scope="col">{m.where}</Table.Th>
                    <Table.Th scope="col">{m.last}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.errors.map((e) => (
                    <Table.Tr key={`${e.source}:${e.code}:${e.kind ?? ''}`}>
                      <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                        {e.source === 'im' ? m.imCode(e.code) : m.proxyCode(e.code, e.kind ?? '')}
                      </Table.Th>
                      <Table.Td>
                        {e.source === 'im'
                          ? e.code === -1
                            ? m.otherCodes
                            : describeImError(e.code, lang).meaning
                          : (e.kind ?? '')}
                      </Table.Td>
                      <Table.Td ta="right">{num(e.count)}</Table.Td>
                      <Table.Td>
                        {e.endpoints
                          .map((p) => `${p.path === UNKNOWN ? m.unknown : p.path} (${num(p.count)})`)
                          .join(', ')}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{time(e.lastAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </div>
      </Stack>
    );
  }

  return (
    <Card withBorder>
      <section aria-labelledby="proxy-counters-title">
        <Group justify="space-between" align="flex-start" mb="xs">
          <div>
            <Title order={2} size="h3" id="proxy-counters-title">
              {m.title}
            </Title>
            {stats.data && (
              <Text size="sm" c="dimmed">
                {m.intro(time(stats.data.startedAt))}
              </Text>
            )}
          </div>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={() => void stats.refetch()}
            loading={stats.isFetching}
          >
            {m.refresh}
          </Button>
        </Group>
        {body}
      </section>
    </Card>
  );
}
