/** Import accounts from a CSV/TXT file: a dry run listing every bad row, then the paced import job. */
import { Alert, Button, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { LoadingState } from '../../../components/page-states';
import { VirtualTable } from '../../../components/virtual-table';
import { AccessGate } from '../../../lib/access';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { JobProgress } from '../../../lib/jobs/job-progress';
import { useJobSnapshot } from '../../../lib/jobs/use-job';
import { ruleText } from '../../../lib/rule-text';
import { userQueries } from '../queries';
import { newJobId, setActiveJob, useActiveJob } from './active-jobs';
import { bulkMessages } from './messages';
import {
  isTxtFile,
  planImport,
  type ImportDuplicate,
  type ImportPlan,
  type ImportProblem,
} from './parse-import-file';
import { FAIL_ACCOUNTS_REASON, importJob } from './tasks';

/** The import tab. */
export function ImportFilePanel() {
  const m = useMessages(bulkMessages);
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  const current = useActiveJob('import');
  const active = current?.kind === 'import' ? current : undefined;
  const [file, setFile] = useState<File | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);

  async function choose(next: File | null) {
    setFile(next);
    setPlan(null);
    setReadError(null);
    if (!next) return;
    setReading(true);
    try {
      const text = await next.text();
      setPlan(planImport(text, isTxtFile(next.name) ? 'txt' : 'csv'));
    } catch {
      setReadError(m.file.readFailed(next.name));
    } finally {
      setReading(false);
    }
  }

  function run() {
    if (!plan) return;
    const job = importJob(plan.rows);
    setActiveJob('import', { id: newJobId(), kind: 'import', job, label: plan.rows.length });
    setPlan(null);
    setFile(null);
    job.start();
    void job.finished().then(() => queryClient.invalidateQueries({ queryKey: userQueries.all() }));
  }

  const snap = useJobSnapshot(active?.job);
  const running = snap !== undefined && snap.state !== 'done' && snap.state !== 'cancelled';

  return (
    <Stack gap="md">
      <FileInput
        label={m.file.label}
        description={m.file.description}
        placeholder={m.file.placeholder}
        accept=".csv,.txt,text/csv,text/plain"
        value={file}
        onChange={(f) => void choose(f)}
        leftSection={<IconFileUpload size={16} aria-hidden />}
        clearable
        disabled={running}
        error={readError ?? (plan && plan.records === 0 ? m.file.empty : undefined)}
        maw={560}
      />
      {reading && <LoadingState label={m.file.reading} />}
      {plan && plan.records > 0 && !running && <DryRun plan={plan} lang={lang} onRun={run} />}
      {active && (
        <JobProgress
          key={active.id}
          job={active.job}
          title={m.jobs.import(active.label)}
          okLabel={m.status.imported}
          existedLabel={m.status.existed}
          reportName="account-import-report"
          reasonText={(r) =>
            r.item.problems?.length
              ? m.notSent(
                  r.item.problems
                    .map((p) => `${m.dryRun.fieldNames[p.field]} ${ruleText(p.rule, lang)}`)
                    .join('; '),
                )
              : r.reason === FAIL_ACCOUNTS_REASON
                ? m.failAccounts
                : r.reason
          }
          itemKey={(r) => String(r.line)}
          columns={[
            { header: m.columns.line, value: (r) => r.line, width: 80 },
            {
              header: m.columns.userId,
              value: (r) => r.userId,
              render: (r) => (
                <Text
                  size="sm"
                  ff="monospace"
                  lineClamp={1}
                  maw={220}
                  style={{ wordBreak: 'break-all' }}
                  title={r.userId}
                >
                  {r.userId || '—'}
                </Text>
              ),
            },
            { header: m.columns.nick, value: (r) => r.nick },
            { header: m.columns.faceUrl, value: (r) => r.faceUrl },
          ]}
        />
      )}
    </Stack>
  );
}

function DryRun({ plan, lang, onRun }: { plan: ImportPlan; lang: 'en' | 'zh'; onRun: () => void }) {
  const m = useMessages(bulkMessages);
  const badRows = plan.rows.length - plan.valid;
  return (
    <Stack gap="sm" component="section" aria-labelledby="import-dry-run">
      <Title order={3} size="h4" id="import-dry-run">
        {m.dryRun.title}
      </Title>
      <Text role="status">{m.dryRun.summary(plan.records, plan.valid, badRows, plan.duplicates.length)}</Text>
      <Text size="sm" c="dimmed">
        {plan.header ? m.dryRun.header : m.dryRun.noHeader} {m.dryRun.nicknames}
      </Text>
      {plan.problems.length > 0 && (
        <Alert color="red" variant="light" title={m.dryRun.problemsTitle(badRows)}>
          <Stack gap="xs">
            <Text size="sm">{m.dryRun.problemsHint}</Text>
            <VirtualTable<ImportProblem>
              rows={plan.problems}
              rowKey={(p) => `${p.line}:${p.field}`}
              label={m.dryRun.problemsTable}
              maxHeight={300}
              rowHeight={40}
              columns={[
                { key: 'line', header: m.dryRun.line, width: 80, render: (p) => p.line },
                {
                  key: 'field',
                  header: m.dryRun.field,
                  width: 120,
                  render: (p) => m.dryRun.fieldNames[p.field],
                },
                {
                  key: 'value',
                  header: m.dryRun.value,
                  width: '40%',
                  render: (p) => (
                    <Text
                      size="sm"
                      ff="monospace"
                      lineClamp={1}
                      maw={420}
                      style={{ wordBreak: 'break-all' }}
                      title={p.value}
                    >
                      {p.value || '—'}
                    </Text>
                  ),
                },
                { key: 'rule', header: m.dryRun.rule, render: (p) => ruleText(p.rule, lang) },
              ]}
            />
          </Stack>
        </Alert>
      )}
      {plan.duplicates.length > 0 && (
        <Alert color="yellow" variant="light" title={m.dryRun.duplicatesTitle(plan.duplicates.length)}>
          <Stack gap="xs">
            <Text size="sm">{m.dryRun.duplicatesHint}</Text>
            <VirtualTable<ImportDuplicate>
              rows={plan.duplicates}
              rowKey={(d) => String(d.line)}
              label={m.dryRun.duplicatesTable}
              maxHeight={200}
              rowHeight={40}
              columns={[
                { key: 'line', header: m.dryRun.line, width: 80, render: (d) => d.line },
                {
                  key: 'id',
                  header: m.columns.userId,
                  render: (d) => (
                    <Text size="sm" ff="monospace">
                      {d.userId}
                    </Text>
                  ),
                },
                { key: 'first', header: m.dryRun.firstLine, render: (d) => d.firstLine },
              ]}
            />
          </Stack>
        </Alert>
      )}
      <Group>
        <AccessGate what="im_open_login_svc/multiaccount_import">
          {(disabled) => (
            <Button onClick={onRun} disabled={disabled || plan.valid === 0}>
              {m.dryRun.run(plan.valid)}
            </Button>
          )}
        </AccessGate>
        {plan.valid === 0 && (
          <Text size="sm" c="red">
            {m.dryRun.nothingValid}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
