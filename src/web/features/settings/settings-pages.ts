/**
 * The settings pages the index lists, as data: each area adds one entry (operators and sessions come
 * from the access work). Titles and descriptions come from the messages of the settings area.
 */
import { IconDevices, IconMicrophoneOff, IconServer, IconUserShield, type Icon } from '@tabler/icons-react';
import type { Permission } from '../../../api/roles';

/** One entry of the settings index. */
export interface SettingsPageEntry {
  key: 'app' | 'globalMutes' | 'operators' | 'sessions';
  path: string;
  icon: Icon;
  /** Listed only for operators whose role holds this permission. */
  requires?: Permission;
}

/** Settings pages in the order the index shows them. */
export const settingsPages: readonly SettingsPageEntry[] = [
  { key: 'app', path: '/settings/app', icon: IconServer },
  { key: 'globalMutes', path: '/settings/global-mutes', icon: IconMicrophoneOff },
  { key: 'operators', path: '/settings/operators', icon: IconUserShield, requires: 'operators.manage' },
  { key: 'sessions', path: '/settings/sessions', icon: IconDevices },
];
