/**
 * One community's topics (`get_topic`, every field) in a virtualized table: create, edit, delete one or
 * many (typed confirmation), see every field, open the transcript. The filter lives in the URL (`?tq=`).
 */
import { ActionIcon, Badge, Button, Checkbox, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import {
  IconInfoCircle,
  IconMessages,
  IconPencil,
  IconPlus,
  IconRefresh,
  IconTrash,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { TopicInfo } from '../../../../api/endpoints/million_group_open_http_svc/get_topic';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { VirtualTable, type VirtualColumn } from '../../../components/virtual-table';
import { AccessGate } from '../../../lib/access';
import { describeImError } from '../../../lib/im-error-text';
import { formatUnixSeconds, useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { DeleteTopicsModal, type TopicToDelete } from './delete-topics-modal';
import { topicsMessages } from './messages';
import { topicsQuery, type TopicRow } from './queries';
import { TopicDetailsModal } from './topic-details-modal';
import { TopicFormModal } from './topic-form-modal';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; topic: TopicInfo }
  | { kind: 'details'; topic: TopicInfo }
  | { kind: 'delete'; topics: TopicToDelete[] };

const nameOf = (row: TopicRow) => (row.ok && row.info.TopicName) || row.topicId;

/** The topics of `groupId`. */
export function TopicsPanel({ groupId }: { groupId: string }) {
  const m = useMessages(topicsMessages).list;
  const { lang } = useLanguage();
  const [params, setParams] = useSearchParams();
  const filter = params.get('tq') ?? '';
  const topics = useQuery(topicsQuery(groupId));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const rows = useMemo(() => {
    const all = topics.data ?? [];
    const q = filter.trim().toLowerCase();
    return q ? all.filter((r) => `${nameOf(r)} ${r.topicId}`.toLowerCase().includes(q)) : all;
  }, [topics.data, filter]);

  const setFilter = (value: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set('tq', value);
        else next.delete('tq');
        return next;
      },
      { replace: true },
    );
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const selectable = rows.filter((r) => r.ok);
  const allSelected = selectable.length > 0 && selectable.every((r) => selected.has(r.topicId));
  const time = (v: number | undefined) => (v ? formatUnixSeconds(v, lang) : m.never);

  const columns: VirtualColumn<TopicRow>[] = [
    {
      key: 'select',
      width: 44,
      header: (
        <Checkbox
          aria-label={m.selectAll}
          checked={allSelected}
          indeterminate={!allSelected && selectable.some((r) => selected.has(r.topicId))}
          onChange={(e) =>
            setSelected(e.currentTarget.checked ? new Set(selectable.map((r) => r.topicId)) : new Set())
          }
        />
      ),
      render: (r) =>
        r.ok ? (
          <Checkbox
            aria-label={m.select(nameOf(r))}
            checked={selected.has(r.topicId)}
            onChange={(e) => toggle(r.topicId, e.currentTarget.checked)}
          />
        ) : null,
    },
    {
      key: 'topic',
      header: m.topic,
      width: '24%',
      render: (r) => (
        <Stack gap={0}>
          <Text size="sm" fw={500} lineClamp={1}>
            {nameOf(r)}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace" lineClamp={1} title={r.topicId}>
            {r.topicId}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'about',
      header: m.about,
      render: (r) =>
        r.ok ? (
          <Stack gap={0}>
            <Text size="sm" lineClamp={1}>
              {r.info.Introduction || '—'}
            </Text>
            <Text size="xs" c="dimmed" lineClamp={1}>
              {r.info.Notification || '—'}
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="red">
            {m.rowError(r.code, r.errorInfo || describeImError(r.code, lang).meaning)}
          </Text>
        ),
    },
    {
      key: 'muteAll',
      header: m.muteAll,
      width: 90,
      render: (r) =>
        r.ok ? (
          <Badge color={r.info.ShutUpAllFlag === 1 ? 'orange' : 'gray'} variant="light" tt="none">
            {r.info.ShutUpAllFlag === 1 ? m.on : m.off}
          </Badge>
        ) : null,
    },
    {
      key: 'created',
      header: m.created,
      width: 160,
      render: (r) =>
        r.ok ? (
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {time(r.info.CreateTime)}
          </Text>
        ) : null,
    },
    {
      key: 'last',
      header: m.lastMsg,
      width: 160,
      render: (r) =>
        r.ok ? (
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {time(r.info.LastMsgTime)}
          </Text>
        ) : null,
    },
    {
      key: 'actions',
      header: m.actions,
      width: 150,
      render: (r) => {
        if (!r.ok) return null;
        const name = nameOf(r);
        return (
          <Group gap={2} wrap="nowrap">
            <Tooltip label={m.details(name)} withArrow>
              <ActionIcon
                variant="subtle"
                aria-label={m.details(name)}
                onClick={() => setDialog({ kind: 'details', topic: r.info })}
              >
                <IconInfoCircle size={16} />
              </ActionIcon>
            </Tooltip>
            <AccessGate what="million_group_open_http_svc/modify_topic">
              {(disabled) => (
                <Tooltip label={m.edit(name)} withArrow>
                  <ActionIcon
                    variant="subtle"
                    aria-label={m.edit(name)}
                    disabled={disabled}
                    onClick={() => setDialog({ kind: 'edit', topic: r.info })}
                  >
                    <IconPencil size={16} />
                  </ActionIcon>
                </Tooltip>
              )}
            </AccessGate>
            <Tooltip label={m.transcript(name)} withArrow>
              <ActionIcon
                variant="subtle"
                component={Link}
                to={`/history/topic/${encodeURIComponent(r.topicId)}`}
                aria-label={m.transcript(name)}
              >
                <IconMessages size={16} />
              </ActionIcon>
            </Tooltip>
            <AccessGate what="million_group_open_http_svc/destroy_topic">
              {(disabled) => (
                <Tooltip label={m.remove(name)} withArrow>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={m.remove(name)}
                    disabled={disabled}
                    onClick={() => setDialog({ kind: 'delete', topics: [{ topicId: r.topicId, name }] })}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              )}
            </AccessGate>
          </Group>
        );
      },
    },
  ];

  const chosen = (topics.data ?? []).filter((r) => r.ok && selected.has(r.topicId));
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <TextInput
          label={m.filter}
          placeholder={m.filterPlaceholder}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          w={260}
        />
        <Group gap="xs">
          {chosen.length > 0 && (
            <>
              <Text size="sm" role="status">
                {m.selected(chosen.length)}
              </Text>
              <AccessGate what="million_group_open_http_svc/destroy_topic">
                {(disabled) => (
                  <Button
                    size="xs"
                    color="red"
                    variant="light"
                    disabled={disabled}
                    onClick={() =>
                      setDialog({
                        kind: 'delete',
                        topics: chosen.map((r) => ({ topicId: r.topicId, name: nameOf(r) })),
                      })
                    }
                  >
                    {m.deleteSelected(chosen.length)}
                  </Button>
                )}
              </AccessGate>
            </>
          )}
          <Button
            size="xs"
            variant="default"
            leftSection={<IconRefresh size={14} />}
            onClick={() => void topics.refetch()}
            loading={topics.isFetching}
          >
            {m.refresh}
          </Button>
          <AccessGate what="million_group_open_http_svc/create_topic">
            {(disabled) => (
              <Button
                size="xs"
                leftSection={<IconPlus size={14} />}
                disabled={disabled}
                onClick={() => setDialog({ kind: 'create' })}
              >
                {m.create}
              </Button>
            )}
          </AccessGate>
        </Group>
      </Group>
      {topics.isPending ? (
        <LoadingState />
      ) : topics.isError ? (
        <ErrorState error={topics.error} onRetry={() => void topics.refetch()} />
      ) : topics.data.length === 0 ? (
        <EmptyState title={m.emptyTitle}>{m.emptyBody}</EmptyState>
      ) : rows.length === 0 ? (
        <EmptyState title={m.noMatchTitle}>{m.noMatchBody}</EmptyState>
      ) : (
        <>
          <Text size="sm" role="status">
            {filter ? m.shown(rows.length, topics.data.length) : m.count(topics.data.length)}
          </Text>
          <VirtualTable
            rows={rows}
            columns={columns}
            rowKey={(r) => r.topicId}
            label={m.label}
            rowHeight={56}
          />
        </>
      )}
      {dialog?.kind === 'create' && <TopicFormModal groupId={groupId} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && (
        <TopicFormModal groupId={groupId} topic={dialog.topic} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'details' && (
        <TopicDetailsModal topic={dialog.topic} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteTopicsModal
          groupId={groupId}
          topics={dialog.topics}
          onClose={() => setDialog(null)}
          onDeleted={(ids) => setSelected((s) => new Set([...s].filter((id) => !ids.includes(id))))}
        />
      )}
    </Stack>
  );
}
