/** The "All settings" link at the top of each settings page. */
import { Anchor, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useMessages } from '../../lib/i18n/i18n';
import { settingsMessages } from './messages';

/** Link back to the settings index. */
export function BackToSettings() {
  const m = useMessages(settingsMessages);
  return (
    <Anchor component={Link} to="/settings" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {m.back}
      </Group>
    </Anchor>
  );
}
