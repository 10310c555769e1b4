/**
 * The URL state of a log page (the audit log, the push log): its filters and the entry whose detail is
 * open, so a filtered view or one entry is a link to paste into a ticket. Each page names its filter keys
 * and reads their values itself (dropping what its proxy route would refuse); the rest is shared here.
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** The query parameter of the entry whose detail is open. */
export const ENTRY_PARAM = 'entry';

/** Filters over the keys `K`, each a string in the URL; an absent key matches everything. */
export type UrlFilters<K extends string> = { readonly [P in K]?: string };

/** A time the URL may spell any way `Date.parse` reads, as a UTC ISO instant; undefined when unreadable. */
export function isoParam(value: string | null): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** `filters` with `key` set to `value`, or without `key` when the value is empty. */
export function withFilter<F extends object, K extends keyof F>(
  filters: F,
  key: K,
  value: F[K] | null | undefined,
): F {
  const next = { ...filters };
  if (value === null || value === undefined || value === '') delete next[key];
  else next[key] = value;
  return next;
}

/** The URL helpers of a page whose filters are `keys` (in the order they are written). */
export function urlFilters<K extends string>(keys: readonly K[]) {
  /** The filters as query parameters (only the set ones, in a stable order). */
  const toParams = (filters: UrlFilters<K>): URLSearchParams => {
    const params = new URLSearchParams();
    for (const key of keys) {
      const value = filters[key];
      if (value) params.set(key, value);
    }
    return params;
  };
  return {
    toParams,
    /** Writes filters into the page's URL params, keeping unrelated params except the open entry. */
    withFilters: (current: URLSearchParams, filters: UrlFilters<K>): URLSearchParams => {
      const next = new URLSearchParams(current);
      for (const key of keys) next.delete(key);
      next.delete(ENTRY_PARAM);
      for (const [key, value] of toParams(filters)) next.set(key, value);
      return next;
    },
    /** Whether any filter is set. */
    hasFilters: (filters: UrlFilters<K>): boolean => keys.some((k) => filters[k] !== undefined),
  };
}

/** What `useLogUrl` returns: the filters and the open entry, with their setters. */
export interface LogUrl<F> {
  filters: F;
  setFilters: (next: F) => void;
  /** The entry whose detail is open, if the URL names a valid one. */
  entryId: number | undefined;
  /** Opens an entry's detail, or closes it with `undefined`. */
  openEntry: (id: number | undefined) => void;
}

/** Reads and writes a log page's URL state with the page's own filter parsing and writing. */
export function useLogUrl<F>(
  fromParams: (params: URLSearchParams) => F,
  toUrl: (current: URLSearchParams, filters: F) => URLSearchParams,
): LogUrl<F> {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => fromParams(params), [fromParams, params]);
  const entryParam = Number(params.get(ENTRY_PARAM));
  const entryId = Number.isSafeInteger(entryParam) && entryParam > 0 ? entryParam : undefined;
  const setFilters = useCallback((next: F) => setParams(toUrl(params, next)), [params, setParams, toUrl]);
  const openEntry = useCallback(
    (id: number | undefined) => {
      const next = new URLSearchParams(params);
      if (id === undefined) next.delete(ENTRY_PARAM);
      else next.set(ENTRY_PARAM, String(id));
      setParams(next);
    },
    [params, setParams],
  );
  return { filters, setFilters, entryId, openEntry };
}
