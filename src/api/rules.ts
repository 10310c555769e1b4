/**
 * Reusable zod building blocks for the documented field rules of the IM REST API
 * (byte lengths, UserIDs, integer ranges). Messages name the rule so the UI and the proxy can
 * show them as they are. Source: ../shared/im-api/01-conventions.md §8, 02-accounts.md "Shared rules".
 */
import { z } from 'zod';

const encoder = new TextEncoder();

/** UTF-8 byte length of a string (the IM API measures string limits in bytes, not characters). */
export function byteLength(value: string): number {
  return encoder.encode(value).length;
}

/** A string of at most `max` UTF-8 bytes. */
export function bytes(max: number) {
  return z.string().refine((s) => byteLength(s) <= max, { message: `must be at most ${max} bytes (UTF-8)` });
}

/** A non-empty string of at most `max` UTF-8 bytes. */
export function nonEmptyBytes(max: number) {
  return z
    .string()
    .min(1, { message: 'must not be empty' })
    .refine((s) => byteLength(s) <= max, { message: `must be at most ${max} bytes (UTF-8)` });
}

/** Maximum length of a UserID in bytes (01-conventions.md §8). */
export const USER_ID_MAX_BYTES = 32;

/** A UserID: non-empty, at most 32 bytes, printable ASCII (the SDK's rule; 02-accounts.md "Shared rules"). */
export const userIdSchema = z
  .string()
  .min(1, { message: 'must not be empty' })
  .refine((s) => byteLength(s) <= USER_ID_MAX_BYTES, {
    message: `must be at most ${USER_ID_MAX_BYTES} bytes (UTF-8)`,
  })
  .refine((s) => /^[\x20-\x7e]*$/.test(s), {
    message: 'must be printable ASCII (letters, digits, _ and - are safest)',
  });

/** An integer in the unsigned 32-bit range (MsgRandom, random, most counters). */
export const uint32Schema = z
  .number()
  .int({ message: 'must be a whole number' })
  .min(0, { message: 'must be 0 or more' })
  .max(4294967295, { message: 'must be at most 4294967295' });

/** A Unix time in seconds. */
export const unixSecondsSchema = z.number().int({ message: 'must be a whole number of seconds' }).min(0);

/** An array with between `min` and `max` items, with the cap named in the message. */
export function boundedArray<T extends z.ZodType>(item: T, max: number, min = 1) {
  return z
    .array(item)
    .min(min, { message: min === 1 ? 'must list at least one item' : `must list at least ${min} items` })
    .max(max, { message: `must list at most ${max} items per call` });
}

/** A 0/1 integer flag, as many IM fields use. */
export const flag01Schema = z.union([z.literal(0), z.literal(1)], { message: 'must be 0 or 1' });
