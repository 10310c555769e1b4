/** English / 简体中文 switch; the choice is remembered in the browser. */
import { Button, Menu } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useLanguage, useMessages, type Language } from '../lib/i18n/i18n';
import { shellMessages } from './messages';

const names: Record<Language, string> = { en: 'English', zh: '简体中文' };

/** The language switch in the header. */
export function LanguageMenu() {
  const m = useMessages(shellMessages);
  const { lang, setLang } = useLanguage();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconLanguage size={16} aria-hidden />}
          aria-label={`${m.header.language}: ${names[lang]}`}
        >
          {names[lang]}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{m.header.language}</Menu.Label>
        {(Object.keys(names) as Language[]).map((l) => (
          <Menu.Item
            key={l}
            onClick={() => setLang(l)}
            lang={l === 'zh' ? 'zh-CN' : 'en'}
            fw={l === lang ? 700 : undefined}
          >
            {names[l]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
