/**
 * Mute or unmute the listed accounts of a group: UserIDs (parsed with the shared rules, up to 500), a
 * preset or a custom end time, then a confirmation naming the count and the end. Gated by the role table.
 */
import {
  Button,
  Group,
  List,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import { MUTE_FOREVER, UNMUTE } from '../../../../../api/group';
import { AccessGate } from '../../../../lib/access';
import { formatUnixSeconds, useLanguage, useMessages } from '../../../../lib/i18n/i18n';
import { groupMutePresets, MAX_MUTE_IDS, muteSeconds, type MutePreset } from '../../../../lib/mute-duration';
import { parseUserIds } from '../../../../lib/parse-user-ids';
import { ruleText } from '../../../../lib/rule-text';
import { mutesMessages } from './messages';

const GATE = 'group_open_http_svc/forbid_send_msg';

/** The form; `text` is controlled so the table can fill it, `onRun` performs the change. */
export function GroupMuteForm({
  text,
  onTextChange,
  scopeName,
  busy,
  onRun,
}: {
  text: string;
  onTextChange: (text: string) => void;
  /** "this group" or the topic's name, for the confirmation. */
  scopeName: string;
  busy: boolean;
  onRun: (ids: string[], muteTime: number) => void;
}) {
  const m = useMessages(mutesMessages).form;
  const { lang } = useLanguage();
  const [preset, setPreset] = useState<MutePreset>('min10');
  const [customEnd, setCustomEnd] = useState('');
  const [touched, setTouched] = useState(false);

  const parsed = parseUserIds(text, MAX_MUTE_IDS);
  const now = Date.now();
  const customEndMs = customEnd ? new Date(customEnd).getTime() : null;
  const seconds = muteSeconds(preset, customEndMs, now);
  const idsError =
    parsed.rejected.length > 0
      ? parsed.rejected.map((r) => m.rejected(r.position, r.value, ruleText(r.rule, lang)))
      : touched && parsed.ids.length === 0
        ? [m.idsRequired]
        : [];

  function confirm(unmute: boolean) {
    setTouched(true);
    if (parsed.ids.length === 0 || parsed.rejected.length > 0 || (!unmute && seconds === null)) return;
    const ids = parsed.ids;
    const until =
      seconds === MUTE_FOREVER
        ? m.permanently
        : m.untilWhen(formatUnixSeconds(now / 1000 + (seconds ?? 0), lang));
    modals.openConfirmModal({
      title: unmute ? m.confirmUnmuteTitle : m.confirmTitle,
      children: (
        <Text size="sm">
          {unmute ? m.confirmUnmuteBody(ids.length, scopeName) : m.confirmBody(ids.length, until, scopeName)}
        </Text>
      ),
      labels: { confirm: m.confirm, cancel: m.cancel },
      confirmProps: { color: unmute ? 'blue' : 'orange' },
      onConfirm: () => onRun(ids, unmute ? UNMUTE : seconds!),
    });
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="group-mute-form-title">
      <Title order={3} size="h5" id="group-mute-form-title">
        {m.title}
      </Title>
      <Textarea
        label={m.ids}
        description={m.idsDescription}
        placeholder={m.idsPlaceholder}
        value={text}
        onChange={(e) => onTextChange(e.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={6}
        spellCheck={false}
        error={
          idsError.length > 0 ? (
            <List size="xs" c="red">
              {idsError.slice(0, 5).map((e) => (
                <List.Item key={e}>{e}</List.Item>
              ))}
            </List>
          ) : undefined
        }
      />
      {parsed.overflow > 0 && (
        <Text size="sm" c="orange">
          {m.overflow(parsed.overflow)}
        </Text>
      )}
      <Stack gap={4}>
        <Text size="sm" fw={500} id="group-mute-duration-label">
          {m.duration}
        </Text>
        <SegmentedControl
          aria-labelledby="group-mute-duration-label"
          value={preset}
          onChange={(v) => setPreset(v as MutePreset)}
          data={groupMutePresets.map((p) => ({ value: p, label: m.presets[p] }))}
          style={{ alignSelf: 'flex-start' }}
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
      <Group>
        <AccessGate what={GATE}>
          {(disabled) => (
            <Button color="orange" disabled={disabled || busy} onClick={() => confirm(false)}>
              {m.mute(parsed.ids.length)}
            </Button>
          )}
        </AccessGate>
        <AccessGate what={GATE}>
          {(disabled) => (
            <Button variant="default" disabled={disabled || busy} onClick={() => confirm(true)}>
              {m.unmute(parsed.ids.length)}
            </Button>
          )}
        </AccessGate>
      </Group>
    </Stack>
  );
}
