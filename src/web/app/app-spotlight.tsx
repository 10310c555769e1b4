/** Cmd/Ctrl-K: jump to a user or a group by id, or to any area, from anywhere. */
import { Button, Kbd, Text } from '@mantine/core';
import { Spotlight, spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { IconSearch, IconUser, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { checkAccess, useOperator } from '../lib/access';
import { useLanguage, useMessages } from '../lib/i18n/i18n';
import { shellMessages } from './messages';
import { navItems } from './nav';

/** The spotlight dialog; actions are built from what the operator typed. */
export function AppSpotlight() {
  const m = useMessages(shellMessages);
  const navigate = useNavigate();
  const operator = useOperator();
  const { lang } = useLanguage();
  const [query, setQuery] = useState('');
  const id = query.trim();

  const actions: SpotlightActionData[] = [];
  if (id) {
    actions.push(
      {
        id: 'open-user',
        label: m.spotlight.openUser(id),
        description: m.spotlight.openUserDescription,
        leftSection: <IconUser size={18} aria-hidden />,
        onClick: () => navigate(`/users/${encodeURIComponent(id)}`),
      },
      {
        id: 'open-group',
        label: m.spotlight.openGroup(id),
        description: m.spotlight.openGroupDescription,
        leftSection: <IconUsersGroup size={18} aria-hidden />,
        onClick: () => navigate(`/groups/${encodeURIComponent(id)}`),
      },
    );
  }
  const lower = id.toLowerCase();
  for (const item of navItems) {
    const needs = item.requires ?? item.gatedBy;
    if (needs && !checkAccess(operator, needs, lang).allowed) continue;
    const label = m.nav[item.key];
    if (!id || label.toLowerCase().includes(lower) || item.key.includes(lower)) {
      actions.push({
        id: `nav-${item.key}`,
        label: m.spotlight.goTo(label),
        leftSection: <item.icon size={18} aria-hidden />,
        onClick: () => navigate(item.path),
      });
    }
  }

  return (
    <Spotlight
      actions={actions}
      query={query}
      onQueryChange={setQuery}
      filter={(_q, a) => a}
      shortcut={['mod + K']}
      nothingFound={m.spotlight.nothing}
      highlightQuery
      searchProps={{
        placeholder: m.spotlight.placeholder,
        'aria-label': m.spotlight.placeholder,
        leftSection: <IconSearch size={18} aria-hidden />,
      }}
    />
  );
}

/** The header button that opens the spotlight, showing its shortcut. */
export function SpotlightButton() {
  const m = useMessages(shellMessages);
  return (
    <Button
      variant="default"
      onClick={() => spotlight.open()}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        <Text component="span" visibleFrom="md">
          <Kbd size="xs">Ctrl</Kbd> <Kbd size="xs">K</Kbd>
        </Text>
      }
      aria-label={m.header.searchHint}
    >
      <Text component="span" visibleFrom="sm" size="sm">
        {m.header.search}
      </Text>
    </Button>
  );
}
