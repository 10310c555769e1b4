/**
 * `/users`: look up accounts by UserID (the list lives in the URL), recently viewed users, import one
 * account, and bulk jobs (import a file, check, kick, delete lists).
 */
import { Card, Grid, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useMessages } from '../../lib/i18n/i18n';
import { BulkPanel } from './bulk/bulk-panel';
import { ImportAccountForm } from './import-account-form';
import { LookupForm } from './lookup-form';
import { LookupResults } from './lookup-results';
import { usersMessages } from './messages';
import { RecentUsersCard } from './recent-users-card';

/** The Users page. */
export function UsersPage() {
  const m = useMessages(usersMessages);
  const [params, setParams] = useSearchParams();
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean);
  const importId = params.get('import') ?? '';

  const lookUp = (next: string[]) =>
    setParams((p) => {
      const params = new URLSearchParams(p);
      params.set('ids', next.join(','));
      params.delete('import');
      return params;
    });

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{m.title}</Title>
        <Text c="dimmed">{m.intro}</Text>
      </div>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Card withBorder h="100%">
            <Title order={2} size="h3" mb="sm">
              {m.lookup.title}
            </Title>
            <LookupForm initial={ids.join(', ')} onLookup={lookUp} />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Card withBorder h="100%">
            <Title order={2} size="h3" mb="sm">
              {m.import.title}
            </Title>
            <ImportAccountForm key={importId} initialUserId={importId} onImported={(id) => lookUp([id])} />
          </Card>
        </Grid.Col>
      </Grid>
      <Card withBorder>
        <RecentUsersCard />
      </Card>
      <Card withBorder>
        <LookupResults ids={ids} />
      </Card>
      <Card withBorder>
        <BulkPanel />
      </Card>
    </Stack>
  );
}
