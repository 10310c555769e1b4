/**
 * The transcript viewer: opens at the newest messages (or at `?at=`, `?seq=`, `?msg=`), loads older
 * pages as the reader scrolls up, finds words in what is loaded (`?q=`), selects messages for the
 * bulk actions and shows any message's raw JSON. Loading, error, empty and data states; the role
 * that may read it is checked first.
 */
import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsExchange, IconArrowDown, IconChevronLeft } from '@tabler/icons-react';
import { useInfiniteQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { useCan } from '../../../lib/access';
import { formatUnixSeconds, useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { useModifiedMarks } from '../actions/modified-mark';
import { TranscriptActions } from '../actions/transcript-actions';
import { parseMsgKey } from '../api';
import { ExportMenu } from '../export/export-menu';
import { historyMessages } from '../messages';
import type { TranscriptMessage, TranscriptTarget } from '../model';
import { transcriptPath, useRecentTranscripts } from '../picker/recent-transcripts';
import {
  flattenPages,
  historyKeys,
  transcriptQuery,
  type TranscriptAnchor,
  type TranscriptPage,
} from '../queries';
import { JumpBar, type JumpRequest } from './jump-bar';
import { RawDrawer } from './raw-drawer';
import { buildRows, findMatches } from './rows';
import { SearchBar } from './search-bar';
import { TranscriptList } from './transcript-list';

/** Default roaming retention (days) named in the empty state; apps may have bought more. */
export const DEFAULT_ROAMING_DAYS = 7;
/** Seconds of context shown after a deep-linked C2C message. */
const C2C_LINK_CONTEXT = 300;
/** Seqs of context shown after a deep-linked group message. */
const GROUP_LINK_CONTEXT = 10;
/** Most pages one "search older" click loads before it stops and lets the reader decide. */
const SEARCH_OLDER_MAX_PAGES = 50;

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** The anchor a URL asks for: explicit `at`/`seq`, or derived from a linked message. */
export function anchorFromParams(target: TranscriptTarget, params: URLSearchParams): TranscriptAnchor {
  const msg = params.get('msg') ?? undefined;
  if (target.kind === 'c2c') {
    const at = positiveInt(params.get('at'));
    if (at !== undefined) return { at };
    const key = msg ? parseMsgKey(msg) : undefined;
    return key ? { at: key.time + C2C_LINK_CONTEXT } : {};
  }
  const seq = positiveInt(params.get('seq'));
  if (seq !== undefined) return { seq };
  const linked = msg?.startsWith('seq:') ? positiveInt(msg.slice(4)) : undefined;
  return linked !== undefined ? { seq: linked + GROUP_LINK_CONTEXT } : {};
}

/** The viewer for one target. */
export function TranscriptPage({ target }: { target: TranscriptTarget }) {
  const m = useMessages(historyMessages);
  const access = useCan(target.kind === 'c2c' ? 'messages.readPrivate' : 'messages.readGroup');
  const { remember } = useRecentTranscripts();
  useEffect(() => {
    if (access.allowed) remember(target);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- remember once per target
  }, [access.allowed, transcriptPath(target)]);

  const title =
    target.kind === 'c2c'
      ? m.viewer.c2cTitle(target.viewpoint, target.peer)
      : target.kind === 'group'
        ? m.viewer.groupTitle(target.groupId)
        : m.viewer.topicTitle(target.topicId);
  return (
    <Stack gap="md">
      <div>
        <Anchor component={Link} to="/history" size="sm">
          <Group gap={4}>
            <IconChevronLeft size={14} />
            {m.viewer.back}
          </Group>
        </Anchor>
        <Group justify="space-between" align="flex-end" mt={4}>
          <div style={{ minWidth: 0 }}>
            <Title order={1} style={{ overflowWrap: 'anywhere' }}>
              {title}
            </Title>
            <Text c="dimmed" size="sm">
              {target.kind === 'c2c' ? m.viewer.c2cSubtitle(target.viewpoint) : m.viewer.groupSubtitle}
            </Text>
          </div>
          {target.kind === 'c2c' && (
            <Button
              component={Link}
              to={transcriptPath({ kind: 'c2c', viewpoint: target.peer, peer: target.viewpoint })}
              variant="subtle"
              size="xs"
              leftSection={<IconArrowsExchange size={14} />}
            >
              {m.viewer.otherSide(target.peer)}
            </Button>
          )}
        </Group>
      </div>
      {access.allowed ? (
        <Transcript key={transcriptPath(target)} target={target} />
      ) : (
        <Alert color="gray" variant="light" role="alert">
          {access.reason}
        </Alert>
      )}
    </Stack>
  );
}

function Transcript({ target }: { target: TranscriptTarget }) {
  const m = useMessages(historyMessages);
  const { lang } = useLanguage();
  const [params, setParams] = useSearchParams();
  const anchor = anchorFromParams(target, params);
  const query = params.get('q') ?? '';
  const linked = params.get('msg') ?? undefined;
  const queryClient = useQueryClient();
  const options = transcriptQuery(target, anchor);
  const list = useInfiniteQuery(options);
  const modified = useModifiedMarks(target);

  const messages = useMemo(() => flattenPages(list.data?.pages ?? []), [list.data]);
  const rows = useMemo(() => buildRows(messages), [messages]);
  const byId = useMemo(() => new Map(messages.map((x) => [x.id, x])), [messages]);

  // Search over what is loaded.
  const matches = useMemo(() => findMatches(messages, query), [messages, query]);
  const [matchId, setMatchId] = useState<string>();
  // Tracked by id, so older pages put in front do not move the current match.
  const matchIndex = matchId !== undefined ? matches.indexOf(matchId) : -1;
  const [focus, setFocus] = useState<{ id?: string; nonce: number }>({
    ...(linked ? { id: linked } : {}),
    nonce: 0,
  });
  const focusMatch = useCallback((id: string | undefined) => {
    setMatchId(id);
    if (id) setFocus((f) => ({ id, nonce: f.nonce + 1 }));
  }, []);
  // A new query starts at the newest match (the reader is at the bottom); with a query in the URL,
  // as soon as the first page has one.
  const pendingQueryFocus = useRef(true);
  useEffect(() => {
    pendingQueryFocus.current = true;
  }, [query]);
  useEffect(() => {
    if (!pendingQueryFocus.current || !list.isSuccess) return;
    pendingQueryFocus.current = false;
    if (query.trim()) focusMatch(matches.at(-1));
  }, [query, matches, list.isSuccess, focusMatch]);
  const next = () => {
    if (matches.length) focusMatch(matches[(matchIndex + 1) % matches.length]);
  };
  const previous = () => {
    if (matches.length) focusMatch(matches[(matchIndex - 1 + matches.length) % matches.length]);
  };
  const [searchingOlder, setSearchingOlder] = useState(false);
  const searchOlder = async () => {
    setSearchingOlder(true);
    try {
      const before = new Set(matches);
      for (let i = 0; i < SEARCH_OLDER_MAX_PAGES; i++) {
        const res = await list.fetchNextPage();
        const found = findMatches(flattenPages(res.data?.pages ?? []), query);
        // The newest of the newly found matches sits just above what was already found.
        const fresh = found.filter((id) => !before.has(id));
        if (fresh.length) {
          focusMatch(fresh.at(-1));
          break;
        }
        if (!res.hasNextPage || res.isError) break;
      }
    } finally {
      setSearchingOlder(false);
    }
  };
  const currentMatchId = matchIndex >= 0 ? matchId : undefined;

  // Selection for the bulk actions.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((id: string) => {
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  }, []);
  const selectedMessages = useMemo(
    () => [...selected].map((id) => byId.get(id)).filter((x): x is TranscriptMessage => x !== undefined),
    [selected, byId],
  );

  const [raw, setRaw] = useState<TranscriptMessage>();
  const copyLink = useCallback(
    (message: TranscriptMessage) => {
      const url = new URL(window.location.href);
      url.search = new URLSearchParams({ msg: message.id }).toString();
      void navigator.clipboard
        ?.writeText(url.toString())
        .then(() => notifications.show({ message: m.viewer.copied, color: 'teal' }))
        .catch(() => notifications.show({ message: url.toString() }));
    },
    [m.viewer.copied],
  );

  const onChanged = useCallback(
    (change: { kind: string; ids: string[] }) => {
      const key = options.queryKey;
      if (change.kind === 'recalled') {
        // Mark at once; the refetch below brings the service's own view.
        const ids = new Set(change.ids);
        queryClient.setQueryData<InfiniteData<TranscriptPage>>(key, (data) =>
          data
            ? {
                ...data,
                pages: data.pages.map((p) => ({
                  ...p,
                  messages: p.messages.map((x) => (ids.has(x.id) ? { ...x, recalled: true } : x)),
                })),
              }
            : data,
        );
      }
      void queryClient.invalidateQueries({ queryKey: historyKeys.transcript(target) });
    },
    [options.queryKey, queryClient, target],
  );

  const jump = (to: JumpRequest) => {
    setParams((p) => {
      const n = new URLSearchParams(p);
      for (const k of ['at', 'seq', 'msg']) n.delete(k);
      if ('at' in to) n.set('at', String(to.at));
      if ('seq' in to) n.set('seq', String(to.seq));
      if ('msg' in to && to.msg) n.set('msg', to.msg);
      return n;
    });
    setMatchId(undefined);
    setFocus((f) => ({ ...('msg' in to && to.msg ? { id: to.msg } : {}), nonce: f.nonce + 1 }));
  };
  const toNewest = () => {
    setParams((p) => {
      const n = new URLSearchParams(p);
      for (const k of ['at', 'seq', 'msg']) n.delete(k);
      return n;
    });
    setMatchId(undefined);
    setFocus((f) => ({ nonce: f.nonce + 1 }));
  };
  const setQuery = useCallback(
    (q: string) =>
      setParams(
        (p) => {
          const n = new URLSearchParams(p);
          if (q.trim()) n.set('q', q);
          else n.delete('q');
          return n;
        },
        { replace: true },
      ),
    [setParams],
  );

  const windowed = anchor.at !== undefined || anchor.seq !== undefined;
  const focusId = currentMatchId ?? focus.id;
  const linkedMissing = linked !== undefined && list.isSuccess && !byId.has(linked) && !list.hasNextPage;

  return (
    <Card withBorder p={0}>
      <Stack gap="xs" p="sm" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Group justify="space-between" wrap="wrap" gap="xs" align="flex-end">
          <SearchBar
            query={query}
            onQuery={setQuery}
            at={matchIndex + 1}
            total={matches.length}
            onPrevious={previous}
            onNext={next}
            hasOlder={list.hasNextPage}
            searchingOlder={searchingOlder}
            onSearchOlder={() => void searchOlder()}
          />
          <Group gap="xs">
            <JumpBar target={target} onJump={jump} />
            <ExportMenu target={target} loaded={messages} />
          </Group>
        </Group>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs">
            <Text size="xs" c="dimmed" role="status">
              {m.viewer.loadedCount(messages.length)}
            </Text>
            {windowed && (
              <>
                <Text size="xs" c="dimmed">
                  {anchor.at !== undefined
                    ? m.viewer.windowNote(formatUnixSeconds(anchor.at, lang))
                    : m.viewer.seqNote(anchor.seq as number)}
                </Text>
                <Button
                  size="compact-xs"
                  variant="light"
                  leftSection={<IconArrowDown size={12} />}
                  onClick={toNewest}
                >
                  {m.viewer.newest}
                </Button>
              </>
            )}
            {selected.size > 0 && (
              <>
                <Text size="xs" fw={600}>
                  {m.viewer.selected(selected.size)}
                </Text>
                <Button size="compact-xs" variant="subtle" onClick={() => setSelected(new Set())}>
                  {m.viewer.clearSelection}
                </Button>
              </>
            )}
          </Group>
          <TranscriptActions
            target={target}
            selected={selectedMessages}
            onChanged={onChanged}
            clearSelection={() => setSelected(new Set())}
          />
        </Group>
        {linkedMissing && (
          <Alert color="yellow" variant="light" p="xs">
            {m.viewer.targetMissing}
          </Alert>
        )}
        {list.isError && list.data && (
          <ErrorState error={list.error} onRetry={() => void list.fetchNextPage()} />
        )}
      </Stack>
      {list.isPending ? (
        <LoadingState label={m.viewer.loading} />
      ) : list.isError && !list.data ? (
        <Stack p="md">
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        </Stack>
      ) : messages.length === 0 && !list.hasNextPage ? (
        <EmptyState title={m.viewer.emptyTitle}>{m.viewer.emptyBody(DEFAULT_ROAMING_DAYS)}</EmptyState>
      ) : (
        <TranscriptList
          target={target}
          rows={rows}
          messageCount={messages.length}
          hasOlder={list.hasNextPage}
          loadingOlder={list.isFetchingNextPage}
          windowed={windowed}
          onLoadOlder={() => {
            if (!list.isFetchingNextPage && !list.isError) void list.fetchNextPage();
          }}
          selected={selected}
          onToggle={toggle}
          onRaw={setRaw}
          onCopyLink={copyLink}
          onChanged={onChanged}
          {...(query.trim() ? { highlight: query.trim() } : {})}
          {...(focusId ? { focusId } : {})}
          focusNonce={focus.nonce}
          modifiedIds={modified.ids}
        />
      )}
      <RawDrawer message={raw} onClose={() => setRaw(undefined)} />
    </Card>
  );
}
