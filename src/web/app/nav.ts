/** The console's areas, in navigation order. Each is a route; unbuilt ones show what they will hold. */
import {
  IconChartBar,
  IconHash,
  IconHistory,
  IconListDetails,
  IconSend,
  IconSettings,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';

/** Keys of the navigation labels in `shellMessages.nav`. */
export type NavKey = 'users' | 'groups' | 'topics' | 'history' | 'push' | 'stats' | 'audit' | 'settings';

/** One navigation entry. */
export interface NavItem {
  key: NavKey;
  path: string;
  icon: Icon;
}

/** Every area of the console. */
export const navItems: readonly NavItem[] = [
  { key: 'stats', path: '/stats', icon: IconChartBar },
  { key: 'users', path: '/users', icon: IconUsers },
  { key: 'groups', path: '/groups', icon: IconUsersGroup },
  { key: 'topics', path: '/topics', icon: IconHash },
  { key: 'history', path: '/history', icon: IconHistory },
  { key: 'push', path: '/push', icon: IconSend },
  { key: 'audit', path: '/audit', icon: IconListDetails },
  { key: 'settings', path: '/settings', icon: IconSettings },
];
