/**
 * Set or lift the global mute of the checked accounts: which messages, a preset or custom end time, a
 * confirmation naming the count, then one call per account with its own result. Gated by the role table.
 */
import { Alert, Button, Checkbox, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { AccessGate } from '../../lib/access';
import { formatUnixSeconds, useLanguage, useMessages } from '../../lib/i18n/i18n';
import { settingsMessages } from './messages';
import { mutePresets, muteSeconds, type MutePreset } from '../../lib/mute-duration';
import { changeMutes, settingsQueries, type MuteChange } from './queries';
import { MUTE_FOREVER } from '../../../api/endpoints/openconfigsvr/setnospeaking';

const GATE = 'openconfigsvr/setnospeaking';

/** The set/lift form for `ids`; `onResults` gets each account's outcome. */
export function MuteForm({ ids, onResults }: { ids: string[]; onResults: (changes: MuteChange[]) => void }) {
  const m = useMessages(settingsMessages).mutes.set;
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  const [c2c, setC2c] = useState(true);
  const [group, setGroup] = useState(true);
  const [preset, setPreset] = useState<MutePreset>('hour');
  const [customEnd, setCustomEnd] = useState('');
  const [touched, setTouched] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<{ ok: number; failed: number } | null>(null);

  const now = Date.now();
  const customEndMs = customEnd ? new Date(customEnd).getTime() : null;
  const seconds = muteSeconds(preset, customEndMs, now);
  const scopeMissing = !c2c && !group;
  const scopeText = [c2c ? m.c2c : null, group ? m.group : null].filter(Boolean).join(m.and);
  const until =
    seconds === null
      ? ''
      : seconds === MUTE_FOREVER
        ? m.permanently
        : m.untilWhen(formatUnixSeconds(now / 1000 + seconds, lang));

  async function run(lift: boolean) {
    const value = lift ? 0 : seconds!;
    setProgress({ done: 0, total: ids.length });
    setSummary(null);
    const results = await changeMutes(
      ids,
      { c2c: c2c ? value : undefined, group: group ? value : undefined },
      (done) => setProgress({ done, total: ids.length }),
    );
    setProgress(null);
    setSummary({ ok: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length });
    onResults(results);
    await queryClient.invalidateQueries({ queryKey: settingsQueries.mutes() });
  }

  function confirm(lift: boolean) {
    setTouched(true);
    if (scopeMissing || ids.length === 0 || (!lift && seconds === null)) return;
    modals.openConfirmModal({
      title: lift ? m.confirmLiftTitle : m.confirmTitle,
      children: (
        <Text size="sm">
          {lift ? m.confirmLiftBody(ids.length, scopeText) : m.confirmBody(ids.length, scopeText, until)}
        </Text>
      ),
      labels: { confirm: m.confirm, cancel: m.cancel },
      confirmProps: { color: lift ? 'blue' : 'orange' },
      onConfirm: () => void run(lift),
    });
  }

  const busy = progress !== null;
  return (
    <Stack gap="sm">
      <Checkbox.Group
        label={m.scope}
        value={[...(c2c ? ['c2c'] : []), ...(group ? ['group'] : [])]}
        onChange={(v) => {
          setC2c(v.includes('c2c'));
          setGroup(v.includes('group'));
        }}
        error={touched && scopeMissing ? m.scopeRequired : undefined}
      >
        <Group mt={4}>
          <Checkbox value="c2c" label={m.c2c} />
          <Checkbox value="group" label={m.group} />
        </Group>
      </Checkbox.Group>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="mute-duration-label">
          {m.duration}
        </Text>
        <SegmentedControl
          aria-labelledby="mute-duration-label"
          value={preset}
          onChange={(v) => setPreset(v as MutePreset)}
          data={mutePresets.map((p) => ({ value: p, label: m.presets[p] }))}
        />
      </Stack>
      {preset === 'custom' && (
        <TextInput
          type="datetime-local"
          label={m.endsAt}
          description={m.endsAtDescription}
          value={customEnd}
          onChange={(e) => setCustomEnd(e.currentTarget.value)}
          error={touched && seconds === null ? m.endsAtRule : undefined}
          w={260}
        />
      )}
      <Text size="sm" c="dimmed" aria-live="polite">
        {seconds === MUTE_FOREVER
          ? m.forever
          : seconds !== null
            ? m.endsPreview(formatUnixSeconds(now / 1000 + seconds, lang))
            : ''}
      </Text>
      {ids.length === 0 && (
        <Text size="sm" c="dimmed">
          {m.needAccounts}
        </Text>
      )}
      <Group>
        <AccessGate what={GATE}>
          {(disabled) => (
            <Button
              color="orange"
              disabled={disabled || ids.length === 0 || busy}
              onClick={() => confirm(false)}
            >
              {m.apply(ids.length)}
            </Button>
          )}
        </AccessGate>
        <AccessGate what={GATE}>
          {(disabled) => (
            <Button
              variant="default"
              disabled={disabled || ids.length === 0 || busy}
              onClick={() => confirm(true)}
            >
              {m.lift(ids.length)}
            </Button>
          )}
        </AccessGate>
      </Group>
      {progress && (
        <Text size="sm" role="status">
          {m.progress(progress.done, progress.total)}
        </Text>
      )}
      {summary && (
        <Alert color={summary.failed ? 'orange' : 'teal'} variant="light" role="status">
          {m.done(summary.ok, summary.failed)}
        </Alert>
      )}
    </Stack>
  );
}
