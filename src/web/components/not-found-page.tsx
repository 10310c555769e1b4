/** The page for an address that matches no route. */
import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { shellMessages } from '../app/messages';
import { useMessages } from '../lib/i18n/i18n';

/** 404 inside the shell. */
export function NotFoundPage() {
  const m = useMessages(shellMessages);
  return (
    <Stack align="flex-start" maw={560}>
      <Title order={1}>{m.notFound.title}</Title>
      <Text>{m.notFound.body}</Text>
      <Button component={Link} to="/users">
        {m.notFound.home}
      </Button>
    </Stack>
  );
}
