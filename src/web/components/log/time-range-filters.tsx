/** The "From" and "Until" fields of a log's filters: local times in the pickers, UTC ISO in the URL. */
import { DateTimePicker } from '@mantine/dates';
import dayjs from 'dayjs';
import { useMessages } from '../../lib/i18n/i18n';
import { withFilter } from '../../lib/log-url';
import type { LogFiltersProps } from './filter-bar';
import { logMessages } from './messages';

/** The time range every log is filtered by: ISO instants (UTC), `from` inclusive, `to` exclusive. */
export interface TimeRange {
  from?: string;
  to?: string;
}

/** Mantine's pickers speak local "YYYY-MM-DD HH:mm:ss"; the URL and the proxy speak UTC ISO. */
function toPicker(iso: string | undefined): string | null {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : null;
}
function fromPicker(value: string | null): string | undefined {
  if (!value) return undefined;
  const d = dayjs(value);
  return d.isValid() ? d.toDate().toISOString() : undefined;
}

/** Two grid cells; "Until" shows `rangeRule` while it is not later than "From". */
export function TimeRangeFilters<F extends TimeRange>({
  filters,
  onChange,
  rangeRule,
}: LogFiltersProps<F> & { rangeRule: string }) {
  const m = useMessages(logMessages);
  const { from, to } = filters;
  const set = (key: keyof TimeRange, iso: string | undefined) =>
    onChange(withFilter(filters, key, iso as F[keyof TimeRange]));
  const badRange = from !== undefined && to !== undefined && from >= to;
  return (
    <>
      <DateTimePicker
        label={m.from}
        placeholder={m.any}
        value={toPicker(from)}
        onChange={(v) => set('from', fromPicker(v))}
        clearable
        withSeconds={false}
        valueFormat="YYYY-MM-DD HH:mm"
      />
      <DateTimePicker
        label={m.to}
        placeholder={m.any}
        value={toPicker(to)}
        onChange={(v) => set('to', fromPicker(v))}
        clearable
        withSeconds={false}
        valueFormat="YYYY-MM-DD HH:mm"
        error={badRange ? rangeRule : undefined}
      />
    </>
  );
}
