/** `/settings`: the list of settings pages, each a card link. */
import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { roleHas } from '../../../api/roles';
import { useOperator } from '../../lib/access';
import { useMessages } from '../../lib/i18n/i18n';
import { settingsMessages } from './messages';
import { settingsPages } from './settings-pages';

/** The settings index. */
export function SettingsIndexPage() {
  const m = useMessages(settingsMessages);
  const operator = useOperator();
  const visible = settingsPages.filter(
    (p) => !p.requires || operator === undefined || roleHas(operator.role, p.requires),
  );
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{m.index.title}</Title>
        <Text c="dimmed">{m.index.intro}</Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0 }}>
        {visible.map((page) => {
          const t = m.index[page.key];
          return (
            <li key={page.key}>
              <UnstyledButton component={Link} to={page.path} w="100%" h="100%">
                <Card withBorder h="100%">
                  <Group gap="sm" wrap="nowrap" align="flex-start">
                    <ThemeIcon variant="light" size="lg" aria-hidden>
                      <page.icon size={20} />
                    </ThemeIcon>
                    <div>
                      <Title order={2} size="h4">
                        {t.title}
                      </Title>
                      <Text size="sm" c="dimmed">
                        {t.body}
                      </Text>
                    </div>
                  </Group>
                </Card>
              </UnstyledButton>
            </li>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
