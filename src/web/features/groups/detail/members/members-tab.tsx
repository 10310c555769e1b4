/**
 * The Members tab of `/groups/:groupId`: every member through `get_group_member_info` (virtualized; pages
 * of 100 load as the operator scrolls, so a 100,000-member Community scrolls smoothly), filtered by role
 * (server side, `MemberRoleFilter`) and by mute state (`get_group_shutted_uin`), with chosen member custom
 * fields, all in the URL. Add, remove and import members run as paced jobs with per-user results; a
 * member's panel changes role, name card, custom fields and unread count. AVChatRoom keeps no members.
 */
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Input,
  Select,
  SegmentedControl,
  Skeleton,
  Stack,
  TagsInput,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconInfoCircle, IconSettings } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  groupTypeInfo,
  roleLabels,
  type GroupMember,
  type GroupType,
  type MemberRole,
} from '../../../../../api/group';
import { EmptyState, ErrorState, LoadingState } from '../../../../components/page-states';
import { VirtualTable, type VirtualColumn } from '../../../../components/virtual-table';
import { AccessGate } from '../../../../lib/access';
import { useLanguage, useMessages } from '../../../../lib/i18n/i18n';
import { JobProgress } from '../../../../lib/jobs/job-progress';
import type { ItemResult, Job } from '../../../../lib/jobs/runner';
import type { GroupInfo } from '../../queries';
import { AddMembersModal } from './add-members-modal';
import { MEMBER_PARAMS, parseMemberFilters, withMemberFilters, type MemberFilters } from './filters';
import { ImportMembersModal } from './import-members-modal';
import { MemberDrawer } from './member-drawer';
import { MuteUntilText, RoleBadge, TimeText } from './member-cells';
import { memberRows, needsMore, type MemberRow } from './member-rows';
import { membersMessages } from './messages';
import type { ImportMemberRow } from './parse-import-members';
import {
  afterMembershipChange,
  memberListQuery,
  mutedMembersQuery,
  pagingModeOf,
  type MutedMember,
} from './queries';
import { RemoveMembersModal } from './remove-members-modal';
import type { MemberNote } from './tasks';

type Dialog = { kind: 'add' } | { kind: 'remove'; ids: string[] } | { kind: 'import' };

type ActiveJob =
  | { id: number; kind: 'add' | 'remove'; job: Job<string>; count: number }
  | { id: number; kind: 'import'; job: Job<ImportMemberRow>; count: number };

const ROW_HEIGHT = 48;

