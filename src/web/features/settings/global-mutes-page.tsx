/**
 * `/settings/global-mutes`: check the account-wide mutes of one or many accounts (`getnospeaking`), then
 * set or lift them (`setnospeaking`). The checked accounts live in the URL (`?ids=`), so a view is a link.
 */
import { Alert, Button, Card, Grid, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { useLanguage, useMessages } from '../../lib/i18n/i18n';
import { ruleText } from '../../lib/rule-text';
import { BackToSettings } from './back-link';
import { settingsMessages } from './messages';
import { parseUserIds, type ParsedIds } from '../../lib/parse-user-ids';
import { MAX_MUTE_IDS } from '../../lib/mute-duration';
import { MuteForm } from './mute-form';
import { MuteResults } from './mute-results';
import { settingsQueries, type MuteChange } from './queries';

/** The global mutes page. */
export function GlobalMutesPage() {
  const m = useMessages(settingsMessages).mutes;
  const { lang } = useLanguage();
  const [params, setParams] = useSearchParams();
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean);
  const [text, setText] = useState(ids.join(', '));
  const [parsed, setParsed] = useState<ParsedIds | null>(null);
  const [changes, setChanges] = useState<ReadonlyMap<string, MuteChange>>(new Map());
  const states = useQuery(settingsQueries.mute(ids));

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = parseUserIds(text, MAX_MUTE_IDS);
    setParsed(result);
    if (result.ids.length > 0) {
      setChanges(new Map());
      setParams({ ids: result.ids.join(',') });
    }
  }

  let results;
  if (ids.length === 0) results = <EmptyState title={m.results.emptyTitle}>{m.results.emptyBody}</EmptyState>;
  else if (states.isPending) results = <LoadingState />;
  else if (states.isError)
    results = <ErrorState error={states.error} onRetry={() => void states.refetch()} />;
  else results = <MuteResults states={states.data} changes={changes} />;

  const empty = parsed !== null && parsed.ids.length === 0 && parsed.rejected.length === 0;

  return (
    <Stack gap="lg">
      <BackToSettings />
      <div>
        <Title order={1}>{m.title}</Title>
        <Text c="dimmed" maw={900}>
          {m.intro}
        </Text>
      </div>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Card withBorder h="100%">
            <form onSubmit={submit} aria-labelledby="mute-check-title">
              <Stack gap="sm">
                <Title order={2} size="h3" id="mute-check-title">
                  {m.check.title}
                </Title>
                <Textarea
                  label={m.check.label}
                  description={m.check.description}
                  placeholder={m.check.placeholder}
                  value={text}
                  onChange={(e) => setText(e.currentTarget.value)}
                  autosize
                  minRows={3}
                  maxRows={8}
                  spellCheck={false}
                  error={empty ? m.check.nothing : undefined}
                />
                {parsed && parsed.rejected.length > 0 && (
                  <Alert color="red" variant="light" role="alert">
                    <List size="sm">
                      {parsed.rejected.slice(0, 50).map((r) => (
                        <List.Item key={r.position}>
                          {m.check.rejected(r.position, r.value, ruleText(r.rule, lang))}
                        </List.Item>
                      ))}
                    </List>
                  </Alert>
                )}
                {parsed && (parsed.duplicates > 0 || parsed.overflow > 0) && (
                  <Text size="sm" c="dimmed" role="status">
                    {parsed.duplicates > 0 && m.check.duplicates(parsed.duplicates)}{' '}
                    {parsed.overflow > 0 && m.check.overflow(parsed.overflow, MAX_MUTE_IDS)}
                  </Text>
                )}
                <div>
                  <Button type="submit">{m.check.submit}</Button>
                </div>
              </Stack>
            </form>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Card withBorder h="100%">
            <section aria-labelledby="mute-set-title">
              <Title order={2} size="h3" mb="sm" id="mute-set-title">
                {m.set.title}
              </Title>
              <MuteForm
                ids={states.data ? ids : []}
                onResults={(list) => setChanges(new Map(list.map((c) => [c.userId, c])))}
              />
            </section>
          </Card>
        </Grid.Col>
      </Grid>
      <Card withBorder>
        <section aria-labelledby="mute-results-title">
          <Title order={2} size="h3" mb="sm" id="mute-results-title">
            {m.results.title}
          </Title>
          {results}
        </section>
      </Card>
    </Stack>
  );
}
