/**
 * Account-wide ("global") mutes (../shared/im-api/12-global-mute.md): per account, a one-to-one mute
 * and a group mute, each either permanent or ending at an absolute time on the emulator clock.
 * C2C and group send handlers ask `isC2cMuted` / `isGroupMuted` (20012 / 10017 while active).
 */
import { z } from 'zod';
import type { StoreSlice } from '../slice';

/** The duration that means "muted forever" (12-global-mute.md: 4294967295). */
export const MUTE_FOREVER_SECONDS = 4294967295;

/** Which of the two global mutes. */
export type MuteKind = 'c2c' | 'group';

const untilSchema = z.union([z.number(), z.literal('forever')]);
/** When a mute ends: Unix seconds, or `forever`. */
export type MuteUntil = z.infer<typeof untilSchema>;

const entrySchema = z.object({ c2c: untilSchema.optional(), group: untilSchema.optional() });
type MuteEntry = z.infer<typeof entrySchema>;

const savedSchema = z.array(z.tuple([z.string(), entrySchema]));

/** The global-mute slice's saved form: UserID → end of each mute (what the demo seed builds). */
export type GlobalMuteSaved = z.infer<typeof savedSchema>;

/** One-to-one and group global mutes by account (12-global-mute.md "Emulator rules"). */
export class GlobalMuteSlice implements StoreSlice<GlobalMuteSaved> {
  readonly key = 'globalMute';
  readonly schema = savedSchema;
  private readonly mutes = new Map<string, MuteEntry>();

  load(data: GlobalMuteSaved | undefined): void {
    this.mutes.clear();
    for (const [userId, entry] of data ?? []) this.mutes.set(userId, { ...entry });
  }

  snapshot(): GlobalMuteSaved {
    return [...this.mutes]
      .map(([u, e]): [string, MuteEntry] => [u, { ...e }])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** A deleted account's mutes go with it (a re-imported account starts unmuted). */
  purgeUser(userId: string): void {
    this.mutes.delete(userId);
  }

  summary(): Record<string, number> {
    return { mutedAccounts: this.mutes.size };
  }

  /**
   * Applies a `setnospeaking` duration: 0 lifts the mute, 4294967295 makes it permanent, any other
   * value mutes for that many seconds from `nowSeconds`.
   */
  set(userId: string, kind: MuteKind, seconds: number, nowSeconds: number): void {
    const entry = { ...this.mutes.get(userId) };
    if (seconds === 0) delete entry[kind];
    else entry[kind] = seconds === MUTE_FOREVER_SECONDS ? 'forever' : nowSeconds + seconds;
    if (entry.c2c === undefined && entry.group === undefined) this.mutes.delete(userId);
    else this.mutes.set(userId, entry);
  }

  /** Seconds of the mute still to run as `getnospeaking` reports it: 0 none/expired, 4294967295 forever. */
  remaining(userId: string, kind: MuteKind, nowSeconds: number): number {
    const until = this.mutes.get(userId)?.[kind];
    if (until === undefined) return 0;
    if (until === 'forever') return MUTE_FOREVER_SECONDS;
    return Math.max(0, until - nowSeconds);
  }

  /** True while the account's one-to-one global mute is active (client C2C sends fail with 20012). */
  isC2cMuted(userId: string, nowSeconds: number): boolean {
    return this.remaining(userId, 'c2c', nowSeconds) > 0;
  }

  /** True while the account's group global mute is active (group sends fail with 10017). */
  isGroupMuted(userId: string, nowSeconds: number): boolean {
    return this.remaining(userId, 'group', nowSeconds) > 0;
  }

  /** Accounts with an active mute and what is left of each, sorted by UserID (for the control routes). */
  muted(nowSeconds: number): { userId: string; c2c: number; group: number }[] {
    return this.snapshot()
      .map(([userId]) => ({
        userId,
        c2c: this.remaining(userId, 'c2c', nowSeconds),
        group: this.remaining(userId, 'group', nowSeconds),
      }))
      .filter((m) => m.c2c > 0 || m.group > 0);
  }
}
