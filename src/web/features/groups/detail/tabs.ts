/** Tabs of `/groups/:groupId`, in display order; the tab lives in the URL (`?tab=`). */
import type { GroupType } from '../../../../api/group';

/** Every tab id of the group page. */
export const groupTabs = ['info', 'members', 'mutes', 'messages', 'topics', 'danger'] as const;

/** One tab id. */
export type GroupTab = (typeof groupTabs)[number];

/** The tab a URL value names, or `info` for anything else. */
export function parseGroupTab(value: string | null): GroupTab {
  return groupTabs.includes(value as GroupTab) ? (value as GroupTab) : 'info';
}

/** Tabs shown for a group of this type: Topics only for Community groups. */
export function tabsFor(type: GroupType | 'BChatRoom' | undefined): GroupTab[] {
  return groupTabs.filter((t) => t !== 'topics' || type === 'Community');
}
