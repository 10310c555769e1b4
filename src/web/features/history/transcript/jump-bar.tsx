/**
 * Jump controls: to a date and time (C2C: the API's `MaxTime` moves; groups: the seq sent at that
 * time is found by binary search over seqs, since group history has no time bound) and to a message
 * by its C2C key or group seq. Bad input names the field and the rule.
 */
import { Button, Group, Popover, Stack, Text, TextInput } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { ErrorState } from '../../../components/page-states';
import { useMessages } from '../../../lib/i18n/i18n';
import { findSeqAtTime, parseMsgKey } from '../api';
import { historyMessages } from '../messages';
import type { TranscriptTarget } from '../model';

/** Where to go: a time (C2C), a seq (groups), or a message id. */
export type JumpRequest = { at: number } | { seq: number; msg?: string } | { msg: string };

/** `YYYY-MM-DDTHH:mm` (a datetime-local value, local time) as Unix seconds, or undefined. */
export function localInputToSeconds(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return undefined;
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : undefined;
}

/** The jump popover's contents. */
export function JumpBar({ target, onJump }: { target: TranscriptTarget; onJump: (to: JumpRequest) => void }) {
  const m = useMessages(historyMessages);
  const [opened, setOpened] = useState(false);
  const [date, setDate] = useState('');
  const [dateError, setDateError] = useState<string>();
  const [address, setAddress] = useState('');
  const [addressError, setAddressError] = useState<string>();
  const [searching, setSearching] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const c2c = target.kind === 'c2c';
  const addressLabel = c2c ? m.jump.key : m.jump.seq;

  const jumpToDate = async (e: FormEvent) => {
    e.preventDefault();
    const at = localInputToSeconds(date);
    if (at === undefined) {
      setDateError(m.jump.dateRequired);
      return;
    }
    setDateError(undefined);
    setFailure(undefined);
    if (target.kind === 'c2c') {
      onJump({ at });
      setOpened(false);
      return;
    }
    setSearching(true);
    try {
      const seq = await findSeqAtTime(target, at);
      if (seq === undefined) setDateError(m.jump.notFound);
      else {
        onJump({ seq, msg: `seq:${seq}` });
        setOpened(false);
      }
    } catch (error) {
      setFailure(error);
    } finally {
      setSearching(false);
    }
  };

  const jumpToAddress = (e: FormEvent) => {
    e.preventDefault();
    const value = address.trim();
    if (c2c) {
      if (!parseMsgKey(value)) {
        setAddressError(m.picker.fieldRule(addressLabel, m.jump.keyMalformed));
        return;
      }
      setAddressError(undefined);
      onJump({ msg: value });
    } else {
      if (!/^\d+$/.test(value) || Number(value) < 1) {
        setAddressError(m.picker.fieldRule(addressLabel, m.jump.seqMalformed));
        return;
      }
      setAddressError(undefined);
      onJump({ msg: `seq:${Number(value)}` });
    }
    setOpened(false);
  };

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-start"
      width={360}
      trapFocus
      withArrow
      shadow="md"
    >
      <Popover.Target>
        <Button
          variant="default"
          leftSection={<IconCalendarEvent size={16} />}
          onClick={() => setOpened((o) => !o)}
        >
          {m.jump.title}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="md">
          <form onSubmit={(e) => void jumpToDate(e)} noValidate>
            <Stack gap={6}>
              <TextInput
                type="datetime-local"
                label={m.jump.date}
                description={c2c ? m.jump.dateDescriptionC2c : m.jump.dateDescriptionGroup}
                value={date}
                onChange={(e) => setDate(e.currentTarget.value)}
                error={dateError}
              />
              <Group>
                <Button type="submit" size="xs" loading={searching}>
                  {m.jump.goDate}
                </Button>
                {searching && (
                  <Text size="xs" c="dimmed" role="status">
                    {m.jump.searching}
                  </Text>
                )}
              </Group>
            </Stack>
          </form>
          {failure !== undefined && <ErrorState error={failure} />}
          <form onSubmit={jumpToAddress} noValidate>
            <Stack gap={6}>
              <TextInput
                label={addressLabel}
                description={c2c ? m.jump.keyDescription : m.jump.seqDescription}
                value={address}
                onChange={(e) => setAddress(e.currentTarget.value)}
                error={addressError}
                autoComplete="off"
              />
              <Group>
                <Button type="submit" size="xs" variant="light">
                  {m.jump.goMessage}
                </Button>
              </Group>
            </Stack>
          </form>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
