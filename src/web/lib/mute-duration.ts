/**
 * Mute durations shared by the global mutes page (`setnospeaking`, ../shared/im-api/12-global-mute.md) and
 * a group's Mutes tab (`forbid_send_msg`, 10-groups-core.md §2.6). Both take seconds from now, where 0
 * lifts a mute and 4294967295 means forever. Presets and a custom end time turn into those seconds here;
 * a remaining time (`getnospeaking`) or an absolute end (`MutedUntil`) turns into a mute status.
 */
import { MUTE_FOREVER } from '../../api/group';

/** Seconds of each fixed choice. */
const presetSeconds = {
  min10: 600,
  hour: 3_600,
  day: 86_400,
  week: 7 * 86_400,
  forever: MUTE_FOREVER,
} as const;

/** Any duration choice. */
export type MutePreset = keyof typeof presetSeconds | 'custom';

/** The choices of the global mutes page. */
export const mutePresets = [
  'hour',
  'day',
  'week',
  'forever',
  'custom',
] as const satisfies readonly MutePreset[];

/** The choices of a group's Mutes tab (the presets: 10 min, 1 h, 1 day, 7 days, forever, custom). */
export const groupMutePresets = [
  'min10',
  'hour',
  'day',
  'week',
  'forever',
  'custom',
] as const satisfies readonly MutePreset[];

/**
 * Seconds to send: a preset's, or from `nowMs` to a custom end time (rounded up). Null when the custom end
 * is missing, not in the future, or so far away that it would reach the "forever" value.
 */
export function muteSeconds(preset: MutePreset, customEndMs: number | null, nowMs: number): number | null {
  if (preset !== 'custom') return presetSeconds[preset];
  if (customEndMs === null || !Number.isFinite(customEndMs)) return null;
  const seconds = Math.ceil((customEndMs - nowMs) / 1000);
  return seconds > 0 && seconds < MUTE_FOREVER ? seconds : null;
}

/** What a mute means: not muted, muted for ever, or muted until a time (ms). */
export type MuteStatus = { kind: 'none' } | { kind: 'forever' } | { kind: 'until'; endsAtMs: number };

/** Reads `getnospeaking`'s remaining seconds, counted from when the answer came. */
export function muteStatus(secondsLeft: number, checkedAtMs: number): MuteStatus {
  if (secondsLeft <= 0) return { kind: 'none' };
  if (secondsLeft >= MUTE_FOREVER) return { kind: 'forever' };
  return { kind: 'until', endsAtMs: checkedAtMs + secondsLeft * 1000 };
}

/** Reads an absolute end (`MutedUntil`, `MuteUntil`: Unix seconds; 0 = not muted, 4294967295 = forever). */
export function mutedUntilStatus(mutedUntil: number): MuteStatus {
  if (mutedUntil <= 0) return { kind: 'none' };
  if (mutedUntil >= MUTE_FOREVER) return { kind: 'forever' };
  return { kind: 'until', endsAtMs: mutedUntil * 1000 };
}

/** Most accounts one check or change takes (also `forbid_send_msg`'s documented cap). */
export const MAX_MUTE_IDS = 500;
