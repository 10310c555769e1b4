/** Light, dark or system colour scheme; Mantine remembers the choice. */
import { ActionIcon, Menu, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import { useMessages } from '../lib/i18n/i18n';
import { shellMessages } from './messages';

const icons = { light: IconSun, dark: IconMoon, auto: IconDeviceDesktop } as const;

/** The theme switch in the header. */
export function ThemeMenu() {
  const m = useMessages(shellMessages);
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const Current = icons[colorScheme];
  const options: { value: MantineColorScheme; label: string }[] = [
    { value: 'light', label: m.header.themeLight },
    { value: 'dark', label: m.header.themeDark },
    { value: 'auto', label: m.header.themeSystem },
  ];
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="default" size="lg" aria-label={m.header.theme}>
          <Current size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{m.header.theme}</Menu.Label>
        {options.map((o) => {
          const Icon = icons[o.value];
          return (
            <Menu.Item
              key={o.value}
              leftSection={<Icon size={16} aria-hidden />}
              onClick={() => setColorScheme(o.value)}
              aria-current={colorScheme === o.value ? 'true' : undefined}
              fw={colorScheme === o.value ? 700 : undefined}
            >
              {o.label}
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
