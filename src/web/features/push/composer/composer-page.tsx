/**
 * `/push/new`: the push composer. `?duplicate=<logId>` starts from a push log entry's stored request
 * (everything but `MsgRandom`, which is new so the copy is a new task).
 */
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/page-states';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { usePushLogEntry } from '../log/queries';
import { PushTabs } from '../push-tabs';
import { emptyForm, fromPushRequest } from './form-state';
import { composerMessages } from './messages';
import { PushComposer } from './push-composer';

/** The duplicate id of the URL: null when absent, NaN when not a log id. */
export function duplicateId(params: URLSearchParams): number | null {
  const raw = params.get('duplicate');
  if (raw === null || raw === '') return null;
  return /^[1-9][0-9]{0,14}$/.test(raw) ? Number(raw) : Number.NaN;
}

/** The New push page. */
export function PushComposerPage() {
  const m = useMessages(composerMessages);
  const { lang } = useLanguage();
  const [params] = useSearchParams();
  const id = duplicateId(params);
  const valid = id !== null && !Number.isNaN(id);
  const entry = usePushLogEntry(valid ? id : null);
  const initial = useMemo(
    () => (valid && entry.data ? fromPushRequest(entry.data.request) : emptyForm()),
    // a new form per source: a new page visit, or the entry once it has loaded
    [valid, entry.data],
  );

  let body;
  if (id !== null && !valid) {
    body = (
      <Alert color="red" variant="light" role="alert">
        {m.duplicateBadId}
      </Alert>
    );
  } else if (valid && entry.isPending) {
    body = <LoadingState />;
  } else if (valid && entry.isError) {
    body = <ErrorState error={entry.error} onRetry={() => void entry.refetch()} />;
  } else {
    body = (
      <Stack gap="md">
        {valid && entry.data && (
          <Alert color="blue" variant="light" role="status">
            {m.duplicateOf(
              entry.data.id,
              entry.data.operator,
              new Date(entry.data.at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB'),
            )}
          </Alert>
        )}
        <PushComposer key={valid && entry.data ? `dup-${entry.data.id}` : 'new'} initial={initial} />
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{m.title}</Title>
        <Text c="dimmed">{m.intro}</Text>
      </div>
      <PushTabs active="new" />
      {body}
    </Stack>
  );
}
