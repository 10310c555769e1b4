/** Check, kick or delete a pasted (or loaded) list of UserIDs as a paced job with per-item results. */
import {
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  List,
  Modal,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { parseCsv } from '../../../../api/csv';
import { AccessGate } from '../../../lib/access';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { JobProgress } from '../../../lib/jobs/job-progress';
import { useJobSnapshot } from '../../../lib/jobs/use-job';
import { ruleText } from '../../../lib/rule-text';
import { MAX_BULK_IDS, parseUserIds } from '../../../lib/parse-user-ids';
import { userQueries } from '../queries';
import { newJobId, setActiveJob, useActiveJob } from './active-jobs';
import { bulkMessages } from './messages';
import { isTxtFile } from './parse-import-file';
import { checkJob, deleteJob, kickJob } from './tasks';

const endpointOf = {
  check: 'im_open_login_svc/account_check',
  kick: 'im_open_login_svc/kick',
  delete: 'im_open_login_svc/account_delete',
} as const;

/** The panel for one kind of list job. */
export function IdListPanel({ kind }: { kind: 'check' | 'kick' | 'delete' }) {
  const m = useMessages(bulkMessages);
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  const current = useActiveJob(kind);
  const active = current && current.kind !== 'import' ? current : undefined;
  const snap = useJobSnapshot(active?.job);
  const running = snap !== undefined && snap.state !== 'done' && snap.state !== 'cancelled';
  const [text, setText] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const parsed = useMemo(() => parseUserIds(text, MAX_BULK_IDS), [text]);
  const count = parsed.ids.length;

  async function load(file: File | null) {
    if (!file) return;
    const content = await file.text();
    const ids = isTxtFile(file.name)
      ? content
      : parseCsv(content)
          .records.map((r) => r.cells[0]?.trim() ?? '')
          .filter((id, i) => !(i === 0 && /^(userid|identifier|account)$/i.test(id)))
          .join('\n');
    setText(ids);
    setTouched(true);
  }

  function start() {
    const ids = parsed.ids;
    const job = kind === 'check' ? checkJob(ids) : kind === 'kick' ? kickJob(ids) : deleteJob(ids);
    setActiveJob(kind, { id: newJobId(), kind, job, label: ids.length });
    job.start();
    void job.finished().then(() => queryClient.invalidateQueries({ queryKey: userQueries.all() }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (count === 0 || running) return;
    if (kind === 'delete') {
      setTyped('');
      setTypedError(null);
      setConfirming(true);
    } else start();
  }

  function confirmDelete(event: FormEvent) {
    event.preventDefault();
    if (typed.trim() !== String(count)) {
      setTypedError(m.confirm.mismatch(count));
      return;
    }
    setConfirming(false);
    setText('');
    setTouched(false);
    start();
  }

  const help =
    kind === 'check' ? m.actions.checkHelp : kind === 'kick' ? m.actions.kickHelp : m.actions.deleteHelp;
  const label =
    kind === 'check'
      ? m.actions.check(count)
      : kind === 'kick'
        ? m.actions.kick(count)
        : m.actions.delete(count);
  const okLabel = kind === 'check' ? m.status.checked : kind === 'kick' ? m.status.kicked : m.status.deleted;
  const jobTitle = (n: number) =>
    kind === 'check' ? m.jobs.check(n) : kind === 'kick' ? m.jobs.kick(n) : m.jobs.delete(n);

  return (
    <Stack gap="md">
      <form onSubmit={submit} aria-label={m.tabs[kind]} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {help}
          </Text>
          <Textarea
            label={m.ids.label}
            description={m.ids.description}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setTouched(true);
            }}
            autosize
            minRows={3}
            maxRows={10}
            spellCheck={false}
            disabled={running}
            error={touched && text.trim() !== '' && count === 0 ? m.ids.none : undefined}
          />
          <FileInput
            label={m.ids.fileLabel}
            placeholder={m.file.placeholder}
            accept=".csv,.txt,text/csv,text/plain"
            onChange={(f) => void load(f)}
            leftSection={<IconFileText size={16} aria-hidden />}
            disabled={running}
            clearable
            maw={420}
          />
          {parsed.rejected.length > 0 && (
            <Alert
              color="red"
              variant="light"
              title={m.ids.rejectedTitle(parsed.rejected.length)}
              role="alert"
            >
              <List size="sm">
                {parsed.rejected.slice(0, 20).map((r) => (
                  <List.Item key={r.position}>
                    {m.ids.rejectedItem(r.position, r.value, ruleText(r.rule, lang))}
                  </List.Item>
                ))}
              </List>
              {parsed.rejected.length > 20 && (
                <Text size="sm">{m.ids.more(parsed.rejected.length - 20)}</Text>
              )}
            </Alert>
          )}
          <Group gap="sm">
            <Text size="sm" role="status">
              {count > 0 && m.ids.ready(count)} {parsed.duplicates > 0 && m.ids.duplicates(parsed.duplicates)}{' '}
              {parsed.overflow > 0 && m.ids.overflow(parsed.overflow, MAX_BULK_IDS)}
            </Text>
          </Group>
          <Group>
            <AccessGate what={endpointOf[kind]}>
              {(disabled) => (
                <Button
                  type="submit"
                  color={kind === 'delete' ? 'red' : undefined}
                  disabled={disabled || count === 0 || running}
                >
                  {label}
                </Button>
              )}
            </AccessGate>
          </Group>
        </Stack>
      </form>

      <Modal opened={confirming} onClose={() => setConfirming(false)} title={m.confirm.title} centered>
        <form onSubmit={confirmDelete} noValidate>
          <Stack gap="sm">
            <Text size="sm">{m.confirm.body(count)}</Text>
            <Badge color="red" variant="light" w="fit-content">
              {m.actions.delete(count).replace('…', '')}
            </Badge>
            <TextInput
              label={m.confirm.label(count)}
              value={typed}
              onChange={(e) => {
                setTyped(e.currentTarget.value);
                setTypedError(null);
              }}
              error={typedError}
              autoComplete="off"
              data-autofocus
              inputMode="numeric"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)}>
                {m.confirm.cancel}
              </Button>
              <Button type="submit" color="red" disabled={typed.trim() !== String(count)}>
                {m.confirm.submit}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>

      {active && (
        <JobProgress
          key={active.id}
          job={active.job}
          title={jobTitle(active.label)}
          okLabel={okLabel}
          reportName={`account-${kind}-report`}
          noteText={(note) => (note === 'Imported' || note === 'NotImported' ? m.accountState[note] : note)}
          itemKey={(id) => id}
          defaultFilter={kind === 'check' ? 'all' : 'failed'}
          columns={[
            {
              header: m.columns.userId,
              value: (id) => id,
              render: (id) => (
                <Text size="sm" ff="monospace">
                  {id}
                </Text>
              ),
            },
          ]}
        />
      )}
    </Stack>
  );
}
