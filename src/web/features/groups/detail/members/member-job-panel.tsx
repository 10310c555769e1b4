/**
 * The progress and per-user report of the Members tab's latest add, remove or import job, with the
 * task's own words for each outcome and note.
 */
import { Stack, Text } from '@mantine/core';
import { useMessages } from '../../../../lib/i18n/i18n';
import { JobProgress } from '../../../../lib/jobs/job-progress';
import type { ItemResult, Job } from '../../../../lib/jobs/runner';
import { membersMessages } from './messages';
import type { ImportMemberRow } from './parse-import-members';
import type { MemberNote } from './tasks';

/** A running (or finished) membership job; `id` remounts the panel for a new job. */
export type MemberJob =
  | { id: number; kind: 'add' | 'remove'; job: Job<string>; count: number }
  | { id: number; kind: 'import'; job: Job<ImportMemberRow>; count: number };

/** The panel of one job of group `groupId`. */
export function MemberJobPanel({ active, groupId }: { active: MemberJob; groupId: string }) {
  const m = useMessages(membersMessages);
  const noteText = (note: string) => {
    const notes: Record<MemberNote, string> = {
      waiting: m.add.waiting,
      result0: active.kind === 'import' ? m.import.result0 : m.add.result0,
      notMember: m.remove.notMember,
      owner: m.remove.owner,
      missing: '—',
    };
    return notes[note as MemberNote] ?? note;
  };
  const idColumn = {
    header: m.columns.userId,
    value: (id: string) => id,
    render: (id: string) => (
      <Text size="sm" ff="monospace">
        {id}
      </Text>
    ),
  };

  return (
    <Stack
      gap="xs"
      p="sm"
      style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}
    >
      {active.kind === 'import' ? (
        <JobProgress
          key={active.id}
          job={active.job}
          title={m.import.job(active.count)}
          okLabel={m.import.ok}
          existedLabel={m.import.existed}
          reportName={`import-members-${groupId}`}
          noteText={noteText}
          itemKey={(r) => String(r.line)}
          defaultFilter="all"
          columns={[
            { header: m.import.line, value: (r: ImportMemberRow) => r.line, width: 70 },
            {
              ...idColumn,
              value: (r: ImportMemberRow) => r.member.Member_Account,
              render: (r: ImportMemberRow) => idColumn.render(r.member.Member_Account),
            },
          ]}
        />
      ) : (
        <JobProgress
          key={active.id}
          job={active.job}
          title={active.kind === 'add' ? m.add.job(active.count) : m.remove.job(active.count)}
          okLabel={active.kind === 'add' ? m.add.ok : m.remove.ok}
          existedLabel={active.kind === 'add' ? m.add.existed : m.remove.notMember}
          reportName={`${active.kind}-members-${groupId}`}
          noteText={noteText}
          reasonText={(r: ItemResult<string>) => r.reason}
          itemKey={(id) => id}
          defaultFilter="all"
          columns={[idColumn]}
        />
      )}
    </Stack>
  );
}
