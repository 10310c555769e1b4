/**
 * The offline-push section (`OfflinePushInfo`, ../shared/im-api/04-message-elements.md) as the composer
 * edits it, to the request and back. Fields the form does not know are kept in `extra*` and sent verbatim.
 */
import type { OfflinePushInfo } from '../../../../api/elements';
import { isRecord, setIf, str } from './draft-values';

/** `''` means "leave the field out". */
export type Flag = '' | '0' | '1';

/** `OfflinePushInfo` as the form edits it; `extra*` hold fields the form does not know, sent verbatim. */
export interface OfflineDraft {
  enabled: boolean;
  pushFlag: Flag;
  title: string;
  desc: string;
  ext: string;
  apnsSound: string;
  apnsBadgeMode: Flag;
  apnsTitle: string;
  apnsSubTitle: string;
  apnsImage: string;
  apnsMutableContent: Flag;
  androidSound: string;
  huaweiChannelId: string;
  xiaomiChannelId: string;
  oppoChannelId: string;
  googleChannelId: string;
  vivoClassification: Flag;
  huaweiImportance: '' | 'LOW' | 'NORMAL';
  extAsHuaweiIntentParam: Flag;
  extra: Record<string, unknown>;
  extraApns: Record<string, unknown>;
  extraAndroid: Record<string, unknown>;
}

/** An offline-push section with nothing set. */
export function emptyOffline(): OfflineDraft {
  return {
    enabled: false,
    pushFlag: '',
    title: '',
    desc: '',
    ext: '',
    apnsSound: '',
    apnsBadgeMode: '',
    apnsTitle: '',
    apnsSubTitle: '',
    apnsImage: '',
    apnsMutableContent: '',
    androidSound: '',
    huaweiChannelId: '',
    xiaomiChannelId: '',
    oppoChannelId: '',
    googleChannelId: '',
    vivoClassification: '',
    huaweiImportance: '',
    extAsHuaweiIntentParam: '',
    extra: {},
    extraApns: {},
    extraAndroid: {},
  };
}

function flagValue(flag: Flag): 0 | 1 | undefined {
  return flag === '' ? undefined : flag === '1' ? 1 : 0;
}

function flagText(v: unknown): Flag {
  return v === 0 ? '0' : v === 1 ? '1' : '';
}

function rest(obj: Record<string, unknown>, known: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !known.includes(k)));
}

/** The `OfflinePushInfo` the form describes, undefined when the section is off. */
export function toOfflinePushInfo(o: OfflineDraft): OfflinePushInfo | undefined {
  if (!o.enabled) return undefined;
  const info: Record<string, unknown> = { ...o.extra };
  const pushFlag = flagValue(o.pushFlag);
  if (pushFlag !== undefined) info.PushFlag = pushFlag;
  setIf(info, 'Title', o.title);
  setIf(info, 'Desc', o.desc);
  setIf(info, 'Ext', o.ext);
  const android: Record<string, unknown> = { ...o.extraAndroid };
  setIf(android, 'Sound', o.androidSound);
  setIf(android, 'HuaWeiChannelID', o.huaweiChannelId);
  setIf(android, 'XiaoMiChannelID', o.xiaomiChannelId);
  setIf(android, 'OPPOChannelID', o.oppoChannelId);
  setIf(android, 'GoogleChannelID', o.googleChannelId);
  const vivo = flagValue(o.vivoClassification);
  if (vivo !== undefined) android.VIVOClassification = vivo;
  setIf(android, 'HuaWeiImportance', o.huaweiImportance);
  const intent = flagValue(o.extAsHuaweiIntentParam);
  if (intent !== undefined) android.ExtAsHuaweiIntentParam = intent;
  if (Object.keys(android).length) info.AndroidInfo = android;
  const apns: Record<string, unknown> = { ...o.extraApns };
  setIf(apns, 'Sound', o.apnsSound);
  const badge = flagValue(o.apnsBadgeMode);
  if (badge !== undefined) apns.BadgeMode = badge;
  setIf(apns, 'Title', o.apnsTitle);
  setIf(apns, 'SubTitle', o.apnsSubTitle);
  setIf(apns, 'Image', o.apnsImage);
  const mutable = flagValue(o.apnsMutableContent);
  if (mutable !== undefined) apns.MutableContent = mutable;
  if (Object.keys(apns).length) info.ApnsInfo = apns;
  return info as OfflinePushInfo;
}

/** A stored `OfflinePushInfo` as a draft: switched on when present, unknown fields kept aside. */
export function fromOffline(v: unknown): OfflineDraft {
  const o = emptyOffline();
  if (!isRecord(v)) return o;
  const android = isRecord(v.AndroidInfo) ? v.AndroidInfo : {};
  const apns = isRecord(v.ApnsInfo) ? v.ApnsInfo : {};
  const importance = android.HuaWeiImportance;
  return {
    enabled: true,
    pushFlag: flagText(v.PushFlag),
    title: str(v.Title),
    desc: str(v.Desc),
    ext: str(v.Ext),
    apnsSound: str(apns.Sound),
    apnsBadgeMode: flagText(apns.BadgeMode),
    apnsTitle: str(apns.Title),
    apnsSubTitle: str(apns.SubTitle),
    apnsImage: str(apns.Image),
    apnsMutableContent: flagText(apns.MutableContent),
    androidSound: str(android.Sound),
    huaweiChannelId: str(android.HuaWeiChannelID),
    xiaomiChannelId: str(android.XiaoMiChannelID),
    oppoChannelId: str(android.OPPOChannelID),
    googleChannelId: str(android.GoogleChannelID),
    vivoClassification: flagText(android.VIVOClassification),
    huaweiImportance: importance === 'LOW' || importance === 'NORMAL' ? importance : '',
    extAsHuaweiIntentParam: flagText(android.ExtAsHuaweiIntentParam),
    extra: rest(v, ['PushFlag', 'Title', 'Desc', 'Ext', 'AndroidInfo', 'ApnsInfo']),
    extraApns: rest(apns, ['Sound', 'BadgeMode', 'Title', 'SubTitle', 'Image', 'MutableContent']),
    extraAndroid: rest(android, [
      'Sound',
      'HuaWeiChannelID',
      'XiaoMiChannelID',
      'OPPOChannelID',
      'GoogleChannelID',
      'VIVOClassification',
      'HuaWeiImportance',
      'ExtAsHuaweiIntentParam',
    ]),
  };
}
