/**
 * The virtualized message list. Only the rows in view (plus a few) are in the DOM, so 10,000 messages
 * scroll smoothly and memory is bounded by what is loaded, not by what is drawn. Rows have their
 * measured heights; when older pages are put in front, the scroll position is moved by exactly the
 * height added above the row that was in view, so the reader does not jump. It opens at the bottom.
 */
import { Button, Center, Group, Loader, Text } from '@mantine/core';
import { measureElement as measureSize, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { historyMessages } from '../messages';
import type { TranscriptMessage, TranscriptTarget } from '../model';
import { DaySeparator } from './day-separator';
import { MessageRow } from './message-row';
import { rowShape, type TranscriptRow } from './rows';

/** Rows closer than this to the top (pixels) ask for the next older page. */
const LOAD_OLDER_THRESHOLD = 600;

/** Props of `TranscriptList`. */
export interface TranscriptListProps {
  target: TranscriptTarget;
  rows: readonly TranscriptRow[];
  /** Loaded message count (for aria-setsize and positions). */
  messageCount: number;
  hasOlder: boolean;
  loadingOlder: boolean;
  /** Whether a time/seq anchor limits the window (changes the head row's words). */
  windowed: boolean;
  onLoadOlder: () => void;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onRaw: (message: TranscriptMessage) => void;
  onCopyLink: (message: TranscriptMessage) => void;
  onChanged: (change: { kind: 'recalled' | 'modified'; ids: string[] }) => void;
  highlight?: string;
  /** The message to bring into view and outline; `focusNonce` re-triggers the scroll. */
  focusId?: string;
  focusNonce?: number;
  /** Messages modified through this console. */
  modifiedIds?: ReadonlySet<string>;
  /** Height of the scroll area (CSS). */
  height?: string;
}

function estimate(row: TranscriptRow | undefined): number {
  if (!row) return 80;
  if (row.kind === 'head') return 44;
  if (row.kind === 'day' || row.kind === 'gap') return 36;
  return 88;
}

/** The scrolling transcript. */
export function TranscriptList({
  target,
  rows,
  messageCount,
  hasOlder,
  loadingOlder,
  windowed,
  onLoadOlder,
  selected,
  onToggle,
  onRaw,
  onCopyLink,
  onChanged,
  highlight,
  focusId,
  focusNonce,
  modifiedIds,
  height = 'max(420px, calc(100dvh - 330px))',
}: TranscriptListProps) {
  const m = useMessages(historyMessages);
  const { lang } = useLanguage();
  const scrollRef = useRef<HTMLDivElement>(null);
  const viewpoint = target.kind === 'c2c' ? target.viewpoint : undefined;
  const shapes = useMemo(() => rows.map((r) => rowShape(r, viewpoint)), [rows, viewpoint]);
  // The last measured height of each row shape: the estimate of rows not drawn yet. A row drawn at its
  // estimate needs no correction, so the list is not laid out again for it while it scrolls.
  const heights = useRef(new Map<string, number>());
  // Stable between renders: the virtualizer recomputes every row's position when `getItemKey` changes.
  const getItemKey = useCallback((i: number) => rows[i]?.key ?? i, [rows]);
  const estimateSize = useCallback(
    (i: number) => heights.current.get(shapes[i] ?? '') ?? estimate(rows[i]),
    [rows, shapes],
  );
  const measureElement = useCallback(
    (el: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLDivElement, Element>) => {
      const size = measureSize(el, entry, instance);
      const shape = shapes[instance.indexFromElement(el)];
      if (shape !== undefined) heights.current.set(shape, size);
      return size;
    },
    [shapes],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    measureElement,
    overscan: 6,
    initialRect: { width: 800, height: 600 },
  });
  const items = virtualizer.getVirtualItems();

  const indexByKey = useMemo(() => {
    const map = new Map<string, number>();
    rows.forEach((r, i) => map.set(r.key, i));
    return map;
  }, [rows]);
  const positionByKey = useMemo(() => {
    const map = new Map<string, number>();
    let n = 0;
    for (const r of rows) if (r.kind === 'message') map.set(r.key, ++n);
    return map;
  }, [rows]);

  // What was in view before the rows changed: the first visible row and how far above the top it started.
  const anchor = useRef<{ key: string; delta: number; head: string | undefined } | null>(null);
  const recordAnchor = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    const top = el.scrollTop;
    // Anchor on the first message in view: the head row changes as pages arrive, and a day's
    // separator moves up when older messages of the same day are put in front.
    const first = virtualizer
      .getVirtualItems()
      .find((it) => it.end > top && rows[it.index]?.kind === 'message');
    // rows[0] is always the head row, so rows[1] is the oldest loaded row.
    anchor.current = first ? { key: String(first.key), delta: top - first.start, head: rows[1]?.key } : null;
  }, [virtualizer, rows]);

  const opened = useRef(false);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const firstMessage = rows[1]?.key;
    const prev = anchor.current;
    if (!opened.current) {
      if (rows.length > 1) {
        opened.current = true;
        const focusIdx = focusId !== undefined ? indexByKey.get(focusId) : undefined;
        if (focusIdx !== undefined) virtualizer.scrollToIndex(focusIdx, { align: 'center' });
        else virtualizer.scrollToIndex(rows.length - 1, { align: 'end' });
      }
    } else if (prev && prev.head !== firstMessage) {
      // Older rows were put in front: keep the row that was in view where it was.
      const idx = indexByKey.get(prev.key);
      const start = idx !== undefined ? virtualizer.measurementsCache[idx]?.start : undefined;
      if (start !== undefined) el.scrollTop = start + prev.delta;
    }
    recordAnchor();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the rows change only
  }, [rows]);

  // Bring the focused message (search match, deep link, jump) into view.
  useEffect(() => {
    if (!focusId) return;
    const idx = indexByKey.get(focusId);
    if (idx !== undefined) virtualizer.scrollToIndex(idx, { align: 'center' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-run on a new focus request only
  }, [focusId, focusNonce, indexByKey.size > 1]);

  const onScroll = () => {
    recordAnchor();
    const el = scrollRef.current;
    if (el && el.scrollTop < LOAD_OLDER_THRESHOLD && hasOlder && !loadingOlder) onLoadOlder();
  };
  // A short first page that does not fill the area cannot be scrolled: ask for more at once.
  useEffect(() => {
    if (!opened.current) return;
    const el = scrollRef.current;
    // Likewise when the reader is still at the top after a page arrived (no scroll event follows).
    if (
      el &&
      hasOlder &&
      !loadingOlder &&
      (el.scrollHeight <= el.clientHeight + LOAD_OLDER_THRESHOLD || el.scrollTop < LOAD_OLDER_THRESHOLD)
    )
      onLoadOlder();
  }, [rows, hasOlder, loadingOlder, onLoadOlder]);

  const setSize = hasOlder ? -1 : messageCount;
  return (
    <div
      ref={scrollRef}
      onScroll={onScroll}
      style={{ height, overflowY: 'auto', contain: 'strict', overflowAnchor: 'none' }}
      role="feed"
      aria-label={m.viewer.listLabel}
      aria-busy={loadingOlder}
      tabIndex={0}
      data-testid="transcript-scroll"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
        <div
          style={{
            position: 'absolute',
            top: 0,
            left: 0,
            width: '100%',
            transform: `translateY(${items[0]?.start ?? 0}px)`,
          }}
        >
          {items.map((item) => {
            const row = rows[item.index] as TranscriptRow;
            return (
              <div key={item.key} data-index={item.index} ref={virtualizer.measureElement}>
                {row.kind === 'head' ? (
                  <Center py="xs" mih={44}>
                    {loadingOlder ? (
                      <Group gap="xs" role="status">
                        <Loader size="xs" />
                        <Text size="sm" c="dimmed">
                          {m.viewer.loadingOlder}
                        </Text>
                      </Group>
                    ) : hasOlder ? (
                      <Button size="xs" variant="subtle" onClick={onLoadOlder}>
                        {m.viewer.loadOlder}
                      </Button>
                    ) : (
                      <Text size="sm" c="dimmed" role="status">
                        {windowed ? m.viewer.startWindow : m.viewer.start}
                      </Text>
                    )}
                  </Center>
                ) : row.kind === 'day' ? (
                  <DaySeparator time={row.time} lang={lang} />
                ) : row.kind === 'gap' ? (
                  <Center py={6}>
                    <Text size="xs" c="dimmed" fs="italic">
                      {m.viewer.placeholder} × {row.count} ({m.viewer.seq(row.fromSeq)}–{row.toSeq})
                    </Text>
                  </Center>
                ) : (
                  <MessageRow
                    target={target}
                    message={row.message}
                    position={positionByKey.get(row.key) ?? 0}
                    setSize={setSize}
                    selected={selected.has(row.message.id)}
                    onToggle={onToggle}
                    onRaw={onRaw}
                    onCopyLink={onCopyLink}
                    onChanged={onChanged}
                    {...(highlight ? { highlight } : {})}
                    focused={focusId === row.message.id}
                    modified={modifiedIds?.has(row.message.id) ?? false}
                  />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
