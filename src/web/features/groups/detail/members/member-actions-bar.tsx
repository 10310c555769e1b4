/**
 * The Members tab's action row: add, remove (the selected members, or any typed) and import, each gated by
 * the role table; the selection with its clear button; and how much of the list is loaded.
 */
import { Button, Group, Text } from '@mantine/core';
import { AccessGate } from '../../../../lib/access';
import { useMessages } from '../../../../lib/i18n/i18n';
import { membersMessages } from './messages';

/** The row; `status` is the loaded-count line (none while it does not apply). */
export function MemberActionsBar({
  selectedCount,
  status,
  onAdd,
  onRemove,
  onImport,
  onClearSelection,
}: {
  selectedCount: number;
  status: string | undefined;
  onAdd: () => void;
  onRemove: () => void;
  onImport: () => void;
  onClearSelection: () => void;
}) {
  const m = useMessages(membersMessages);
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Group gap="sm">
        <AccessGate what="group_open_http_svc/add_group_member">
          {(disabled) => (
            <Button disabled={disabled} onClick={onAdd}>
              {m.actions.add}
            </Button>
          )}
        </AccessGate>
        <AccessGate what="group_open_http_svc/delete_group_member">
          {(disabled) => (
            <Button color="red" variant="light" disabled={disabled} onClick={onRemove}>
              {selectedCount > 0 ? m.actions.removeSelected(selectedCount) : m.actions.remove}
            </Button>
          )}
        </AccessGate>
        <AccessGate what="group_open_http_svc/import_group_member">
          {(disabled) => (
            <Button variant="default" disabled={disabled} onClick={onImport}>
              {m.actions.import}
            </Button>
          )}
        </AccessGate>
        {selectedCount > 0 && (
          <Group gap="xs">
            <Text size="sm">{m.actions.selected(selectedCount)}</Text>
            <Button variant="subtle" size="xs" onClick={onClearSelection}>
              {m.actions.clearSelection}
            </Button>
          </Group>
        )}
      </Group>
      {status !== undefined && (
        <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="member-count">
          {status}
        </Text>
      )}
    </Group>
  );
}
