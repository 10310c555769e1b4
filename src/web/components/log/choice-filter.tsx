/** A log filter that picks one value of a fixed set (a kind, a result, an outcome), or any. */
import { Select } from '@mantine/core';
import { useMessages } from '../../lib/i18n/i18n';
import { logMessages } from './messages';

export function ChoiceFilter<V extends string>({
  label,
  description,
  choices,
  labels,
  value,
  onChange,
}: {
  label: string;
  description?: string;
  /** The values, in the order they are offered. */
  choices: readonly V[];
  labels: Record<V, string>;
  value: V | undefined;
  onChange: (value: V | undefined) => void;
}) {
  const m = useMessages(logMessages);
  return (
    <Select
      label={label}
      description={description}
      placeholder={m.any}
      data={choices.map((c) => ({ value: c, label: labels[c] }))}
      value={value ?? null}
      onChange={(v) => onChange(choices.find((c) => c === v))}
      clearable
    />
  );
}
