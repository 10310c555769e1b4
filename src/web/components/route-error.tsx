/** Route error boundary: a page that threw while rendering shows what happened instead of a blank screen. */
import { Alert, Button, Code, Stack, Text } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { shellMessages } from '../app/messages';
import { useMessages } from '../lib/i18n/i18n';
import { NotFoundPage } from './not-found-page';

/** Rendered by React Router when a route's element throws. */
export function RouteError() {
  const error = useRouteError();
  const m = useMessages(shellMessages);
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : JSON.stringify(error);
  return (
    <Alert color="red" title={m.routeError.title} role="alert">
      <Stack gap="xs">
        <Text size="sm">{m.routeError.body}</Text>
        <Code block>{detail}</Code>
        <Button
          size="xs"
          variant="light"
          color="red"
          w="fit-content"
          onClick={() => window.location.reload()}
        >
          {m.routeError.reload}
        </Button>
      </Stack>
    </Alert>
  );
}
