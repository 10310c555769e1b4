/**
 * Global mute durations (../shared/im-api/12-global-mute.md): presets and a custom end time turned into
 * the seconds `setnospeaking` takes, and remaining seconds from `getnospeaking` turned into an end time.
 * Also the UserID list parser of the page (a pasted list, deduplicated, each bad entry named).
 */
import { MUTE_FOREVER } from '../../../api/endpoints/openconfigsvr/setnospeaking';
import { userIdSchema } from '../../../api/rules';

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

/** A parsed list of UserIDs. */
export interface ParsedIds {
  ids: string[];
  rejected: { position: number; value: string; rule: string }[];
  duplicates: number;
  overflow: number;
}

/** Parses a pasted list (commas, spaces, semicolons or new lines). */
export function parseIds(text: string): ParsedIds {
  const out: ParsedIds = { ids: [], rejected: [], duplicates: 0, overflow: 0 };
  const seen = new Set<string>();
  text
    .split(/[\s,;，；]+/)
    .filter(Boolean)
    .forEach((value, index) => {
      const r = userIdSchema.safeParse(value);
      if (!r.success) {
        out.rejected.push({ position: index + 1, value, rule: r.error.issues[0]?.message ?? 'is not valid' });
      } else if (seen.has(value)) out.duplicates++;
      else if (out.ids.length >= MAX_MUTE_IDS) out.overflow++;
      else {
        seen.add(value);
        out.ids.push(value);
      }
    });
  return out;
}
