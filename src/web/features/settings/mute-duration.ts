/**
 * Global mute durations (../shared/im-api/12-global-mute.md): presets and a custom end time turned into
 * the seconds `setnospeaking` takes, and remaining seconds from `getnospeaking` turned into an end time.
 */
import { MUTE_FOREVER } from '../../../api/endpoints/openconfigsvr/setnospeaking';

/** The duration choices. */
export const mutePresets = ['hour', 'day', 'week', 'forever', 'custom'] as const;
export type MutePreset = (typeof mutePresets)[number];

const presetSeconds: Record<Exclude<MutePreset, 'custom'>, number> = {
  hour: 3_600,
  day: 86_400,
  week: 7 * 86_400,
  forever: MUTE_FOREVER,
};

/**
 * Seconds for `setnospeaking`: a preset's, or from `nowMs` to a custom end time (rounded up). Null when the
 * custom end is missing, not in the future, or so far away that it would reach the "forever" value.
 */
export function muteSeconds(preset: MutePreset, customEndMs: number | null, nowMs: number): number | null {
  if (preset !== 'custom') return presetSeconds[preset];
  if (customEndMs === null || !Number.isFinite(customEndMs)) return null;
  const seconds = Math.ceil((customEndMs - nowMs) / 1000);
  return seconds > 0 && seconds < MUTE_FOREVER ? seconds : null;
}

/** What a remaining-seconds value means: not muted, muted for ever, or muted until a time (ms). */
export type MuteStatus = { kind: 'none' } | { kind: 'forever' } | { kind: 'until'; endsAtMs: number };

/** Reads `getnospeaking`'s remaining seconds, counted from when the answer came. */
export function muteStatus(secondsLeft: number, checkedAtMs: number): MuteStatus {
  if (secondsLeft <= 0) return { kind: 'none' };
  if (secondsLeft >= MUTE_FOREVER) return { kind: 'forever' };
  return { kind: 'until', endsAtMs: checkedAtMs + secondsLeft * 1000 };
}

/** Most accounts one check or change takes. */
export const MAX_MUTE_IDS = 500;
