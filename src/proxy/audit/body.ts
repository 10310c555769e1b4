/**
 * Keeping request and response bodies in the audit log: whole up to `AUDIT_BODY_MAX_BYTES` (64 KiB),
 * longer ones cut on a UTF-8 character boundary and ended with `AUDIT_TRUNCATION_MARKER`.
 */
import { AUDIT_BODY_MAX_BYTES, AUDIT_TRUNCATION_MARKER } from '../../api/console-api';

/** A body as stored: the text and whether it was cut. */
export interface KeptBody {
  text: string;
  truncated: boolean;
}

const decoder = new TextDecoder();

/** Keeps at most `max` bytes of `bytes` (never splitting a character), plus the marker when cut. */
export function keepBytes(bytes: Uint8Array, max = AUDIT_BODY_MAX_BYTES): KeptBody {
  if (bytes.length <= max) return { text: decoder.decode(bytes), truncated: false };
  let end = max;
  // Back off over continuation bytes (10xxxxxx) so the cut falls before a character's first byte.
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return { text: decoder.decode(bytes.subarray(0, end)) + AUDIT_TRUNCATION_MARKER, truncated: true };
}

/** `keepBytes` for a string (measured in UTF-8 bytes). */
export function keepText(text: string, max = AUDIT_BODY_MAX_BYTES): KeptBody {
  // Most bodies are short: a string of n UTF-16 units has at most 3n UTF-8 bytes.
  if (text.length * 3 <= max) return { text, truncated: false };
  return keepBytes(Buffer.from(text, 'utf8'), max);
}
