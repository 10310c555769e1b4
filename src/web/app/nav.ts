/** The console's areas, in navigation order. Each is a route; unbuilt ones show what they will hold. */
import {
  IconChartBar,
  IconDevices,
  IconHash,
  IconHistory,
  IconListDetails,
  IconSend,
  IconSettings,
  IconUserShield,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import type { Permission } from '../../api/roles';

/** Keys of the navigation labels in `shellMessages.nav`. */
export type NavKey =
  | 'users'
  | 'groups'
  | 'topics'
  | 'history'
  | 'push'
  | 'stats'
  | 'audit'
  | 'settings'
  | 'operators'
  | 'sessions';

/** One navigation entry. */
export interface NavItem {
  key: NavKey;
  path: string;
  icon: Icon;
  /** Hidden from operators whose role lacks it (a page they can never open). */
  requires?: Permission;
  /** Shown but disabled, with a tooltip naming the roles that can, for operators whose role lacks it. */
  gatedBy?: Permission;
}

/** Every area of the console. */
export const navItems: readonly NavItem[] = [
  { key: 'stats', path: '/stats', icon: IconChartBar },
  { key: 'users', path: '/users', icon: IconUsers },
  { key: 'groups', path: '/groups', icon: IconUsersGroup },
  { key: 'topics', path: '/topics', icon: IconHash },
  { key: 'history', path: '/history', icon: IconHistory, gatedBy: 'messages.readGroup' },
  { key: 'push', path: '/push', icon: IconSend },
  { key: 'audit', path: '/audit', icon: IconListDetails, requires: 'audit.read' },
  { key: 'operators', path: '/settings/operators', icon: IconUserShield, requires: 'operators.manage' },
  { key: 'sessions', path: '/settings/sessions', icon: IconDevices },
  { key: 'settings', path: '/settings', icon: IconSettings },
];
