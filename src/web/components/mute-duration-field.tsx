/**
 * The duration part of a mute form, shared by the global mutes page and a group's Mutes tab: a preset
 * choice, a custom end time (the operator's local time) when "custom" is chosen, and a live line saying
 * when the mute would end. Each caller passes its presets and its own words; the state lives in
 * `useMuteDuration`, so the caller can send its seconds and name its end in a confirmation (`muteEndText`).
 */
import { SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useId, useState } from 'react';
import { formatUnixSeconds, useLanguage, type Language } from '../lib/i18n/i18n';
import {
  muteSeconds,
  muteStatus,
  secondsUntil,
  type MutePreset,
  type MuteStatus,
} from '../lib/mute-duration';

/** The chosen duration: preset, custom end text, and what they mean now. */
export interface MuteDuration {
  preset: MutePreset;
  setPreset: (preset: MutePreset) => void;
  /** The custom end as the `datetime-local` input holds it (`''`: none). */
  customEnd: string;
  setCustomEnd: (value: string) => void;
  /** Seconds to send, or null when the custom end is not valid. */
  seconds: number | null;
  /** When the mute would end if set now; null when `seconds` is. */
  end: MuteStatus | null;
}

/** The duration state of one form, starting at `initial`. */
export function useMuteDuration(initial: MutePreset): MuteDuration {
  const [preset, setPreset] = useState<MutePreset>(initial);
  const [customEnd, setCustomEnd] = useState('');
  const now = Date.now();
  const seconds = muteSeconds(preset, secondsUntil(customEnd ? new Date(customEnd).getTime() : null, now));
  return {
    preset,
    setPreset,
    customEnd,
    setCustomEnd,
    seconds,
    end: seconds === null ? null : muteStatus(seconds, now),
  };
}

/** A mute's end for a confirmation: "permanently", "until <when>", or `''` when there is none. */
export function muteEndText(
  end: MuteStatus | null,
  lang: Language,
  words: { permanently: string; untilWhen: (when: string) => string },
): string {
  if (end?.kind === 'forever') return words.permanently;
  if (end?.kind === 'until') return words.untilWhen(formatUnixSeconds(end.endsAtMs / 1000, lang));
  return '';
}

/** The caller's words for the field. */
export interface MuteDurationWords<P extends MutePreset> {
  duration: string;
  presets: Record<P, string>;
  endsAt: string;
  endsAtDescription: string;
  endsAtRule: string;
  endsPreview: (when: string) => string;
  forever: string;
}

/**
 * The field. `showErrors` once the operator tried to submit; `stretch` lets the preset control fill the
 * width instead of fitting its choices.
 */
export function MuteDurationField<P extends MutePreset>({
  duration,
  presets,
  words,
  showErrors,
  stretch = false,
}: {
  duration: MuteDuration;
  presets: readonly P[];
  words: MuteDurationWords<P>;
  showErrors: boolean;
  stretch?: boolean;
}) {
  const { lang } = useLanguage();
  const labelId = useId();
  const { end } = duration;
  return (
    <>
      <Stack gap={4}>
        <Text size="sm" fw={500} id={labelId}>
          {words.duration}
        </Text>
        <SegmentedControl
          aria-labelledby={labelId}
          value={duration.preset}
          onChange={(v) => duration.setPreset(v as MutePreset)}
          data={presets.map((p) => ({ value: p, label: words.presets[p] }))}
          style={stretch ? undefined : { alignSelf: 'flex-start' }}
        />
      </Stack>
      {duration.preset === 'custom' && (
        <TextInput
          type="datetime-local"
          label={words.endsAt}
          description={words.endsAtDescription}
          value={duration.customEnd}
          onChange={(e) => duration.setCustomEnd(e.currentTarget.value)}
          error={showErrors && duration.seconds === null ? words.endsAtRule : undefined}
          w={260}
        />
      )}
      <Text size="sm" c="dimmed" aria-live="polite">
        {end?.kind === 'forever'
          ? words.forever
          : end?.kind === 'until'
            ? words.endsPreview(formatUnixSeconds(end.endsAtMs / 1000, lang))
            : ''}
      </Text>
    </>
  );
}
