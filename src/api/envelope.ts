/**
 * The response envelope every IM REST answer carries (01-conventions.md §4), and the helper that
 * builds an endpoint's response schema on top of it. Response objects are loose: the service adds
 * fields over time and that must not break the console.
 */
import { z } from 'zod';

/** Fields present in every IM response. `ErrorDisplay` appears in profile/sns answers. */
export const envelopeShape = {
  ActionStatus: z.enum(['OK', 'FAIL']),
  ErrorCode: z.number().int(),
  ErrorInfo: z.string(),
  ErrorDisplay: z.string().optional(),
};

/** The bare envelope: what a failure answer (and any answer) parses as. */
export const envelopeSchema = z.looseObject(envelopeShape);

/** An IM response envelope. */
export type Envelope = z.infer<typeof envelopeSchema>;

/** Builds an endpoint's response schema: the envelope plus the endpoint's documented fields, unknown fields kept. */
export function imResponse<S extends z.ZodRawShape>(shape: S) {
  return z.looseObject({ ...envelopeShape, ...shape });
}

/**
 * The least every answer carries: an `ErrorCode`. A few services omit `ActionStatus` (global mute,
 * `getappinfo`) or `ErrorInfo` (`GetIPList`), so clients judge an answer by this, not by `envelopeSchema`.
 */
export const answerEnvelopeSchema = z.looseObject({
  ActionStatus: z.enum(['OK', 'FAIL']).optional(),
  ErrorCode: z.number().int(),
  ErrorInfo: z.string().optional(),
});

/** True when the envelope reports success (`ActionStatus` OK and `ErrorCode` 0). */
export function isOk(envelope: Pick<Envelope, 'ErrorCode'> & { ActionStatus?: string }): boolean {
  return envelope.ErrorCode === 0 && envelope.ActionStatus !== 'FAIL';
}
