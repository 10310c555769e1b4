/**
 * The Members tab of `/groups/:groupId`: every member through `get_group_member_info` (virtualized; pages
 * of 100 load as the operator scrolls, so a 100,000-member Community scrolls smoothly), filtered by role
 * (server side, `MemberRoleFilter`) and by mute state (`get_group_shutted_uin`), with chosen member custom
 * fields, all in the URL. Add, remove and import members run as paced jobs with per-user results; a
 * member's panel changes role, name card, custom fields and unread count. AVChatRoom keeps no members.
 * The list's data is in `use-member-list.ts`, its columns in `member-columns.tsx`.
 */
import { Alert, Button, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { groupTypeInfo, type GroupType, type MemberRole } from '../../../../../api/group';
import { EmptyState, ErrorState, LoadingState } from '../../../../components/page-states';
import { VirtualTable } from '../../../../components/virtual-table';
import { useMessages } from '../../../../lib/i18n/i18n';
import type { GroupInfo } from '../../queries';
import { AddMembersModal } from './add-members-modal';
import { MEMBER_PARAMS, parseMemberFilters, withMemberFilters, type MemberFilters } from './filters';
import { ImportMembersModal } from './import-members-modal';
import { MemberActionsBar } from './member-actions-bar';
import { useMemberColumns } from './member-columns';
import { MemberDrawer } from './member-drawer';
import { MemberFiltersBar } from './member-filters-bar';
import { MemberJobPanel, type MemberJob } from './member-job-panel';
import type { MemberRow } from './member-rows';
import { membersMessages } from './messages';
import { afterMembershipChange, pagingModeOf, type MutedMember } from './queries';
import { RemoveMembersModal } from './remove-members-modal';
import { useMemberList } from './use-member-list';

type Dialog = { kind: 'add' } | { kind: 'remove'; ids: string[] } | { kind: 'import' };

const ROW_HEIGHT = 48;

/** Lists, filters and manages a group's members. */
export function MembersTab({ group }: { group: GroupInfo }) {
  const m = useMessages(membersMessages);
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const filters = parseMemberFilters(params);
  const groupId = group.GroupId;
  const type = group.Type && group.Type in groupTypeInfo ? (group.Type as GroupType) : undefined;
  const typeInfo = type ? groupTypeInfo[type] : undefined;
  const managesMembers = typeInfo?.restManagesMembers !== false;
  const mode = pagingModeOf(type);

  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<Dialog>();
  const [active, setActive] = useState<MemberJob>();

  const { list, muted, loaded, memberNum, hasNext, rows, onRangeChange, openMemberData } = useMemberList({
    groupId,
    mode,
    filters,
    enabled: managesMembers,
    memberNum: group.MemberNum,
  });

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

  function startJob(next: MemberJob) {
    setActive(next);
    setDialog(undefined);
    void next.job.finished().then(() => afterMembershipChange(client, groupId));
  }

  const showMember = useCallback(
    (id: string) => setParams((prev) => withMemberFilters(prev, { member: id })),
    [setParams],
  );
  const columns = useMemberColumns({
    selected,
    setSelected,
    showData: filters.keys.length > 0 && !filters.muted,
    onManage: showMember,
  });

  if (!managesMembers) {
    return (
      <Alert color="blue" variant="light" icon={<IconInfoCircle />} title={m.unsupported.title}>
        {m.unsupported.body}
      </Alert>
    );
  }

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

  const countStatus =
    !filters.muted && list.data
      ? [
          filters.role ? m.loadedFiltered(loaded.length, memberNum) : m.loaded(loaded.length, memberNum),
          list.isFetchingNextPage ? m.loadingMore : !hasNext && !list.isFetchNextPageError ? m.allLoaded : '',
        ]
          .filter(Boolean)
          .join(' · ')
      : undefined;

  return (
    <Stack gap="md">
      <MemberFiltersBar
        filters={filters}
        roles={typeInfo?.roles ?? (['Owner', 'Admin', 'Member'] as MemberRole[])}
        mode={mode}
        onChange={setFilters}
        onClear={clearFilters}
      />
      <MemberActionsBar
        selectedCount={selected.size}
        status={countStatus}
        onAdd={() => setDialog({ kind: 'add' })}
        onRemove={() => setDialog({ kind: 'remove', ids: [...selected] })}
        onImport={() => setDialog({ kind: 'import' })}
        onClearSelection={() => setSelected(new Set())}
      />

      {active && <MemberJobPanel active={active} groupId={groupId} />}

      {list.isFetchNextPageError && !filters.muted && (
        <ErrorState error={list.error} onRetry={() => void list.fetchNextPage()} />
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
      {filters.member && (
        <MemberDrawer
          groupId={groupId}
          typeInfo={typeInfo}
          account={filters.member}
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
