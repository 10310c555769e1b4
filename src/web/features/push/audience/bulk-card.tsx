/** Bulk audience changes from a CSV file: a dry run listing every bad row, then a paced job with per-row results. */
import { Alert, Button, Card, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import { PUSH_ACCOUNTS_MAX, TAGS_PER_ADD_MAX } from '../../../../api/push';
import { ErrorState, LoadingState } from '../../../components/page-states';
import { VirtualTable } from '../../../components/virtual-table';
import { AccessGate } from '../../../lib/access';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { JobProgress } from '../../../lib/jobs/job-progress';
import type { Job } from '../../../lib/jobs/runner';
import { useJobSnapshot } from '../../../lib/jobs/use-job';
import { ruleText } from '../../../lib/rule-text';
import {
  planAudience,
  problemRules,
  type AudiencePlan,
  type AudienceProblem,
  type AudienceRow,
} from './audience-csv';
import { audienceMessages } from './messages';
import { audienceQueries } from './queries';
import { audienceJob } from './tasks';

/** The running (or last) job, kept outside React so leaving the page does not lose its progress. */
let active: { id: number; job: Job<AudienceRow>; rows: number } | undefined;
const listeners = new Set<() => void>();
function setActive(next: typeof active) {
  active = next;
  for (const l of listeners) l();
}
function useActive() {
  return useSyncExternalStore(
    (l) => (listeners.add(l), () => listeners.delete(l)),
    () => active,
  );
}

const ruleKeys = Object.fromEntries(Object.entries(problemRules).map(([k, v]) => [v, k])) as Record<
  string,
  keyof typeof problemRules
>;

export function BulkCard() {
  const m = useMessages(audienceMessages);
  const b = m.bulk;
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  const names = useQuery(audienceQueries.names());
  const current = useActive();
  const [file, setFile] = useState<File | null>(null);
  const [plan, setPlan] = useState<AudiencePlan | null>(null);
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const snap = useJobSnapshot(current?.job);
  const running = snap !== undefined && snap.state !== 'done' && snap.state !== 'cancelled';

  const ruleOf = (rule: string) => {
    const key = ruleKeys[rule];
    return key ? b.rules[key] : ruleText(rule, lang);
  };

  async function choose(next: File | null) {
    setFile(next);
    setPlan(null);
    setReadError(null);
    if (!next || !names.data) return;
    setReading(true);
    try {
      const text = await next.text();
      setPlan(planAudience(text, names.data.map((s) => s.name).filter(Boolean)));
    } catch {
      setReadError(b.readFailed(next.name));
    } finally {
      setReading(false);
    }
  }

  function run() {
    if (!plan) return;
    const job = audienceJob(plan.rows);
    setActive({ id: Date.now(), job, rows: plan.rows.length });
    setPlan(null);
    setFile(null);
    job.start();
    void job.finished().then(() => queryClient.invalidateQueries({ queryKey: ['users'] }));
  }

  return (
    <Card withBorder>
      <Title order={2} size="h4">
        {b.title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {b.intro(PUSH_ACCOUNTS_MAX, TAGS_PER_ADD_MAX)}
      </Text>
      {names.isPending ? (
        <LoadingState label={b.namesLoading} />
      ) : names.isError ? (
        <ErrorState error={names.error} onRetry={() => void names.refetch()} />
      ) : (
        <Stack gap="md">
          <FileInput
            label={b.file}
            description={b.fileHint}
            placeholder={b.placeholder}
            accept=".csv,.txt,text/csv,text/plain"
            value={file}
            onChange={(f) => void choose(f)}
            leftSection={<IconFileUpload size={16} aria-hidden />}
            clearable
            disabled={running}
            error={readError ?? (plan && plan.records === 0 ? b.empty : undefined)}
            maw={560}
          />
          {reading && <LoadingState label={b.reading} />}
          {plan && plan.records > 0 && !running && (
            <Stack gap="sm" component="section" aria-labelledby="audience-dry-run">
              <Title order={3} size="h5" id="audience-dry-run">
                {b.dryRun}
              </Title>
              <Text role="status">
                {b.summary(
                  plan.records,
                  plan.rows.length,
                  new Set(plan.problems.map((p) => p.line)).size,
                  plan.repeats,
                  plan.users,
                )}
              </Text>
              {plan.header && (
                <Text size="sm" c="dimmed">
                  {b.header}
                </Text>
              )}
              {plan.problems.length > 0 && (
                <Alert
                  color="red"
                  variant="light"
                  title={b.problemsTitle(new Set(plan.problems.map((p) => p.line)).size)}
                >
                  <VirtualTable<AudienceProblem>
                    rows={plan.problems}
                    rowKey={(p) => `${p.line}:${p.field}`}
                    label={b.problemsTable}
                    maxHeight={300}
                    rowHeight={40}
                    columns={[
                      { key: 'line', header: b.line, width: 80, render: (p) => p.line },
                      { key: 'field', header: b.field, width: 110, render: (p) => b.fields[p.field] },
                      {
                        key: 'value',
                        header: b.value,
                        width: '35%',
                        render: (p) => (
                          <Text
                            size="sm"
                            ff="monospace"
                            lineClamp={1}
                            style={{ wordBreak: 'break-all' }}
                            title={p.value}
                          >
                            {p.value || '—'}
                          </Text>
                        ),
                      },
                      { key: 'rule', header: b.rule, render: (p) => ruleOf(p.rule) },
                    ]}
                  />
                </Alert>
              )}
              <Group>
                <AccessGate what="all_member_push/im_add_tag">
                  {(disabled) => (
                    <Button onClick={run} disabled={disabled || plan.rows.length === 0}>
                      {b.run(plan.rows.length)}
                    </Button>
                  )}
                </AccessGate>
                {plan.rows.length === 0 && (
                  <Text size="sm" c="red">
                    {b.nothing}
                  </Text>
                )}
              </Group>
            </Stack>
          )}
          {current && (
            <JobProgress
              key={current.id}
              job={current.job}
              title={b.jobTitle(current.rows)}
              okLabel={b.applied}
              reportName="push-audience-report"
              itemKey={(r) => `${r.kind}:${r.line}`}
              columns={[
                { header: b.line, value: (r) => r.line, width: 80 },
                {
                  header: m.user.label,
                  value: (r) => r.userId,
                  render: (r) => (
                    <Text size="sm" ff="monospace" lineClamp={1} maw={220} title={r.userId}>
                      {r.userId}
                    </Text>
                  ),
                },
                {
                  header: b.kind,
                  value: (r) => (r.kind === 'tag' ? b.tagKind(r.tag) : b.attrKind(r.name, r.value)),
                },
              ]}
            />
          )}
        </Stack>
      )}
    </Card>
  );
}
