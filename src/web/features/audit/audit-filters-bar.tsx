/** The audit filters: operator, endpoint, kind, result and a time range; each change rewrites the URL. */
import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { auditKinds, auditResults } from '../../../api/console-api';
import { ChoiceFilter } from '../../components/log/choice-filter';
import { FilterBar, type LogFiltersProps } from '../../components/log/filter-bar';
import { logMessages } from '../../components/log/messages';
import { TimeRangeFilters } from '../../components/log/time-range-filters';
import { useMessages } from '../../lib/i18n/i18n';
import { withFilter } from '../../lib/log-url';
import { auditEndpoints, hasFilters, type AuditFilters } from './filters';
import { auditMessages } from './messages';
import { auditQueries } from './queries';

export function AuditFiltersBar({ filters, onChange }: LogFiltersProps<AuditFilters>) {
  const m = useMessages(auditMessages);
  const any = useMessages(logMessages).any;
  const operators = useQuery(auditQueries.operators());
  const names = new Set(operators.data?.operators.map((o) => o.username) ?? []);
  if (filters.operator) names.add(filters.operator);
  const set = <K extends keyof AuditFilters>(key: K, value: AuditFilters[K] | null | undefined) =>
    onChange(withFilter(filters, key, value));

  return (
    <FilterBar
      cols={{ base: 1, sm: 2, lg: 3, xl: 6 }}
      active={hasFilters(filters)}
      onClear={() => onChange({})}
    >
      <Select
        label={m.filters.operator}
        placeholder={any}
        data={[...names].sort()}
        value={filters.operator ?? null}
        onChange={(v) => set('operator', v)}
        searchable
        clearable
        nothingFoundMessage="—"
      />
      <Select
        label={m.filters.endpoint}
        placeholder={any}
        data={auditEndpoints as string[]}
        value={filters.endpoint ?? null}
        onChange={(v) => set('endpoint', v)}
        searchable
        clearable
        limit={200}
        nothingFoundMessage="—"
      />
      <ChoiceFilter
        label={m.filters.kind}
        choices={auditKinds}
        labels={m.kinds}
        value={filters.kind}
        onChange={(v) => set('kind', v)}
      />
      <ChoiceFilter
        label={m.filters.result}
        choices={auditResults}
        labels={m.results}
        value={filters.result}
        onChange={(v) => set('result', v)}
      />
      <TimeRangeFilters filters={filters} onChange={onChange} rangeRule={m.filters.rangeRule} />
    </FilterBar>
  );
}
