/**
 * History queries: one infinite query per transcript and anchor, each page one API answer. Pages go
 * backwards in time (the first page is the newest), so the viewer reverses the page order to show
 * the oldest first. C2C pages carry `{ maxTime, lastMsgKey }` cursors; group/topic pages carry a seq.
 */
import { infiniteQueryOptions } from '@tanstack/react-query';
import { fetchC2cPage, fetchGroupPage, transcriptKey } from './api';
import type { TranscriptMessage, TranscriptTarget } from './model';

/** Where a transcript opens: the newest message, or at/before a time (C2C) or seq (groups). */
export interface TranscriptAnchor {
  /** C2C: the window ends here (Unix seconds, the API's `MaxTime`). */
  at?: number;
  /** Groups and topics: the first page ends at this seq (`ReqMsgSeq`). */
  seq?: number;
}

/** A page param: where the next (older) page starts. */
type PageParam =
  { kind: 'c2c'; maxTime?: number; lastMsgKey?: string } | { kind: 'group'; reqMsgSeq?: number };

/** One fetched page in the viewer's shape. */
export interface TranscriptPage {
  messages: TranscriptMessage[];
  /** Where the next, older page starts; undefined when nothing older remains. */
  next?: PageParam;
}

/** Everything under the history area (for invalidation after actions). */
export const historyKeys = {
  all: ['history'] as const,
  transcript: (target: TranscriptTarget) => [...historyKeys.all, ...transcriptKey(target)] as const,
};

/** The infinite query of one transcript from an anchor. */
export function transcriptQuery(target: TranscriptTarget, anchor: TranscriptAnchor) {
  const first: PageParam =
    target.kind === 'c2c'
      ? { kind: 'c2c', ...(anchor.at !== undefined ? { maxTime: anchor.at } : {}) }
      : { kind: 'group', ...(anchor.seq !== undefined ? { reqMsgSeq: anchor.seq } : {}) };
  return infiniteQueryOptions({
    queryKey: [
      ...historyKeys.transcript(target),
      { at: anchor.at ?? null, seq: anchor.seq ?? null },
    ] as const,
    queryFn: async ({ pageParam, signal }): Promise<TranscriptPage> => {
      if (target.kind === 'c2c' && pageParam.kind === 'c2c') {
        const page = await fetchC2cPage(
          target,
          {
            ...(pageParam.maxTime !== undefined ? { maxTime: pageParam.maxTime } : {}),
            ...(pageParam.lastMsgKey !== undefined ? { lastMsgKey: pageParam.lastMsgKey } : {}),
          },
          signal,
        );
        return {
          messages: page.messages,
          ...(page.next ? { next: { kind: 'c2c', ...page.next } } : {}),
        };
      }
      if (target.kind !== 'c2c' && pageParam.kind === 'group') {
        const page = await fetchGroupPage(
          target,
          pageParam.reqMsgSeq !== undefined ? { reqMsgSeq: pageParam.reqMsgSeq } : {},
          signal,
        );
        return {
          messages: page.messages,
          ...(page.nextSeq !== undefined ? { next: { kind: 'group', reqMsgSeq: page.nextSeq } } : {}),
        };
      }
      throw new Error('page cursor does not match the transcript kind');
    },
    initialPageParam: first,
    getNextPageParam: (last) => last.next,
    // A transcript is read, not watched: no refetch of 100 pages on focus.
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  });
}

/** The loaded pages flattened oldest first (pages are newest first, each page oldest first). */
export function flattenPages(pages: readonly TranscriptPage[]): TranscriptMessage[] {
  const out: TranscriptMessage[] = [];
  const seen = new Set<string>();
  for (let i = pages.length - 1; i >= 0; i--) {
    for (const m of (pages[i] as TranscriptPage).messages) {
      if (seen.has(m.id)) continue;
      seen.add(m.id);
      out.push(m);
    }
  }
  return out;
}
