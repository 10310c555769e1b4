/** The tab strip shared by the push pages (`/push`, `/push/new`, `/push/audience`): each tab is a route. */
import { Tabs } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useMessages } from '../../lib/i18n/i18n';
import { pushMessages } from './messages';

/** Which push page is showing. */
export type PushTab = 'log' | 'new' | 'audience';

const paths: Record<PushTab, string> = { log: '/push', new: '/push/new', audience: '/push/audience' };

/** The Log / New push / Audience tabs; `active` is the page that renders it. */
export function PushTabs({ active }: { active: PushTab }) {
  const m = useMessages(pushMessages);
  const navigate = useNavigate();
  return (
    <Tabs
      value={active}
      onChange={(v) => {
        if (v && v !== active) void navigate(paths[v as PushTab]);
      }}
      activateTabWithKeyboard={false}
    >
      <Tabs.List aria-label={m.tabs.label}>
        <Tabs.Tab value="log">{m.tabs.log}</Tabs.Tab>
        <Tabs.Tab value="new">{m.tabs.new}</Tabs.Tab>
        <Tabs.Tab value="audience">{m.tabs.audience}</Tabs.Tab>
      </Tabs.List>
    </Tabs>
  );
}
