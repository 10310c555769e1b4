/** Picks a role; each option carries its one-line description, so the choice is an informed one. */
import { Select, Stack, Text } from '@mantine/core';
import { roleLabels, roles, type Role } from '../../../api/roles';
import { useLanguage } from '../../lib/i18n/i18n';

export function RoleSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Role;
  onChange: (role: Role) => void;
}) {
  const { lang } = useLanguage();
  return (
    <Select
      label={label}
      required
      allowDeselect={false}
      value={value}
      onChange={(v) => v && onChange(v as Role)}
      data={roles.map((r) => ({ value: r, label: roleLabels[r][lang] }))}
      description={roleLabels[value].description[lang]}
      comboboxProps={{ withinPortal: true }}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {option.label}
          </Text>
          <Text size="xs" c="dimmed">
            {roleLabels[option.value as Role].description[lang]}
          </Text>
        </Stack>
      )}
    />
  );
}
