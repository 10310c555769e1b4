/** The IM server IP list (`ConfigSvc/GetIPList`) for firewall allow-lists: copy one address or all. */
import {
  ActionIcon,
  Button,
  Card,
  CopyButton,
  Group,
  List,
  ScrollArea,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { useMessages } from '../../lib/i18n/i18n';
import { settingsMessages } from './messages';
import { settingsQueries } from './queries';

/** The IP list card. */
export function IpListCard() {
  const m = useMessages(settingsMessages).app.ips;
  const ips = useQuery(settingsQueries.ipList());
  let body;
  if (ips.isPending) body = <LoadingState label={m.loading} />;
  else if (ips.isError) body = <ErrorState error={ips.error} onRetry={() => void ips.refetch()} />;
  else if (ips.data.IPList.length === 0) body = <EmptyState title={m.emptyTitle}>{m.emptyBody}</EmptyState>;
  else {
    const list = ips.data.IPList;
    body = (
      <>
        <Group mb="xs">
          <CopyButton value={list.join('\n')}>
            {({ copied, copy }) => (
              <Button
                variant="light"
                size="xs"
                onClick={copy}
                leftSection={
                  copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />
                }
              >
                {copied ? m.copiedAll : m.copyAll(list.length)}
              </Button>
            )}
          </CopyButton>
        </Group>
        <ScrollArea.Autosize mah={320} type="auto">
          <List aria-label={m.listLabel} listStyleType="none" spacing={2}>
            {list.map((ip) => (
              <List.Item key={ip}>
                <Group gap="xs" wrap="nowrap">
                  <Text ff="monospace" size="sm">
                    {ip}
                  </Text>
                  <CopyButton value={ip}>
                    {({ copied, copy }) => (
                      <Tooltip label={copied ? m.copied : m.copy} withArrow>
                        <ActionIcon
                          variant="subtle"
                          size="sm"
                          color={copied ? 'teal' : 'gray'}
                          onClick={copy}
                          aria-label={copied ? m.copied : m.copyOne(ip)}
                        >
                          {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </CopyButton>
                </Group>
              </List.Item>
            ))}
          </List>
        </ScrollArea.Autosize>
      </>
    );
  }
  return (
    <Card withBorder h="100%">
      <section aria-labelledby="ip-list-title">
        <Title order={2} size="h3" id="ip-list-title">
          {m.title}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {m.intro}
        </Text>
        {body}
      </section>
    </Card>
  );
}
