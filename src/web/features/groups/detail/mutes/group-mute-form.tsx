/**
 * Mute or unmute the listed accounts of a group: UserIDs (parsed with the shared rules, up to 500), a
 * preset or a custom end time, then a confirmation naming the count and the end. Gated by the role table.
 */
import { List, Stack, Text, Textarea, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import { UNMUTE } from '../../../../../api/group';
import { MuteButtons } from '../../../../components/mute-buttons';
import { MuteDurationField, muteEndText, useMuteDuration } from '../../../../components/mute-duration-field';
import { useLanguage, useMessages } from '../../../../lib/i18n/i18n';
import { groupMutePresets, MAX_MUTE_IDS } from '../../../../lib/mute-duration';
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
  const duration = useMuteDuration('min10');
  const [touched, setTouched] = useState(false);

  const parsed = parseUserIds(text, MAX_MUTE_IDS);
  const { seconds, end } = duration;
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
    const until = muteEndText(end, lang, m);
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
      <MuteDurationField duration={duration} presets={groupMutePresets} words={m} showErrors={touched} />
      <MuteButtons
        gate={GATE}
        disabled={busy}
        muteLabel={m.mute(parsed.ids.length)}
        unmuteLabel={m.unmute(parsed.ids.length)}
        onMute={() => confirm(false)}
        onUnmute={() => confirm(true)}
      />
    </Stack>
  );
}
