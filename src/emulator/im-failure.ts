/**
 * The one way a handler (or the pipeline) says "answer this IM error": throw an `ImFailure`. The
 * pipeline turns it into the `{ ActionStatus: "FAIL", ErrorCode, ErrorInfo }` envelope with HTTP 200
 * (../shared/im-api/01-conventions.md §4, §5).
 */

/** A whole-request IM failure with its documented code and free-text `ErrorInfo`. */
export class ImFailure extends Error {
  /** The IM `ErrorCode` (never 0). */
  readonly code: number;
  /** The `ErrorInfo` text. */
  readonly info: string;

  constructor(code: number, info: string) {
    super(`${code}: ${info}`);
    this.name = 'ImFailure';
    this.code = code;
    this.info = info;
  }
}

/** True when `e` is an `ImFailure` (also across module copies, by shape). */
export function isImFailure(e: unknown): e is ImFailure {
  return (
    e instanceof ImFailure ||
    (e instanceof Error && e.name === 'ImFailure' && typeof (e as ImFailure).code === 'number')
  );
}
