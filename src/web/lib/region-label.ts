/** A short label for where the proxy sends calls: the region key, or the base URL's host. */
export function regionLabel(region: string | null | undefined, baseUrl: string): string {
  if (region) return region;
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}
