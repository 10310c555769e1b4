/** The frame of a log page's filters: a labelled search landmark, a grid of fields and "Clear filters". */
import { Button, Group, SimpleGrid, type SimpleGridProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useMessages } from '../../lib/i18n/i18n';
import { logMessages } from './messages';

/** What a log's own filter bar takes: the filters in the URL and how to replace them. */
export interface LogFiltersProps<F> {
  filters: F;
  onChange: (next: F) => void;
}

/** Lays out `children` (the fields) and offers to clear them while any is set. */
export function FilterBar({
  cols,
  active,
  onClear,
  children,
}: {
  cols: SimpleGridProps['cols'];
  /** Whether any filter is set. */
  active: boolean;
  onClear: () => void;
  children: ReactNode;
}) {
  const m = useMessages(logMessages);
  return (
    <div role="search" aria-label={m.filters}>
      <SimpleGrid cols={cols} spacing="sm">
        {children}
      </SimpleGrid>
      {active && (
        <Group mt="xs">
          <Button variant="subtle" size="xs" onClick={onClear}>
            {m.clear}
          </Button>
        </Group>
      )}
    </div>
  );
}
