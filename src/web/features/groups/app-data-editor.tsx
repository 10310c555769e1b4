/** Key/value rows for a group's app-defined data (at most 10 keys), with per-row contract errors. */
import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { GROUP_LIMITS } from '../../../api/group';
import { useMessages } from '../../lib/i18n/i18n';
import { groupsMessages } from './messages';

/** One row being edited. */
export interface AppDataRow {
  Key: string;
  Value: string;
}

/** The editor; `errors` are keyed `AppDefinedData.<index>` (see `fieldErrors`). */
export function AppDataEditor({
  rows,
  onChange,
  errors,
  hint,
  keysLocked = 0,
}: {
  rows: AppDataRow[];
  onChange: (rows: AppDataRow[]) => void;
  errors: Record<string, string>;
  hint?: string;
  /** The first `keysLocked` rows are existing fields: their key cannot change. */
  keysLocked?: number;
}) {
  const m = useMessages(groupsMessages);
  const set = (i: number, patch: Partial<AppDataRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {m.create.appData}
      </Text>
      <Text size="xs" c="dimmed">
        {m.create.appDataHint}
        {hint ? ` ${hint}` : ''}
      </Text>
      {rows.map((row, i) => (
        <Group key={i} align="flex-start" wrap="nowrap">
          <TextInput
            aria-label={`${m.create.key} ${i + 1}`}
            placeholder={m.create.key}
            value={row.Key}
            readOnly={i < keysLocked}
            onChange={(e) => set(i, { Key: e.currentTarget.value })}
            error={errors[`AppDefinedData.${i}`]}
            w={200}
          />
          <TextInput
            aria-label={`${m.create.value} ${i + 1}`}
            placeholder={m.create.value}
            value={row.Value}
            onChange={(e) => set(i, { Value: e.currentTarget.value })}
            style={{ flex: 1 }}
          />
          {i >= keysLocked && (
            <ActionIcon
              variant="subtle"
              color="red"
              mt={6}
              aria-label={m.create.removeKey(i + 1)}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          )}
        </Group>
      ))}
      {errors.AppDefinedData && (
        <Text c="red" size="sm">
          {errors.AppDefinedData}
        </Text>
      )}
      <Group>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          disabled={rows.length >= GROUP_LIMITS.appDefinedDataKeys}
          onClick={() => onChange([...rows, { Key: '', Value: '' }])}
        >
          {m.create.addKey}
        </Button>
      </Group>
    </Stack>
  );
}
