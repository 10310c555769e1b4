/**
 * The emulator's sense of time. Every time-dependent rule (UserSig expiry, kick cut-off, PushOnline
 * expiry, rate-limit windows) reads an injected clock, so tests can freeze and advance time
 * (house-style.md "The emulator": deterministic, injectable clock).
 */

/** Something that tells the time in Unix milliseconds. */
export interface Clock {
  nowMs(): number;
}

/** A clock that can be moved by hand: frozen unless told to advance. */
export interface ManualClock extends Clock {
  /** Moves time forward by `ms` milliseconds (negative moves it back). */
  advance(ms: number): void;
  /** Sets the time to `ms` Unix milliseconds. */
  set(ms: number): void;
}

/** A clock that follows a base clock plus an adjustable offset (what `POST /__emulator/clock` moves). */
export interface AdjustableClock extends ManualClock {
  /** Current offset from the base clock in milliseconds. */
  offsetMs(): number;
}

/** The real wall clock. */
export const systemClock: Clock = { nowMs: () => Date.now() };

/** A frozen clock starting at `startMs` (default 2025-01-01T00:00:00Z), moved only by `advance`/`set`. */
export function createManualClock(startMs = Date.UTC(2025, 0, 1)): ManualClock {
  let now = startMs;
  return {
    nowMs: () => now,
    advance: (ms) => {
      now += ms;
    },
    set: (ms) => {
      now = ms;
    },
  };
}

/** Wraps `base` so that time can be shifted at run time without replacing the clock others hold. */
export function createAdjustableClock(base: Clock): AdjustableClock {
  let offset = 0;
  return {
    nowMs: () => base.nowMs() + offset,
    advance: (ms) => {
      offset += ms;
    },
    set: (ms) => {
      offset = ms - base.nowMs();
    },
    offsetMs: () => offset,
  };
}

/** Whole Unix seconds of a clock, as UserSig and most IM fields count time. */
export function nowSeconds(clock: Clock): number {
  return Math.floor(clock.nowMs() / 1000);
}
