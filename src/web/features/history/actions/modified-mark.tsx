/**
 * "Modified" marks for one-to-one messages. The IM API keeps no trace of `modify_c2c_msg`, so only
 * modifications made through this console are known (from its audit log, via the proxy); the tooltip
 * says so. The viewer calls `useModifiedMarks(target)` once, or places `<ModifiedMark>` per message
 * (TanStack Query shares the one request).
 */
import { Badge, Tooltip } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { MODIFIED_LIST_MAX, type ModifiedEntry } from '../../../../api/history-api';
import { useCan } from '../../../lib/access';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import type { TranscriptMessage, TranscriptTarget } from '../model';
import { actionMessages } from './messages';
import { actionQueries } from './queries';

/** What the viewer learns: the newest console modification per `MsgKey`. */
export interface ModifiedMarks {
  /** Newest modification of each message, by `MsgKey`. */
  byKey: ReadonlyMap<string, ModifiedEntry>;
  /** The same keys as a set: C2C `TranscriptMessage.id`s are their `MsgKey`s (the viewer's `modifiedIds`). */
  ids: ReadonlySet<string>;
  /** True when the proxy listed only the newest modifications of a very edited conversation. */
  truncated: boolean;
  isLoading: boolean;
  error: unknown;
}

const none: ReadonlyMap<string, ModifiedEntry> = new Map();

/** Modifications made through the console in a one-to-one transcript (nothing for groups and topics). */
export function useModifiedMarks(target: TranscriptTarget): ModifiedMarks {
  const allowed = useCan('messages.readPrivate').allowed;
  const c2c = target.kind === 'c2c' ? target : undefined;
  const query = useQuery({
    ...actionQueries.modified(c2c?.viewpoint ?? '', c2c?.peer ?? ''),
    enabled: c2c !== undefined && allowed,
  });
  const byKey = useMemo(() => {
    if (!query.data) return none;
    const map = new Map<string, ModifiedEntry>();
    // Entries come newest first: the first one seen for a key is its latest modification.
    for (const e of query.data.entries) if (!map.has(e.msgKey)) map.set(e.msgKey, e);
    return map;
  }, [query.data]);
  const ids = useMemo(() => new Set(byKey.keys()), [byKey]);
  return {
    byKey,
    ids,
    truncated: query.data?.truncated ?? false,
    isLoading: query.isLoading,
    error: query.error,
  };
}

/** A small "Modified" badge with when and by whom, or nothing when the console did not modify it. */
export function ModifiedMark({ target, message }: { target: TranscriptTarget; message: TranscriptMessage }) {
  const marks = useModifiedMarks(target);
  const m = useMessages(actionMessages);
  const { lang } = useLanguage();
  const entry = message.msgKey ? marks.byKey.get(message.msgKey) : undefined;
  if (!entry) return null;
  const at = new Date(entry.at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const label = [
    m.modified.tooltip(at, entry.operator ?? m.modified.unknownOperator),
    m.modified.only,
    ...(marks.truncated ? [m.modified.truncated(MODIFIED_LIST_MAX)] : []),
  ].join(' ');
  return (
    <Tooltip label={label} withArrow multiline w={280}>
      <Badge
        size="xs"
        variant="light"
        color="grape"
        leftSection={<IconPencil size={10} aria-hidden />}
        tabIndex={0}
        aria-label={`${m.modified.badge}. ${label}`}
      >
        {m.modified.badge}
      </Badge>
    </Tooltip>
  );
}
