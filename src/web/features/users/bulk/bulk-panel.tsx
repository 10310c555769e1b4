/** The bulk account jobs of /users as tabs (the chosen tab lives in the URL as `?bulk=`). */
import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useMessages } from '../../../lib/i18n/i18n';
import type { BulkKind } from './active-jobs';
import { IdListPanel } from './id-list-panel';
import { ImportFilePanel } from './import-file-panel';
import { bulkMessages } from './messages';

const kinds: readonly BulkKind[] = ['import', 'check', 'kick', 'delete'];

/** The bulk section. */
export function BulkPanel() {
  const m = useMessages(bulkMessages);
  const [params, setParams] = useSearchParams();
  const raw = params.get('bulk');
  const tab: BulkKind = kinds.includes(raw as BulkKind) ? (raw as BulkKind) : 'import';

  return (
    <Stack gap="sm" component="section" aria-labelledby="bulk-title">
      <div>
        <Title order={2} size="h3" id="bulk-title">
          {m.title}
        </Title>
        <Text size="sm" c="dimmed">
          {m.intro}
        </Text>
      </div>
      <Tabs
        value={tab}
        onChange={(v) =>
          setParams(
            (p) => {
              const next = new URLSearchParams(p);
              next.set('bulk', v ?? 'import');
              return next;
            },
            { replace: true },
          )
        }
        keepMounted={false}
      >
        <Tabs.List aria-label={m.tabs.label}>
          {kinds.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {m.tabs[k]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="import" pt="md">
          <ImportFilePanel />
        </Tabs.Panel>
        {(['check', 'kick', 'delete'] as const).map((k) => (
          <Tabs.Panel key={k} value={k} pt="md">
            <IdListPanel kind={k} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
