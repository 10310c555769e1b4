/** The audit filters: operator, endpoint, kind, result and a time range; each change rewrites the URL. */
import { Button, Group, Select, SimpleGrid } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { auditKinds, auditResults } from '../../../api/console-api';
import { useMessages } from '../../lib/i18n/i18n';
import { auditEndpoints, hasFilters, type AuditFilters } from './filters';
import { auditMessages } from './messages';
import { auditQueries } from './queries';

/** Mantine's pickers speak local "YYYY-MM-DD HH:mm:ss"; the URL and the proxy speak UTC ISO. */
function toPicker(iso: string | undefined): string | null {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : null;
}
function fromPicker(value: string | null): string | undefined {
  if (!value) return undefined;
  const d = dayjs(value);
  return d.isValid() ? d.toDate().toISOString() : undefined;
}

export function AuditFiltersBar({
  filters,
  onChange,
}: {
  filters: AuditFilters;
  onChange: (next: AuditFilters) => void;
}) {
  const m = useMessages(auditMessages);
  const operators = useQuery(auditQueries.operators());
  const names = new Set(operators.data?.operators.map((o) => o.username) ?? []);
  if (filters.operator) names.add(filters.operator);
  const set = <K extends keyof AuditFilters>(key: K, value: AuditFilters[K] | null | undefined) => {
    const next = { ...filters };
    if (value === null || value === undefined || value === '') delete next[key];
    else next[key] = value;
    onChange(next);
  };
  const badRange = filters.from !== undefined && filters.to !== undefined && filters.from >= filters.to;

  return (
    <div role="search" aria-label={m.filters.label}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3, xl: 6 }} spacing="sm">
        <Select
          label={m.filters.operator}
          placeholder={m.filters.any}
          data={[...names].sort()}
          value={filters.operator ?? null}
          onChange={(v) => set('operator', v)}
          searchable
          clearable
          nothingFoundMessage="—"
        />
        <Select
          label={m.filters.endpoint}
          placeholder={m.filters.any}
          data={auditEndpoints as string[]}
          value={filters.endpoint ?? null}
          onChange={(v) => set('endpoint', v)}
          searchable
          clearable
          limit={200}
          nothingFoundMessage="—"
        />
        <Select
          label={m.filters.kind}
          placeholder={m.filters.any}
          data={auditKinds.map((k) => ({ value: k, label: m.kinds[k] }))}
          value={filters.kind ?? null}
          onChange={(v) => set('kind', v as AuditFilters['kind'])}
          clearable
        />
        <Select
          label={m.filters.result}
          placeholder={m.filters.any}
          data={auditResults.map((r) => ({ value: r, label: m.results[r] }))}
          value={filters.result ?? null}
          onChange={(v) => set('result', v as AuditFilters['result'])}
          clearable
        />
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
