/**
 * Mute durations shared by the global mutes page and a user's Status tab (`setnospeaking`,
 * ../shared/im-api/12-global-mute.md) and a group's Mutes tab (`forbid_send_msg`, 10-groups-core.md §2.6).
 * All take seconds from now, where 0 lifts a mute and 4294967295 means forever. Presets, a custom end time
 * or a custom length turn into those seconds here; a remaining time (`getnospeaking`) or an absolute end
 * (`MutedUntil`) turns into a mute status.
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

/** The choices of the global mutes page and a user's Status tab. */
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

/** Units of a custom length. */
export const muteUnits = ['minutes', 'hours', 'days'] as const;

/** A custom-length unit. */
export type MuteUnit = (typeof muteUnits)[number];

const unitSeconds: Record<MuteUnit, number> = { minutes: 60, hours: 3600, days: 86_400 };

/** Longest finite mute in seconds: one less than the "forever" value. */
export const MUTE_MAX_FINITE = MUTE_FOREVER - 1;

/** `seconds` when it is a finite mute (more than 0, less than forever), else null. */
function finite(seconds: number): number | null {
  return seconds > 0 && seconds < MUTE_FOREVER ? seconds : null;
}

/** Seconds to send for a choice: a preset's, or for `custom` the custom seconds (null when not valid). */
export function muteSeconds(preset: MutePreset, customSeconds: number | null): number | null {
  return preset === 'custom' ? customSeconds : presetSeconds[preset];
}

/**
 * Seconds from `nowMs` to a custom end time (rounded up). Null when the end is missing, not in the future,
 * or so far away that it would reach the "forever" value.
 */
export function secondsUntil(endMs: number | null, nowMs: number): number | null {
  if (endMs === null || !Number.isFinite(endMs)) return null;
  return finite(Math.ceil((endMs - nowMs) / 1000));
}

/** Seconds of a custom length; null unless it is a whole number of at least 1 that stays below forever. */
export function lengthSeconds(amount: number | undefined, unit: MuteUnit): number | null {
  if (amount === undefined || !Number.isInteger(amount) || amount < 1) return null;
  return finite(amount * unitSeconds[unit]);
}

/** What a mute means: not muted, muted for ever, or muted until a time (ms). */
export type MuteStatus = { kind: 'none' } | { kind: 'forever' } | { kind: 'until'; endsAtMs: number };

/**
 * A mute with `secondsLeft` counted from `fromMs`: `getnospeaking`'s remaining seconds from when the
 * answer came, or a mute about to be set from now (for its end).
 */
export function muteStatus(secondsLeft: number, fromMs: number): MuteStatus {
  if (secondsLeft <= 0) return { kind: 'none' };
  if (secondsLeft >= MUTE_FOREVER) return { kind: 'forever' };
  return { kind: 'until', endsAtMs: fromMs + secondsLeft * 1000 };
}

/** Reads an absolute end (`MutedUntil`, `MuteUntil`: Unix seconds; 0 = not muted, 4294967295 = forever). */
export function mutedUntilStatus(mutedUntil: number): MuteStatus {
  if (mutedUntil <= 0) return { kind: 'none' };
  if (mutedUntil >= MUTE_FOREVER) return { kind: 'forever' };
  return { kind: 'until', endsAtMs: mutedUntil * 1000 };
}

/** Most accounts one check or change takes (also `forbid_send_msg`'s documented cap). */
export const MAX_MUTE_IDS = 500;
