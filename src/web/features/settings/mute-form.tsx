/**
 * Set or lift the global mute of the checked accounts: which messages, a preset or custom end time, a
 * confirmation naming the count, then one call per account with its own result. Gated by the role table.
 */
import { Alert, Checkbox, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { MuteButtons } from '../../components/mute-buttons';
import { MuteDurationField, muteEndText, useMuteDuration } from '../../components/mute-duration-field';
import { useLanguage, useMessages } from '../../lib/i18n/i18n';
import { settingsMessages } from './messages';
import { mutePresets } from '../../lib/mute-duration';
import { changeMutes, settingsQueries, type MuteChange } from './queries';

const GATE = 'openconfigsvr/setnospeaking';

/** The set/lift form for `ids`; `onResults` gets each account's outcome. */
export function MuteForm({ ids, onResults }: { ids: string[]; onResults: (changes: MuteChange[]) => void }) {
  const m = useMessages(settingsMessages).mutes.set;
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  const [c2c, setC2c] = useState(true);
  const [group, setGroup] = useState(true);
  const duration = useMuteDuration('hour');
  const [touched, setTouched] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<{ ok: number; failed: number } | null>(null);

  const { seconds, end } = duration;
  const scopeMissing = !c2c && !group;
  const scopeText = [c2c ? m.c2c : null, group ? m.group : null].filter(Boolean).join(m.and);
  const until = muteEndText(end, lang, m);

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
      <MuteDurationField duration={duration} presets={mutePresets} words={m} showErrors={touched} stretch />
      {ids.length === 0 && (
        <Text size="sm" c="dimmed">
          {m.needAccounts}
        </Text>
      )}
      <MuteButtons
        gate={GATE}
        disabled={ids.length === 0 || busy}
        muteLabel={m.apply(ids.length)}
        unmuteLabel={m.lift(ids.length)}
        onMute={() => confirm(false)}
        onUnmute={() => confirm(true)}
      />
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
