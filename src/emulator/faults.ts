/**
 * Injected faults (MSW/LocalStack style, house-style.md "The emulator"): "the next N calls to
 * `service/command` answer code X" or "are delayed by D ms". Set through `POST /__emulator/faults`.
 */
import { z } from 'zod';

/** The body of `POST /__emulator/faults`. */
export const faultRequestSchema = z
  .object({
    path: z.string().regex(/^[A-Za-z_]+\/[A-Za-z_]+$/, { message: 'must look like service/command' }),
    count: z.number().int().min(1, { message: 'must be at least 1' }),
    code: z
      .number()
      .int()
      .refine((n) => n !== 0, { message: 'must not be 0' })
      .optional(),
    errorInfo: z.string().optional(),
    delayMs: z.number().int().min(0).max(60_000).optional(),
  })
  .refine((f) => f.code !== undefined || f.delayMs !== undefined, {
    message: 'give a code, a delayMs, or both',
    path: ['code'],
  });

/** One armed fault. */
export type Fault = z.infer<typeof faultRequestSchema> & { remaining: number };

/** The armed faults, consumed one call at a time. */
export class FaultTable {
  private faults: Fault[] = [];

  /** Arms a fault. */
  add(f: z.infer<typeof faultRequestSchema>): Fault {
    const fault = { ...f, remaining: f.count };
    this.faults.push(fault);
    return fault;
  }

  /** The armed faults (a copy). */
  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  /** Disarms everything. */
  clear(): void {
    this.faults = [];
  }

  /** Consumes one use of the first fault armed for any of `paths`; undefined when none. */
  take(paths: readonly string[]): Fault | undefined {
    const f = this.faults.find((x) => paths.includes(x.path));
    if (!f) return undefined;
    f.remaining--;
    if (f.remaining <= 0) this.faults = this.faults.filter((x) => x !== f);
    return { ...f };
  }
}
