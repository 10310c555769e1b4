/**
 * Global mute durations (../shared/im-api/12-global-mute.md): 0 lifts a mute, 4294967295 means forever,
 * any other value is seconds from now. Presets and the custom length turn into those seconds here, and a
 * remaining time read with `getnospeaking` turns into an end time.
 */
import { MUTE_FOREVER } from '../../../../api/endpoints/openconfigsvr/setnospeaking';

/** The duration choices the Status tab offers. */
export const mutePresets = ['h1', 'd1', 'd7', 'forever', 'custom'] as const;

/** One duration choice. */
export type MutePreset = (typeof mutePresets)[number];

/** Units of a custom length. */
export const muteUnits = ['minutes', 'hours', 'days'] as const;

/** A custom-length unit. */
export type MuteUnit = (typeof muteUnits)[number];

const unitSeconds: Record<MuteUnit, number> = { minutes: 60, hours: 3600, days: 86_400 };

/** Longest finite mute in seconds: one less than the "forever" value. */
export const MUTE_MAX_FINITE = MUTE_FOREVER - 1;

const presetSeconds: Record<Exclude<MutePreset, 'custom'>, number> = {
  h1: 3600,
  d1: 86_400,
  d7: 7 * 86_400,
  forever: MUTE_FOREVER,
};

/**
 * The `*NospeakingTime` value of a choice, or undefined when a custom length is not a whole number of
 * at least 1 or would reach the "forever" value.
 */
export function muteSeconds(
  preset: MutePreset,
  amount?: number,
  unit: MuteUnit = 'hours',
): number | undefined {
  if (preset !== 'custom') return presetSeconds[preset];
  if (amount === undefined || !Number.isInteger(amount) || amount < 1) return undefined;
  const seconds = amount * unitSeconds[unit];
  return seconds > MUTE_MAX_FINITE ? undefined : seconds;
}

/** What a remaining time means: not muted, muted forever, or muted until a Unix time (seconds). */
export type MuteState = { kind: 'none' } | { kind: 'forever' } | { kind: 'until'; until: number };

/** Reads a `getnospeaking` remaining time, measured at `readAtMs` (epoch milliseconds). */
export function muteState(remaining: number, readAtMs: number): MuteState {
  if (remaining <= 0) return { kind: 'none' };
  if (remaining >= MUTE_FOREVER) return { kind: 'forever' };
  return { kind: 'until', until: Math.floor(readAtMs / 1000) + remaining };
}

/** The end of a mute about to be set `seconds` from `nowMs`; undefined for forever. */
export function muteEnd(seconds: number, nowMs: number): number | undefined {
  return seconds >= MUTE_FOREVER ? undefined : Math.floor(nowMs / 1000) + seconds;
}
