/**
 * The Mutes tab of `/groups/:groupId`: who is muted and until when (`get_group_shutted_uin`), mute or
 * unmute one or many (`forbid_send_msg`, presets or a custom end), per-account results of the last change.
 * The filter (`?mq=`) and, in a topic-enabled community, the topic (`?mtopic=`) live in the URL.
 * Work groups cannot hold mutes (10-groups-core.md §2.6): the tab says so and offers nothing to do.
 */
import { Alert, Anchor, Badge, Button, Card, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconRefresh } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { groupTypeInfo, UNMUTE } from '../../../../../api/group';
import { EmptyState, ErrorState, LoadingState } from '../../../../components/page-states';
import { AccessGate } from '../../../../lib/access';
import { useMessages } from '../../../../lib/i18n/i18n';
import { groupKeys, type GroupInfo } from '../../queries';
import { topicsQuery } from '../../topics/queries';
import { GroupMuteForm } from './group-mute-form';
import { mutesMessages } from './messages';
import { MuteOutcomes } from './mute-outcomes';
import { MutedTable } from './muted-table';
import { applyMutes, mutedQuery, type MuteOutcome } from './queries';

const GATE = 'group_open_http_svc/forbid_send_msg';

/** Muted members of `group`. */
export function MutesTab({ group }: { group: GroupInfo }) {
  const m = useMessages(mutesMessages);
  const groupId = group.GroupId;
  const type = group.Type === 'BChatRoom' ? undefined : group.Type;
  const supportsMute = type ? groupTypeInfo[type].supportsMute : true;
  const hasTopics = type === 'Community' && group.SupportTopic === 1;
  const [params, setParams] = useSearchParams();
  const filter = params.get('mq') ?? '';
  const topicId = hasTopics ? (params.get('mtopic') ?? '') : '';
  const setParam = (key: string, value: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const queryClient = useQueryClient();
  const muted = useQuery({ ...mutedQuery(groupId, topicId), enabled: supportsMute });
  const topics = useQuery({ ...topicsQuery(groupId), enabled: hasTopics });
  const [formText, setFormText] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcomes, setOutcomes] = useState<MuteOutcome[] | null>(null);

  const rows = useMemo(() => {
    const all = muted.data ?? [];
    const q = filter.trim().toLowerCase();
    return q ? all.filter((r) => r.account.toLowerCase().includes(q)) : all;
  }, [muted.data, filter]);

  const topicRow = topics.data?.find((t) => t.topicId === topicId);
  const topicName = topicRow?.ok ? topicRow.info.TopicName || topicId : topicId;
  const scopeName = topicName || m.wholeGroup;

  async function run(ids: string[], muteTime: number) {
    setProgress({ done: 0, total: ids.length });
    setOutcomes(null);
    try {
      const result = await applyMutes(groupId, topicId, ids, muteTime, (done, total) =>
        setProgress({ done, total }),
      );
      setOutcomes(result);
      setSelected(new Set());
    } finally {
      setProgress(null);
      await queryClient.invalidateQueries({ queryKey: groupKeys.all });
    }
  }

  function confirmUnmute(ids: string[]) {
    modals.openConfirmModal({
      title: m.form.confirmUnmuteTitle,
      children: <Text size="sm">{m.form.confirmUnmuteBody(ids.length, scopeName)}</Text>,
      labels: { confirm: m.form.confirm, cancel: m.form.cancel },
      confirmProps: { color: 'blue' },
      onConfirm: () => void run(ids, UNMUTE),
    });
  }

  if (!supportsMute)
    return (
      <Alert color="gray" variant="light" title={m.title} role="status">
        {m.notSupported}
      </Alert>
    );

  const busy = progress !== null;
  // In a topic, its own mute-all switch applies (set on the Topics tab); else the group's (Info tab).
  const muteAllOn = topicRow?.ok
    ? topicRow.info.ShutUpAllFlag === 1
    : (group.MuteAllMember ?? group.ShutUpAllMember) === 'On';
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {m.intro}
      </Text>
      <Group gap="xs">
        <Text size="sm" fw={500}>
          {m.muteAll.label}:
        </Text>
        <Badge color={muteAllOn ? 'orange' : 'gray'} variant="light" tt="none">
          {muteAllOn ? m.muteAll.on : m.muteAll.off}
        </Badge>
        <Anchor
          component={Link}
          to={`/groups/${encodeURIComponent(groupId)}?tab=${topicId ? 'topics' : 'info'}`}
          size="sm"
        >
          {topicId ? m.muteAll.editTopic : m.muteAll.edit}
        </Anchor>
      </Group>
      {hasTopics && (
        <Select
          label={m.scope}
          description={m.scopeDescription}
          value={topicId}
          onChange={(v) => {
            setParam('mtopic', v ?? '');
            setSelected(new Set());
          }}
          data={[
            { value: '', label: m.wholeGroup },
            ...(topics.data ?? [])
              .filter((t) => t.ok)
              .map((t) => ({ value: t.topicId, label: (t.ok && t.info.TopicName) || t.topicId })),
          ]}
          allowDeselect={false}
          w={320}
        />
      )}
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end">
            <TextInput
              label={m.filter}
              placeholder={m.filterPlaceholder}
              value={filter}
              onChange={(e) => setParam('mq', e.currentTarget.value)}
              w={260}
            />
            <Group gap="xs">
              {selected.size > 0 && (
                <>
                  <Text size="sm" role="status">
                    {m.selected(selected.size)}
                  </Text>
                  <Button size="xs" variant="default" onClick={() => setFormText([...selected].join(', '))}>
                    {m.useSelected}
                  </Button>
                  <AccessGate what={GATE}>
                    {(disabled) => (
                      <Button
                        size="xs"
                        variant="light"
                        disabled={disabled || busy}
                        onClick={() => confirmUnmute([...selected])}
                      >
                        {m.unmuteSelected(selected.size)}
                      </Button>
                    )}
                  </AccessGate>
                </>
              )}
              <Button
                size="xs"
                variant="default"
                leftSection={<IconRefresh size={14} />}
                onClick={() => void muted.refetch()}
                loading={muted.isFetching}
              >
                {m.refresh}
              </Button>
            </Group>
          </Group>
          {muted.isPending ? (
            <LoadingState />
          ) : muted.isError ? (
            <ErrorState error={muted.error} onRetry={() => void muted.refetch()} />
          ) : muted.data.length === 0 ? (
            <EmptyState title={m.emptyTitle}>{m.emptyBody}</EmptyState>
          ) : rows.length === 0 ? (
            <EmptyState title={m.noMatchTitle}>{m.noMatchBody}</EmptyState>
          ) : (
            <>
              <Text size="sm" role="status">
                {filter ? m.shown(rows.length, muted.data.length) : m.count(muted.data.length)}
              </Text>
              <MutedTable
                rows={rows}
                selected={selected}
                onSelectedChange={setSelected}
                onUnmute={(account) => confirmUnmute([account])}
                onChange={(account) => setFormText(account)}
                busy={busy}
              />
            </>
          )}
        </Stack>
      </Card>
      {progress && (
        <Text size="sm" role="status">
          {m.form.progress(progress.done, progress.total)}
        </Text>
      )}
      {outcomes && <MuteOutcomes outcomes={outcomes} onDismiss={() => setOutcomes(null)} />}
      <Card withBorder padding="md">
        <GroupMuteForm
          text={formText}
          onTextChange={setFormText}
          scopeName={scopeName}
          busy={busy}
          onRun={(ids, muteTime) => void run(ids, muteTime)}
        />
      </Card>
    </Stack>
  );
}
