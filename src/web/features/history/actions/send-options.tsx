/** The delivery options of a send: sender sync (C2C), offline push and the unread/last-message flags, each explained. */
import { Checkbox, Fieldset, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useMessages } from '../../../lib/i18n/i18n';
import { actionMessages } from './messages';
import type { SendOptions } from './send';

/** Option fields; `sync` only for one-to-one sends (groups have no SyncOtherMachine). */
export function SendOptionsFields({
  value,
  onChange,
  sync,
  disabled,
}: {
  value: SendOptions;
  onChange: (next: SendOptions) => void;
  sync: boolean;
  disabled?: boolean;
}) {
  const m = useMessages(actionMessages);
  const set = <K extends keyof SendOptions>(key: K, v: SendOptions[K]) => onChange({ ...value, [key]: v });
  return (
    <Stack gap="sm">
      {sync && (
        <Select
          label={m.send.sync}
          description={m.send.syncHelp}
          value={value.sync}
          onChange={(v) => set('sync', (v ?? 'default') as SendOptions['sync'])}
          allowDeselect={false}
          disabled={disabled}
          data={[
            { value: 'default', label: m.send.syncDefault },
            { value: '1', label: m.send.sync1 },
            { value: '2', label: m.send.sync2 },
          ]}
        />
      )}
      <Fieldset legend={m.send.push} variant="filled" disabled={disabled}>
        <Stack gap="xs">
          <Switch
            label={m.send.pushOn}
            checked={value.push}
            onChange={(e) => set('push', e.currentTarget.checked)}
          />
          <Text size="xs" c="dimmed">
            {m.send.pushHelp}
          </Text>
          {value.push && (
            <>
              <Group grow align="start">
                <TextInput
                  label={m.send.pushTitle}
                  value={value.pushTitle}
                  onChange={(e) => set('pushTitle', e.currentTarget.value)}
                />
                <TextInput
                  label={m.send.pushDesc}
                  value={value.pushDesc}
                  onChange={(e) => set('pushDesc', e.currentTarget.value)}
                />
              </Group>
              <TextInput
                label={m.send.pushExt}
                value={value.pushExt}
                onChange={(e) => set('pushExt', e.currentTarget.value)}
              />
            </>
          )}
        </Stack>
      </Fieldset>
      <Checkbox
        label={m.send.noUnread}
        checked={value.noUnread}
        onChange={(e) => set('noUnread', e.currentTarget.checked)}
        disabled={disabled}
      />
      <Checkbox
        label={m.send.noLastMsg}
        checked={value.noLastMsg}
        onChange={(e) => set('noLastMsg', e.currentTarget.checked)}
        disabled={disabled}
      />
    </Stack>
  );
}