/** Lists, filters and manages a group's members. */
export function MembersTab({ group }: { group: GroupInfo }) {
  const m = useMessages(membersMessages);
  const { lang } = useLanguage();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const filters = parseMemberFilters(params);
  const groupId = group.GroupId;
  const type = group.Type && group.Type in groupTypeInfo ? (group.Type as GroupType) : undefined;
  const typeInfo = type ? groupTypeInfo[type] : undefined;
  const managesMembers = typeInfo?.restManagesMembers !== false;
  const mode = pagingModeOf(type);

  const lastVisible = useRef(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<Dialog>();
  const [active, setActive] = useState<ActiveJob>();

  const list = useInfiniteQuery({
    ...memberListQuery({ groupId, mode, role: filters.role, keys: filters.keys }),
    enabled: managesMembers && !filters.muted,
  });
  const muted = useQuery({ ...mutedMembersQuery(groupId), enabled: managesMembers && filters.muted });

  const loaded = useMemo(() => list.data?.pages.flatMap((p) => p.members) ?? [], [list.data]);
  const memberNum = list.data?.pages[list.data.pages.length - 1]?.memberNum ?? group.MemberNum ?? 0;
  const hasNext = list.hasNextPage && !list.isFetchNextPageError;
  const mutedRows = useMemo(
    () => (muted.data ?? []).filter((x) => !filters.role || x.Role === filters.role),
    [muted.data, filters.role],
  );
  const rows: MemberRow[] | MutedMember[] = useMemo(
    () => (filters.muted ? mutedRows : memberRows(loaded, memberNum, hasNext, !filters.role)),
    [filters.muted, mutedRows, loaded, memberNum, hasNext, filters.role],
  );

  const { fetchNextPage, isFetchingNextPage } = list;
  // The rows in view live in a ref, not in state: scrolling re-renders only the table, not the whole tab.
  const maybeFetch = useCallback(() => {
    if (filters.muted || !hasNext || isFetchingNextPage) return;
    if (needsMore(lastVisible.current, loaded.length)) void fetchNextPage({ cancelRefetch: false });
  }, [filters.muted, hasNext, isFetchingNextPage, loaded.length, fetchNextPage]);
  // After each page (and any change of state), check again: the view may be far beyond the loaded end.
  useEffect(() => maybeFetch(), [maybeFetch]);
  const onRangeChange = useCallback(
    (_first: number, last: number) => {
      lastVisible.current = last;
      maybeFetch();
    },
    [maybeFetch],
  );

  function setFilters(changes: Partial<MemberFilters>) {
    setParams((prev) => withMemberFilters(prev, changes), { replace: !('member' in changes) });
  }

  function clearFilters() {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const p of MEMBER_PARAMS) next.delete(p);
        return next;
      },
      { replace: true },
    );
  }

  function startJob(next: ActiveJob) {
    setActive(next);
    setDialog(undefined);
    void next.job.finished().then(() => afterMembershipChange(client, groupId));
  }

  const openMember = filters.member;
  const openMemberData = useMemo((): GroupMember | undefined => {
    if (!openMember) return undefined;
    return (loaded.find((x) => x.Member_Account === openMember) ??
      muted.data?.find((x) => x.Member_Account === openMember && x.Role !== 'NotMember')) as
      GroupMember | undefined;
  }, [openMember, loaded, muted.data]);

  const showMember = useCallback(
    (id: string) => setParams((prev) => withMemberFilters(prev, { member: id })),
    [setParams],
  );
  const columns = useMemo((): VirtualColumn<MemberRow | MutedMember>[] => {
    const toggle = (id: string, on: boolean) =>
      setSelected((cur) => {
        const next = new Set(cur);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      });
    const placeholder = <Skeleton height={12} radius="sm" width="70%" aria-label={m.placeholder} />;
    const cell =
      (render: (x: GroupMember) => React.ReactNode) =>
      (row: MemberRow | MutedMember): React.ReactNode =>
        typeof row === 'number' ? placeholder : render(row as GroupMember);
    return [
      {
        key: 'select',
        header: m.columns.select,
        width: 70,
        render: (row) =>
          typeof row === 'number' ? null : (
            <Checkbox
              aria-label={m.columns.selectRow(row.Member_Account)}
              checked={selected.has(row.Member_Account)}
              onChange={(e) => toggle(row.Member_Account, e.currentTarget.checked)}
            />
          ),
      },
      {
        key: 'id',
        header: m.columns.userId,
        render: cell((x) => (
          <Text
            size="sm"
            ff="monospace"
            lineClamp={1}
            title={x.Member_Account}
            style={{ wordBreak: 'break-all' }}
          >
            {x.Member_Account}
          </Text>
        )),
      },
      { key: 'role', header: m.columns.role, width: 120, render: cell((x) => <RoleBadge role={x.Role} />) },
      {
        key: 'card',
        header: m.columns.nameCard,
        render: cell((x) =>
          x.NameCard ? (
            <Text size="sm" lineClamp={1} title={x.NameCard}>
              {x.NameCard}
            </Text>
          ) : (
            <Text span size="sm" c="dimmed">
              —
            </Text>
          ),
        ),
      },
      { key: 'joined', header: m.columns.joined, render: cell((x) => <TimeText seconds={x.JoinTime} />) },
      {
        key: 'sent',
        header: m.columns.lastSent,
        render: cell((x) => <TimeText seconds={x.LastSendMsgTime} never={x.LastSendMsgTime !== undefined} />),
      },
      {
        key: 'muted',
        header: m.columns.mutedUntil,
        render: cell((x) => <MuteUntilText until={x.MuteUntil ?? x.ShutUpUntil} />),
      },
      ...(filters.keys.length && !filters.muted
        ? [
            {
              key: 'data',
              header: m.columns.data,
              render: cell((x) => {
                const text = (x.AppMemberDefinedData ?? []).map((d) => `${d.Key}=${d.Value}`).join(', ');
                return text ? (
                  <Text size="sm" lineClamp={1} title={text} style={{ wordBreak: 'break-all' }}>
                    {text}
                  </Text>
                ) : (
                  <Text span size="sm" c="dimmed">
                    —
                  </Text>
                );
              }),
            },
          ]
        : []),
      {
        key: 'actions',
        header: m.columns.actions,
        width: 90,
        render: cell((x) => (
          <Tooltip label={m.columns.manage(x.Member_Account)}>
            <ActionIcon
              variant="subtle"
              aria-label={m.columns.manage(x.Member_Account)}
              onClick={() => showMember(x.Member_Account)}
            >
              <IconSettings size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        )),
      },
    ];
  }, [m, selected, filters.keys.length, filters.muted, showMember]);

  if (!managesMembers) {
    return (
      <Alert color="blue" variant="light" icon={<IconInfoCircle />} title={m.unsupported.title}>
        {m.unsupported.body}
      </Alert>
    );
  }

  const roleChoices = (typeInfo?.roles ?? (['Owner', 'Admin', 'Member'] as MemberRole[])).map((r) => ({
    value: r,
    label: roleLabels[r][lang],
  }));
  const free =
    group.MaxMemberNum !== undefined && group.MemberNum !== undefined
      ? Math.max(0, group.MaxMemberNum - group.MemberNum)
      : undefined;
  const filtered = filters.role !== undefined || filters.muted;

  let body: React.ReactNode;
  const query = filters.muted ? muted : list;
  if (query.isPending) body = <LoadingState />;
  else if (query.isError && !(list.isFetchNextPageError && !filters.muted))
    body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (rows.length === 0)
    body = filters.muted ? (
      <EmptyState title={m.empty.mutedTitle}>{m.empty.mutedBody}</EmptyState>
    ) : filtered ? (
      <EmptyState
        title={m.empty.filteredTitle}
        action={
          <Button variant="light" onClick={clearFilters}>
            {m.filters.clear}
          </Button>
        }
      >
        {m.empty.filteredBody}
      </EmptyState>
    ) : (
      <EmptyState title={m.empty.title}>{m.empty.body}</EmptyState>
    );
  else
    body = (
      <VirtualTable
        rows={rows as (MemberRow | MutedMember)[]}
        columns={columns}
        rowKey={(row) => (typeof row === 'number' ? `#${row}` : row.Member_Account)}
        label={filters.muted ? m.mutedTableLabel(groupId) : m.tableLabel(groupId)}
        rowHeight={ROW_HEIGHT}
        maxHeight={600}
        onRangeChange={onRangeChange}
        syncScrollRender={false}
      />
    );

  const noteText = (note: string) => {
    const notes: Record<MemberNote, string> = {
      waiting: m.add.waiting,
      result0: active?.kind === 'import' ? m.import.result0 : m.add.result0,
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
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={m.filters.role}
          placeholder={m.filters.anyRole}
          data={roleChoices}
          value={filters.role ?? null}
          onChange={(v) => setFilters({ role: (v ?? undefined) as MemberRole | undefined })}
          clearable
          w={180}
        />
        <Input.Wrapper label={m.filters.muted} labelElement="div" labelProps={{ id: 'member-mute-filter' }}>
          <SegmentedControl
            aria-labelledby="member-mute-filter"
            value={filters.muted ? 'muted' : 'all'}
            onChange={(v) => setFilters({ muted: v === 'muted' })}
            data={[
              { value: 'all', label: m.filters.all },
              { value: 'muted', label: m.filters.mutedOnly },
            ]}
            display="flex"
          />
        </Input.Wrapper>
        <TagsInput
          label={m.filters.keys}
          placeholder={m.filters.keysPlaceholder}
          value={filters.keys}
          onChange={(keys) => setFilters({ keys })}
          disabled={filters.muted}
          w={280}
          clearable
        />
        {(filtered || filters.keys.length > 0) && (
          <Button variant="subtle" onClick={clearFilters}>
            {m.filters.clear}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {filters.muted ? m.filters.mutedNote : `${m.pagingNote(mode)} ${m.filters.keysDescription}`}
      </Text>

      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm">
          <AccessGate what="group_open_http_svc/add_group_member">
            {(disabled) => (
              <Button disabled={disabled} onClick={() => setDialog({ kind: 'add' })}>
                {m.actions.add}
              </Button>
            )}
          </AccessGate>
          <AccessGate what="group_open_http_svc/delete_group_member">
            {(disabled) => (
              <Button
                color="red"
                variant="light"
                disabled={disabled}
                onClick={() => setDialog({ kind: 'remove', ids: [...selected] })}
              >
                {selected.size > 0 ? m.actions.removeSelected(selected.size) : m.actions.remove}
              </Button>
            )}
          </AccessGate>
          <AccessGate what="group_open_http_svc/import_group_member">
            {(disabled) => (
              <Button variant="default" disabled={disabled} onClick={() => setDialog({ kind: 'import' })}>
                {m.actions.import}
              </Button>
            )}
          </AccessGate>
          {selected.size > 0 && (
            <Group gap="xs">
              <Text size="sm">{m.actions.selected(selected.size)}</Text>
              <Button variant="subtle" size="xs" onClick={() => setSelected(new Set())}>
                {m.actions.clearSelection}
              </Button>
            </Group>
          )}
        </Group>
        {!filters.muted && list.data && (
          <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="member-count">
            {[
              filters.role ? m.loadedFiltered(loaded.length, memberNum) : m.loaded(loaded.length, memberNum),
              isFetchingNextPage ? m.loadingMore : !hasNext && !list.isFetchNextPageError ? m.allLoaded : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        )}
      </Group>

      {active && (
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
      )}

      {list.isFetchNextPageError && !filters.muted && (
        <ErrorState error={list.error} onRetry={() => void fetchNextPage()} />
      )}
      {body}

      {dialog?.kind === 'add' && (
        <AddMembersModal
          groupId={groupId}
          free={free}
          onClose={() => setDialog(undefined)}
          onStart={(job, count) => startJob({ id: Date.now(), kind: 'add', job, count })}
        />
      )}
      {dialog?.kind === 'remove' && (
        <RemoveMembersModal
          groupId={groupId}
          initialIds={dialog.ids}
          onClose={() => setDialog(undefined)}
          onStart={(job, count) => {
            setSelected(new Set());
            startJob({ id: Date.now(), kind: 'remove', job, count });
          }}
        />
      )}
      {dialog?.kind === 'import' && (
        <ImportMembersModal
          groupId={groupId}
          onClose={() => setDialog(undefined)}
          onStart={(job, count) => startJob({ id: Date.now(), kind: 'import', job, count })}
        />
      )}
      {openMember && (
        <MemberDrawer
          groupId={groupId}
          typeInfo={typeInfo}
          account={openMember}
          member={openMemberData}
          onClose={() => setFilters({ member: undefined })}
          onRemove={(id) => {
            setFilters({ member: undefined });
            setDialog({ kind: 'remove', ids: [id] });
          }}
        />
      )}
    </Stack>
  );
}
