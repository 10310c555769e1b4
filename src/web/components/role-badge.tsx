/** A role's name as a badge, in the console's language, with its description on hover. */
import { Badge, Tooltip } from '@mantine/core';
import { roleLabels, type Role } from '../../api/roles';
import { useLanguage } from '../lib/i18n/i18n';

const colors: Record<Role, string> = {
  viewer: 'gray',
  support: 'blue',
  moderator: 'violet',
  marketing: 'orange',
  admin: 'red',
};

export function RoleBadge({ role }: { role: Role }) {
  const { lang } = useLanguage();
  return (
    <Tooltip label={roleLabels[role].description[lang]} withArrow multiline w={280}>
      <Badge variant="light" color={colors[role]} tt="none">
        {roleLabels[role][lang]}
      </Badge>
    </Tooltip>
  );
}
