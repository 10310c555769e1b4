/**
 * The data centres an IM app can live in, with the REST API domain of each
 * (../shared/im-api/01-conventions.md §3). An app exists only in its own region, so the operator
 * picks one; the backup domain is for networks where the primary one's DNS is hijacked.
 */
import { z } from 'zod';

/** One IM data centre: its key, its REST domains and its names for the console. */
export interface Region {
  /** Stable key used in configuration (`IM_REGION`) and URLs. */
  id: RegionId;
  /** Primary REST API domain (host only, HTTPS). */
  primary: string;
  /** Backup domain for the same data centre. */
  backup: string;
  /** English name. */
  name: string;
  /** Chinese name. */
  nameZh: string;
}

/** The region keys, in the order the docs' tables list them. */
export const regionIds = [
  'china',
  'singapore',
  'seoul',
  'tokyo',
  'frankfurt',
  'mumbai',
  'silicon-valley',
  'jakarta',
] as const;

/** A region key such as `singapore`. */
export type RegionId = (typeof regionIds)[number];

/** Validates a region key. */
export const regionIdSchema = z.enum(regionIds);

/** Every region, keyed by id (domains from 01-conventions.md §3; Mumbai may be retired, unconfirmed). */
export const regions: Readonly<Record<RegionId, Region>> = {
  china: {
    id: 'china',
    primary: 'console.tim.qq.com',
    backup: 'adminapi.my-imcloud.com',
    name: 'Chinese mainland',
    nameZh: '中国大陆',
  },
  singapore: {
    id: 'singapore',
    primary: 'adminapisgp.im.qcloud.com',
    backup: 'adminapisgp.my-imcloud.com',
    name: 'Singapore',
    nameZh: '新加坡',
  },
  seoul: {
    id: 'seoul',
    primary: 'adminapikr.im.qcloud.com',
    backup: 'adminapikr.my-imcloud.com',
    name: 'Seoul',
    nameZh: '首尔',
  },
  tokyo: {
    id: 'tokyo',
    primary: 'adminapijpn.im.qcloud.com',
    backup: 'adminapijpn.my-imcloud.com',
    name: 'Tokyo',
    nameZh: '东京',
  },
  frankfurt: {
    id: 'frankfurt',
    primary: 'adminapiger.im.qcloud.com',
    backup: 'adminapiger.my-imcloud.com',
    name: 'Frankfurt',
    nameZh: '法兰克福',
  },
  mumbai: {
    id: 'mumbai',
    primary: 'adminapiind.im.qcloud.com',
    backup: 'adminapiind.my-imcloud.com',
    name: 'Mumbai',
    nameZh: '孟买',
  },
  'silicon-valley': {
    id: 'silicon-valley',
    primary: 'adminapiusa.im.qcloud.com',
    backup: 'adminapiusa.my-imcloud.com',
    name: 'Silicon Valley',
    nameZh: '硅谷',
  },
  jakarta: {
    id: 'jakarta',
    primary: 'adminapiidn.im.qcloud.com',
    backup: 'adminapiidn.my-imcloud.com',
    name: 'Jakarta',
    nameZh: '雅加达',
  },
};

/** True when `value` is a known region key. */
export function isRegionId(value: string): value is RegionId {
  return (regionIds as readonly string[]).includes(value);
}

/** The HTTPS base URL of a region's REST API (no trailing slash); the backup domain on request. */
export function regionBaseUrl(id: RegionId, domain: 'primary' | 'backup' = 'primary'): string {
  return `https://${regions[id][domain]}`;
}
