/** The "Import members" migration dialog: pasted or loaded CSV/JSON, a checked preview, then a paced job. */
import { Alert, Button, FileInput, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent } from 'react';
import { VirtualTable } from '../../../../components/virtual-table';
import { formatUnixSeconds, useLanguage, useMessages } from '../../../../lib/i18n/i18n';
import type { Job } from '../../../../lib/jobs/runner';
import { ruleText } from '../../../../lib/rule-text';
import { roleLabels } from '../../../../../api/group';
import { membersMessages } from './messages';
import { parseImportMembers, type ImportMemberRow } from './parse-import-members';
import { IMPORT_BATCH, importMembersJob } from './tasks';

/** Props: the group and what to do with the started job. */
export interface ImportMembersModalProps {
  groupId: string;
  onClose: () => void;
  onStart: (job: Job<ImportMemberRow>, count: number) => void;
}

/** The dialog. */
export function ImportMembersModal({ groupId, onClose, onStart }: ImportMembersModalProps) {
  const m = useMessages(membersMessages);
  const { lang } = useLanguage();
  const [text, setText] = useState('');
  const parsed = useMemo(() => parseImportMembers(text), [text]);
  const rows = parsed.rows ?? [];
  const bad = rows.filter((r) => r.problems.length > 0);

  async function load(file: File | null) {
    if (file) setText(await file.text());
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (rows.length === 0) return;
    const job = importMembersJob(groupId, rows);
    job.start();
    onStart(job, rows.length);
  }

  return (
    <Modal opened onClose={onClose} title={m.import.title} size="xl" centered>
      <form onSubmit={submit} noValidate aria-label={m.import.title}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {m.import.help(IMPORT_BATCH)}
          </Text>
          <FileInput
            label={m.import.fileLabel}
            placeholder={m.import.filePlaceholder}
            accept=".csv,.txt,.json,text/csv,text/plain,application/json"
            onChange={(f) => void load(f)}
            leftSection={<IconFileText size={16} aria-hidden />}
            clearable
            maw={420}
          />
          <Textarea
            label={m.import.textLabel}
            description={m.import.textDescription}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={3}
            maxRows={8}
            spellCheck={false}
            error={parsed.error ? m.import[parsed.error] : undefined}
          />
          {bad.length > 0 && (
            <Alert color="red" variant="light" title={m.import.problems(bad.length)} role="alert">
              <List size="sm">
                {bad
                  .slice(0, 10)
                  .flatMap((r) =>
                    r.problems.map((p) => (
                      <List.Item key={`${r.line}:${p.field}`}>
                        {m.import.problem(r.line, p.field, ruleText(p.rule, lang))}
                      </List.Item>
                    )),
                  )}
              </List>
              {bad.length > 10 && <Text size="sm">{m.import.more(bad.length - 10)}</Text>}
            </Alert>
          )}
          {rows.length > 0 && (
            <>
              <Text size="sm" fw={600}>
                {m.import.preview(rows.length)}
              </Text>
              <VirtualTable
                rows={rows}
                rowKey={(r) => String(r.line)}
                label={m.import.previewTable}
                maxHeight={240}
                rowHeight={40}
                columns={[
                  { key: 'line', header: m.import.line, width: 70, render: (r) => r.line },
                  {
                    key: 'id',
                    header: m.columns.userId,
                    render: (r) => (
                      <Text size="sm" ff="monospace" c={r.problems.length ? 'red' : undefined}>
                        {r.member.Member_Account}
                      </Text>
                    ),
                  },
                  {
                    key: 'role',
                    header: m.columns.role,
                    render: (r) => roleLabels[r.member.Role ?? 'Member'][lang],
                  },
                  {
                    key: 'join',
                    header: m.import.joinTime,
                    render: (r) => (r.member.JoinTime ? formatUnixSeconds(r.member.JoinTime, lang) : '—'),
                  },
                  { key: 'unread', header: m.import.unread, render: (r) => r.member.UnreadMsgNum ?? '—' },
                ]}
              />
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {m.remove.cancel}
            </Button>
            <Button type="submit" color="red" disabled={rows.length === 0}>
              {m.import.submit(rows.length)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
