/** The push log filters: text, operator, outcome, audience and a time range; each change rewrites the URL. */
import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { pushAudienceKinds, pushOutcomes } from '../../../../api/push-log';
import { useMessages } from '../../../lib/i18n/i18n';
import { hasFilters, type PushLogFilters } from './filters';
import { pushLogMessages } from './messages';

/** Mantine's pickers speak local "YYYY-MM-DD HH:mm:ss"; the URL and the proxy speak UTC ISO. */
function toPicker(iso: string | undefined): string | null {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : null;
}
function fromPicker(value: string | null): string | undefined {
  if (!value) return undefined;
  const d = dayjs(value);
  return d.isValid() ? d.toDate().toISOString() : undefined;
}

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

export function PushLogFiltersBar({
  filters,
  onChange,
}: {
  filters: PushLogFilters;
  onChange: (next: PushLogFilters) => void;
}) {
  const m = useMessages(pushLogMessages);
  const set = <K extends keyof PushLogFilters>(key: K, value: PushLogFilters[K] | null | undefined) => {
    const next = { ...filters };
    if (value === null || value === undefined || value === '') delete next[key];
    else next[key] = value;
    onChange(next);
  };
  const badRange = filters.from !== undefined && filters.to !== undefined && filters.from >= filters.to;

  return (
    <div role="search" aria-label={m.filters.label}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
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
          <Select
            label={m.filters.outcome}
            description=" "
            placeholder={m.filters.any}
            data={pushOutcomes.map((o) => ({ value: o, label: m.outcomes[o] }))}
            value={filters.outcome ?? null}
            onChange={(v) => set('outcome', v as PushLogFilters['outcome'])}
            clearable
          />
          <Select
            label={m.filters.audience}
            description=" "
            placeholder={m.filters.any}
            data={pushAudienceKinds.map((a) => ({ value: a, label: m.audiences[a] }))}
            value={filters.audience ?? null}
            onChange={(v) => set('audience', v as PushLogFilters['audience'])}
            clearable
          />
        </SimpleGrid>
        <DateTimePicker
          label={m.filters.from}
          placeholder={m.filters.any}
          value={toPicker(filters.from)}
          onChange={(v) => set('from', fromPicker(v))}
          clearable
          withSeconds={false}
          valueFormat="YYYY-MM-DD HH:mm"
        />
        <DateTimePicker
          label={m.filters.to}
          placeholder={m.filters.any}
          value={toPicker(filters.to)}
          onChange={(v) => set('to', fromPicker(v))}
          clearable
          withSeconds={false}
          valueFormat="YYYY-MM-DD HH:mm"
          error={badRange ? m.filters.rangeRule : undefined}
        />
      </SimpleGrid>
      {hasFilters(filters) && (
        <Group mt="xs">
          <Button variant="subtle" size="xs" onClick={() => onChange({})}>
            {m.filters.clear}
          </Button>
        </Group>
      )}
    </div>
  );
}
