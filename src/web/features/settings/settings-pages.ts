/**
 * The settings pages the index lists, as data: each area adds one entry (operators and sessions come
 * from the access work). Titles and descriptions come from the messages of the settings area.
 */
import { IconMicrophoneOff, IconServer, type Icon } from '@tabler/icons-react';

/** One entry of the settings index. */
export interface SettingsPageEntry {
  key: 'app' | 'globalMutes';
  path: string;
  icon: Icon;
}

/** Settings pages in the order the index shows them. */
export const settingsPages: readonly SettingsPageEntry[] = [
  { key: 'app', path: '/settings/app', icon: IconServer },
  { key: 'globalMutes', path: '/settings/global-mutes', icon: IconMicrophoneOff },
];
