/** A short label for where the proxy sends calls: the region's name, or the base URL's host. */
import { isRegionId, regions } from '../../api/regions';
import type { Language } from './i18n/i18n';

/** The region's name in the operator's language, or the host of a custom base URL (e.g. the emulator). */
export function regionLabel(region: string | null | undefined, baseUrl: string, lang: Language): string {
  if (region && isRegionId(region)) return lang === 'zh' ? regions[region].nameZh : regions[region].name;
  if (region) return region;
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}
