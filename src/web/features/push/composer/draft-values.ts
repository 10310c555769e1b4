/**
 * How the composer's drafts hold values: numbers as the text typed (so half-typed input is kept), strings
 * that are left out of a request when empty (the API reads an empty optional string as an absent one),
 * and the lenient readers that turn a stored request's values back into draft text.
 */

/** A number typed in a field, or NaN when it is not one (so the contract names the rule). */
export function parseNumber(text: string): number {
  const t = text.trim();
  if (t === '') return Number.NaN;
  return Number(t);
}

/** Sets `key` on `target` unless `value` is empty (an empty optional string is an absent one). */
export function setIf<T extends object>(target: T, key: string, value: string): void {
  if (value !== '') (target as Record<string, unknown>)[key] = value;
}

/** Whether a value is a plain JSON object. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A stored string, or `''` when the value is not one. */
export function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** A stored finite number as text, or `''`. */
export function numText(v: unknown): string {
  return typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
}
