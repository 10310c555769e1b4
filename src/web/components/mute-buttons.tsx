/**
 * The pair of buttons that ends a mute form: mute (orange) and unmute or lift (plain), both gated by the
 * role table on the endpoint that makes the change. Shared by the global mutes page and a group's Mutes tab.
 */
import { Button, Group } from '@mantine/core';
import { AccessGate } from '../lib/access';

/** The buttons; `disabled` adds the caller's own reasons (nothing chosen, a change running). */
export function MuteButtons({
  gate,
  disabled,
  muteLabel,
  unmuteLabel,
  onMute,
  onUnmute,
}: {
  /** The endpoint (`service/command`) whose permission the buttons need. */
  gate: string;
  disabled: boolean;
  muteLabel: string;
  unmuteLabel: string;
  onMute: () => void;
  onUnmute: () => void;
}) {
  return (
    <Group>
      <AccessGate what={gate}>
        {(denied) => (
          <Button color="orange" disabled={denied || disabled} onClick={onMute}>
            {muteLabel}
          </Button>
        )}
      </AccessGate>
      <AccessGate what={gate}>
        {(denied) => (
          <Button variant="default" disabled={denied || disabled} onClick={onUnmute}>
            {unmuteLabel}
          </Button>
        )}
      </AccessGate>
    </Group>
  );
}
