/** "Open a group by ID" on `/groups`: goes to `/groups/:id` for the exact ID typed (no search needed). */
import { Button, Card, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMessages } from '../../lib/i18n/i18n';
import { groupsMessages } from './messages';

/** The form in its card. */
export function OpenGroupCard() {
  const m = useMessages(groupsMessages);
  const navigate = useNavigate();
  const [openId, setOpenId] = useState('');
  const [openError, setOpenError] = useState<string>();
  const onOpen = (e: FormEvent) => {
    e.preventDefault();
    const id = openId.trim();
    if (!id) {
      setOpenError(m.open.empty);
      return;
    }
    void navigate(`/groups/${encodeURIComponent(id)}`);
  };

  return (
    <Card withBorder>
      <form onSubmit={onOpen} aria-label={m.open.label}>
        <Group align="flex-end">
          <TextInput
            label={m.open.label}
            placeholder={m.open.placeholder}
            value={openId}
            onChange={(e) => {
              setOpenId(e.currentTarget.value);
              setOpenError(undefined);
            }}
            error={openError}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            style={{ flex: 1 }}
          />
          <Button type="submit" variant="light">
            {m.open.submit}
          </Button>
        </Group>
      </form>
    </Card>
  );
}
