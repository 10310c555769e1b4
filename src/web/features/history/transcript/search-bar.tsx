/** Find in the loaded transcript: the query (kept in the URL), match count, previous/next, search older pages. */
import { ActionIcon, Button, Group, Text, TextInput, Tooltip } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSearch } from '@tabler/icons-react';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useMessages } from '../../../lib/i18n/i18n';
import { historyMessages } from '../messages';

/** Props of `SearchBar`. */
export interface SearchBarProps {
  query: string;
  onQuery: (q: string) => void;
  /** Current match (1-based; 0 = none) and count. */
  at: number;
  total: number;
  onPrevious: () => void;
  onNext: () => void;
  hasOlder: boolean;
  searchingOlder: boolean;
  onSearchOlder: () => void;
}

/** The search row above the transcript. */
export function SearchBar({
  query,
  onQuery,
  at,
  total,
  onPrevious,
  onNext,
  hasOlder,
  searchingOlder,
  onSearchOlder,
}: SearchBarProps) {
  const m = useMessages(historyMessages);
  const [text, setText] = useState(query);
  useEffect(() => setText(query), [query]);
  // The URL follows the typing after a short pause (one history entry per search, not per key).
  useEffect(() => {
    if (text === query) return;
    const t = setTimeout(() => onQuery(text), 250);
    return () => clearTimeout(t);
  }, [text, query, onQuery]);

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    if (text !== query) onQuery(text);
    else if (e.shiftKey) onPrevious();
    else onNext();
  };
  const active = query.trim() !== '';
  return (
    <Group gap="xs" wrap="wrap" align="flex-end">
      <TextInput
        label={m.search.label}
        placeholder={m.search.placeholder}
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={onKey}
        w={260}
        type="search"
      />
      <Text size="sm" c="dimmed" role="status" aria-live="polite" mb={8} miw={80}>
        {active ? m.search.count(at, total) : ''}
      </Text>
      <Tooltip label={m.search.previous}>
        <ActionIcon
          variant="default"
          size="lg"
          mb={2}
          aria-label={m.search.previous}
          onClick={onPrevious}
          disabled={total === 0}
        >
          <IconChevronUp size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={m.search.next}>
        <ActionIcon
          variant="default"
          size="lg"
          mb={2}
          aria-label={m.search.next}
          onClick={onNext}
          disabled={total === 0}
        >
          <IconChevronDown size={16} />
        </ActionIcon>
      </Tooltip>
      {active && hasOlder && (
        <Button variant="subtle" size="xs" mb={6} loading={searchingOlder} onClick={onSearchOlder}>
          {m.search.searchOlder}
        </Button>
      )}
      {active && !hasOlder && (
        <Text size="xs" c="dimmed" mb={8}>
          {m.search.allLoaded}
        </Text>
      )}
    </Group>
  );
}
