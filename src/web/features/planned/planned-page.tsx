/** The page of an area that is not built yet: what it will hold, never a blank. */
import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMessages } from '../../lib/i18n/i18n';
import { plannedMessages } from './messages';

/** Areas that have a planned page. */
export type PlannedArea = keyof (typeof plannedMessages)['en']['areas'];

/** Describes a planned area. */
export function PlannedPage({ area }: { area: PlannedArea }) {
  const m = useMessages(plannedMessages);
  const a = m.areas[area];
  return (
    <Stack maw={760}>
      <Group>
        <Title order={1}>{a.title}</Title>
        <Badge variant="light">{m.badge}</Badge>
      </Group>
      <Card withBorder>
        <Text mb="sm">{m.intro}</Text>
        <List spacing={4}>
          {a.items.split(' · ').map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      </Card>
      <Text c="dimmed" size="sm">
        {m.meanwhile}
      </Text>
    </Stack>
  );
}
