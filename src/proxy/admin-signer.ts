/**
 * The administrator's UserSig, issued once per validity window and reused until shortly before it
 * expires (01-conventions.md §12), so the hot path never signs. Also precomputes the part of the
 * upstream query string that only changes with the sig.
 */
import { genUserSig } from '../api/usersig';

/** The signing function, `genUserSig` of `src/api/usersig.ts` unless a test injects another. */
export type SignFn = (opts: {
  sdkAppId: number;
  secretKey: string;
  identifier: string;
  expireSeconds: number;
  nowSeconds: number;
}) => string;

/** Hands out the current administrator credentials. */
export interface AdminSigner {
  /** `sdkappid=…&identifier=…&usersig=…` for the current sig (01-conventions.md §2). */
  query(): string;
  /** The current UserSig (for redaction; never send it to the browser). */
  userSig(): string;
}

/** How long before expiry a sig is replaced: 5 minutes, or a tenth of the validity when that is shorter. */
export function renewMarginSeconds(ttlSeconds: number): number {
  return Math.min(300, Math.floor(ttlSeconds / 10));
}

/** Creates the signer for one app and administrator. */
export function createAdminSigner(opts: {
  sdkAppId: number;
  secretKey: string;
  admin: string;
  ttlSeconds: number;
  nowMs: () => number;
  sign?: SignFn;
}): AdminSigner {
  const { sdkAppId, secretKey, admin, ttlSeconds, nowMs, sign = genUserSig } = opts;
  const prefix = `sdkappid=${sdkAppId}&identifier=${encodeURIComponent(admin)}&usersig=`;
  const margin = renewMarginSeconds(ttlSeconds);
  let issuedAt = 0;
  let renewAt = -Infinity;
  let sig = '';
  let query = '';

  function refresh(): void {
    const nowSeconds = Math.floor(nowMs() / 1000);
    if (nowSeconds < renewAt && nowSeconds >= issuedAt) return;
    sig = sign({ sdkAppId, secretKey, identifier: admin, expireSeconds: ttlSeconds, nowSeconds });
    issuedAt = nowSeconds;
    renewAt = nowSeconds + ttlSeconds - margin;
    query = prefix + encodeURIComponent(sig);
  }

  return {
    query() {
      refresh();
      return query;
    },
    userSig() {
      refresh();
      return sig;
    },
  };
}
