/**
 * Reads a request body with a size cap. A declared `Content-Length` over the cap is refused before
 * anything is read; a body without one (chunked) is counted while it streams and abandoned as soon
 * as it passes the cap, so an oversized upload never sits whole in memory.
 */

/** The largest body the proxy accepts: 1 MiB (the IM docs give no request cap; 01-conventions.md §8). */
export const MAX_BODY_BYTES = 1024 * 1024;

const decoder = new TextDecoder();

/** Reads a request header; the proxy passes a reader of Node's raw headers, which is faster than `req.headers`. */
export type HeaderReader = (name: string) => string | undefined;

/** The body as text, or `null` when it is larger than `limit` bytes. */
export async function readBodyWithin(
  req: Request,
  limit: number = MAX_BODY_BYTES,
  header: HeaderReader = (name) => req.headers.get(name) ?? undefined,
): Promise<string | null> {
  const declared = header('content-length');
  if (declared !== undefined && Number(declared) > limit) return null;
  if (declared !== undefined && header('transfer-encoding') === undefined) {
    const buf = await req.arrayBuffer();
    return buf.byteLength > limit ? null : decoder.decode(buf);
  }
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decoder.decode(all);
}
