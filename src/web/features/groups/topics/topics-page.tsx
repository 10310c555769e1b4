/**
 * `/topics`: the topic-enabled communities (found by scanning the Community groups, as the IM API has
 * no call that lists them) and, for the chosen one, its topics. The chosen community (`?group=`) and the
 * community filter (`?q=`) live in the URL.
 */
import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { groupIdRefSchema } from '../../../../api/group';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { VirtualTable, type VirtualColumn } from '../../../components/virtual-table';
import { formatUnixSeconds, useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { ruleText } from '../../../lib/rule-text';
import { topicsMessages } from './messages';
import { communityScanQuery, type TopicCommunity } from './queries';
import { SelectedCommunity } from './selected-community';

/** The page. */
export function TopicsPage() {
  const m = useMessages(topicsMessages).page;
  const { lang } = useLanguage();
  const [params, setParams] = useSearchParams();
  const groupId = params.get('group') ?? '';
  const filter = params.get('q') ?? '';
  const setParam = (key: string, value: string, replace = true) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key === 'group') next.delete('tq');
        return next;
      },
      { replace },
    );

  const scan = useInfiniteQuery(communityScanQuery());
  const pages = useMemo(() => scan.data?.pages ?? [], [scan.data]);
  const communities = useMemo(() => pages.flatMap((p) => p.communities), [pages]);
  const scanned = pages.reduce((n, p) => n + p.scanned, 0);
  const total = pages[pages.length - 1]?.total ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = scan;
  // Keep scanning on our own while nothing has been found yet; after that the operator asks for more.
  useEffect(() => {
    if (communities.length === 0 && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [communities.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  const rows = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return q
      ? communities.filter((c) => `${c.Name ?? ''} ${c.GroupId}`.toLowerCase().includes(q))
      : communities;
  }, [communities, filter]);

  const [openText, setOpenText] = useState('');
  const [openError, setOpenError] = useState<string>();
  function open(event: FormEvent) {
    event.preventDefault();
    const id = openText.trim();
    const r = groupIdRefSchema.safeParse(id);
    if (!r.success) {
      setOpenError(`${m.openRule} ${ruleText(r.error.issues[0]?.message ?? '', lang)}`);
      return;
    }
    setOpenError(undefined);
    setParam('group', id, false);
  }

  const columns: VirtualColumn<TopicCommunity>[] = [
    {
      key: 'name',
      header: m.table.name,
      width: '40%',
      render: (c) => (
        <Stack gap={0}>
          <Text size="sm" fw={500} lineClamp={1}>
            {c.Name || c.GroupId}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace" lineClamp={1}>
            {c.GroupId}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'members',
      header: m.table.members,
      width: 100,
      render: (c) => <Text size="sm">{c.MemberNum ?? '—'}</Text>,
    },
    {
      key: 'owner',
      header: m.table.owner,
      render: (c) => (
        <Text size="sm" ff="monospace" lineClamp={1}>
          {c.Owner_Account || '—'}
        </Text>
      ),
    },
    {
      key: 'created',
      header: m.table.created,
      width: 170,
      render: (c) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {c.CreateTime ? formatUnixSeconds(c.CreateTime, lang) : '—'}
        </Text>
      ),
    },
    {
      key: 'show',
      header: '',
      width: 140,
      render: (c) =>
        c.GroupId === groupId ? (
          <Text size="sm" c="dimmed">
            {m.table.selected}
          </Text>
        ) : (
          <Button
            size="xs"
            variant="light"
            aria-label={m.table.showOne(c.Name || c.GroupId)}
            onClick={() => setParam('group', c.GroupId, false)}
          >
            {m.table.show}
          </Button>
        ),
    },
  ];

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{m.title}</Title>
        <Text c="dimmed" maw={900}>
          {m.intro}
        </Text>
      </Stack>
      <Card withBorder padding="md">
        <form onSubmit={open} noValidate aria-label={m.open}>
          <Group align="flex-start">
            <TextInput
              label={m.open}
              placeholder={m.openPlaceholder}
              value={openText}
              onChange={(e) => setOpenText(e.currentTarget.value)}
              error={openError}
              spellCheck={false}
              autoComplete="off"
              w={380}
            />
            <Button type="submit" mt={25}>
              {m.openSubmit}
            </Button>
          </Group>
        </form>
      </Card>
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {m.communities}
          </Title>
          <Group justify="space-between" align="flex-end">
            <TextInput
              label={m.filter}
              placeholder={m.filterPlaceholder}
              value={filter}
              onChange={(e) => setParam('q', e.currentTarget.value)}
              w={300}
            />
            {hasNextPage && (
              <Button
                size="xs"
                variant="default"
                onClick={() => void fetchNextPage()}
                loading={isFetchingNextPage}
              >
                {m.scanMore}
              </Button>
            )}
          </Group>
          {scan.isPending ? (
            <LoadingState label={m.scanning} />
          ) : scan.isError && pages.length === 0 ? (
            <ErrorState error={scan.error} onRetry={() => void scan.refetch()} />
          ) : (
            <>
              <Text size="sm" role="status">
                {m.scanned(scanned, total, communities.length)}
              </Text>
              {scan.isError && <ErrorState error={scan.error} onRetry={() => void fetchNextPage()} />}
              {communities.length === 0 ? (
                isFetchingNextPage ? (
                  <LoadingState label={m.scanning} />
                ) : (
                  <EmptyState title={m.emptyTitle}>{m.emptyBody}</EmptyState>
                )
              ) : rows.length === 0 ? (
                <EmptyState title={m.noMatchTitle}>{m.noMatchBody}</EmptyState>
              ) : (
                <VirtualTable
                  rows={rows}
                  columns={columns}
                  rowKey={(c) => c.GroupId}
                  label={m.table.label}
                  rowHeight={56}
                  maxHeight={400}
                />
              )}
            </>
          )}
        </Stack>
      </Card>
      {groupId && <SelectedCommunity groupId={groupId} onClose={() => setParam('group', '', false)} />}
    </Stack>
  );
}
