/**
 * The app's custom profile fields as the emulator registers them (in the real service an admin
 * creates them in the console). Standard tags and value rules live in the contract (`src/api/profile.ts`);
 * this adds what is per-app: which custom tags exist and whether the admin may read/write them
 * (../shared/im-api/05-profile.md §3, §6).
 */

/** A custom profile field registered for the app. */
export interface CustomTagDef {
  /** Full tag, `Tag_Profile_Custom_` + 1–8 English letters. */
  tag: string;
  /** Whether the App admin (REST) may read it; otherwise `portrait_get` answers 40008. */
  adminRead: boolean;
  /** Whether the App admin (REST) may write it; otherwise `portrait_set` answers 40008. */
  adminWrite: boolean;
}

/** A profile value as stored. */
export type ProfileValue = string | number;

/**
 * The custom tags every seed registers: the docs' own example tag (`Tag_Profile_Custom_Test`, so the
 * vendor's examples work as sent), a few demo fields, and one the admin may not write (to show 40008).
 */
export const defaultCustomTags: readonly CustomTagDef[] = [
  { tag: 'Tag_Profile_Custom_Test', adminRead: true, adminWrite: true },
  { tag: 'Tag_Profile_Custom_Hobby', adminRead: true, adminWrite: true },
  { tag: 'Tag_Profile_Custom_Company', adminRead: true, adminWrite: true },
  { tag: 'Tag_Profile_Custom_Tier', adminRead: true, adminWrite: true },
  { tag: 'Tag_Profile_Custom_AppOnly', adminRead: true, adminWrite: false },
];
