/**
 * What `GET /api/app` tells the console about the IM app behind the proxy. Never the secret key.
 * Shared by the proxy (which answers it) and the console (which shows it in the header).
 */
import { z } from 'zod';

/** The proxy's description of the app it signs for. */
export const appInfoSchema = z.looseObject({
  sdkAppId: z.number().int(),
  admin: z.string(),
  /** Region key from `regions.ts` when the app is on Tencent Cloud. */
  region: z.string().nullable().optional(),
  /** The base URL calls go to (the region's domain, or the emulator's address). */
  baseUrl: z.string(),
  /** True when the proxy talks to the embedded emulator (demo mode). */
  emulator: z.boolean(),
});

export type AppInfo = z.infer<typeof appInfoSchema>;
