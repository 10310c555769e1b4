/**
 * Sends one message to many users (`batchsendmsg`): a pasted list of UserIDs checked by the contract,
 * then a paced job, 500 recipients per call, with every recipient's result and a CSV report.
 */
import { Alert, Button, Group, List, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { userIdSchema } from '../../../../api/rules';
import { JobProgress } from '../../../lib/jobs/job-progress';
import type { Job } from '../../../lib/jobs/runner';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { MAX_BULK_IDS, parseUserIds } from '../../../lib/parse-user-ids';
import { ruleText } from '../../../lib/rule-text';
import { buildBody, emptyDraft, type BodyDraft } from './body-draft';
import { BodyEditor } from './body-editor';
import { actionMessages } from './messages';
import { batchSendJob, defaultSendOptions, type SendOptions } from './send';
import { SendOptionsFields } from './send-options';

/** The send-to-many dialog; `initialRecipients` pre-fills the list (e.g. the transcript's two sides). */
export function BatchSendModal({
  initialRecipients = '',
  onClose,
}: {
  initialRecipients?: string;
  onClose: () => void;
}) {
  const m = useMessages(actionMessages);
  const { lang } = useLanguage();
  const [text, setText] = useState(initialRecipients);
  const [from, setFrom] = useState('');
  const [draft, setDraft] = useState<BodyDraft>(emptyDraft('text'));
  const [options, setOptions] = useState<SendOptions>(defaultSendOptions);
  const [tried, setTried] = useState(false);
  const [job, setJob] = useState<Job<string>>();
  const parsed = useMemo(() => parseUserIds(text, MAX_BULK_IDS), [text]);
  const built = useMemo(() => buildBody(draft), [draft]);
  const fromCheck = userIdSchema.safeParse(from.trim());
  const fromError =
    from.trim() !== '' && !fromCheck.success
      ? m.common.fieldRule('From_Account', ruleText(fromCheck.error.issues[0]?.message ?? '', lang))
      : undefined;
  const count = parsed.ids.length;

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!built.ok || count === 0 || fromError) return;
    const next = batchSendJob(parsed.ids, {
      from: from.trim() || undefined,
      body: built.body,
      options: { ...options, sync: options.sync },
    });
    setJob(next);
    next.start();
  }

  const close = () => {
    const state = job?.getSnapshot().state;
    if (state === 'running' || state === 'paused') job?.cancel();
    onClose();
  };

  return (
    <Modal opened onClose={close} title={m.batch.title} centered size="xl">
      {job ? (
        <Stack gap="sm">
          <JobProgress
            job={job}
            title={m.batch.job(job.getSnapshot().total)}
            okLabel={m.batch.ok}
            columns={[{ header: m.batch.recipient, value: (id: string) => id, width: 220 }]}
            itemKey={(id) => id}
            reportName="batchsendmsg"
            defaultFilter="all"
            noteText={(key) => `${m.batch.key} ${key}`}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {m.common.close}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate aria-label={m.batch.title}>
          <Stack gap="sm">
            <Text size="sm">{m.batch.body}</Text>
            <Textarea
              label={m.batch.recipients}
              description={m.batch.recipientsHelp}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autosize
              minRows={3}
              maxRows={8}
              spellCheck={false}
              error={tried && count === 0 ? m.batch.none : undefined}
            />
            <Text size="sm" role="status">
              {m.batch.ready(count)}
              {parsed.duplicates > 0 && ` · ${m.batch.duplicates(parsed.duplicates)}`}
            </Text>
            {parsed.rejected.length > 0 && (
              <Alert color="red" variant="light" role="alert">
                <List size="sm">
                  {parsed.rejected.slice(0, 10).map((r) => (
                    <List.Item key={r.position}>
                      {m.batch.rejected(r.position, r.value, ruleText(r.rule, lang))}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            <TextInput
              label={m.batch.sender}
              description={m.batch.senderHelp}
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              error={fromError}
              spellCheck={false}
            />
            <BodyEditor
              draft={draft}
              onChange={setDraft}
              issues={built.ok ? [] : built.issues}
              showIssues={tried}
            />
            <SendOptionsFields value={options} onChange={setOptions} sync />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {m.common.cancel}
              </Button>
              <Button type="submit" disabled={count === 0}>
                {m.batch.confirm(count)}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
