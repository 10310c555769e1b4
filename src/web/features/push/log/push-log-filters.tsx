/** The push log filters: text, operator, outcome, audience and a time range; each change rewrites the URL. */
import { SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { pushAudienceKinds, pushOutcomes } from '../../../../api/push-log';
import { ChoiceFilter } from '../../../components/log/choice-filter';
import { FilterBar, type LogFiltersProps } from '../../../components/log/filter-bar';
import { TimeRangeFilters } from '../../../components/log/time-range-filters';
import { useMessages } from '../../../lib/i18n/i18n';
import { withFilter } from '../../../lib/log-url';
import { hasFilters, type PushLogFilters } from './filters';
import { pushLogMessages } from './messages';

/** A text filter typed freely and written to the URL after a pause (and at once on Enter). */
function TextFilter({
  label,
  description,
  value,
  max,
  onCommit,
  icon,
}: {
  label: string;
  description: string;
  value: string | undefined;
  max: number;
  onCommit: (v: string | undefined) => void;
  icon?: boolean;
}) {
  const [draft, setDraft] = useState(value ?? '');
  useEffect(() => setDraft(value ?? ''), [value]);
  const commit = useDebouncedCallback((v: string) => onCommit(v.trim() || undefined), 400);
  return (
    <TextInput
      label={label}
      description={description}
      value={draft}
      maxLength={max}
      leftSection={icon ? <IconSearch size={16} aria-hidden /> : undefined}
      onChange={(e) => {
        setDraft(e.currentTarget.value);
        commit(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onCommit(draft.trim() || undefined);
      }}
    />
  );
}

export function PushLogFiltersBar({ filters, onChange }: LogFiltersProps<PushLogFilters>) {
  const m = useMessages(pushLogMessages);
  const set = <K extends keyof PushLogFilters>(key: K, value: PushLogFilters[K] | null | undefined) =>
    onChange(withFilter(filters, key, value));

  return (
    <FilterBar cols={{ base: 1, sm: 2, lg: 3 }} active={hasFilters(filters)} onClear={() => onChange({})}>
      <TextFilter
        label={m.filters.text}
        description={m.filters.textHint}
        value={filters.q}
        max={100}
        onCommit={(v) => set('q', v)}
        icon
      />
      <TextFilter
        label={m.filters.operator}
        description={m.filters.operatorHint}
        value={filters.operator}
        max={64}
        onCommit={(v) => set('operator', v)}
      />
      <SimpleGrid cols={2} spacing="sm">
        <ChoiceFilter
          label={m.filters.outcome}
          description=" "
          choices={pushOutcomes}
          labels={m.outcomes}
          value={filters.outcome}
          onChange={(v) => set('outcome', v)}
        />
        <ChoiceFilter
          label={m.filters.audience}
          description=" "
          choices={pushAudienceKinds}
          labels={m.audiences}
          value={filters.audience}
          onChange={(v) => set('audience', v)}
        />
      </SimpleGrid>
      <TimeRangeFilters filters={filters} onChange={onChange} rangeRule={m.filters.rangeRule} />
    </FilterBar>
  );
}
