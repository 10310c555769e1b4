/**
 * Deletes topics (`destroy_topic`) after typed confirmation: the topic's name for one, "delete N topics"
 * for several. Each topic's own result is shown afterwards (the call's outer code stays 0 when some fail).
 */
import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorState } from '../../../components/page-states';
import { describeImError } from '../../../lib/im-error-text';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { groupKeys } from '../queries';
import { topicsMessages } from './messages';
import { destroyTopicsCall, type DestroyResult } from './queries';

/** A topic to delete: its ID and the name shown (the ID when it has none). */
export interface TopicToDelete {
  topicId: string;
  name: string;
}

/** The typed-confirmation dialog. */
export function DeleteTopicsModal({
  groupId,
  topics,
  onClose,
  onDeleted,
}: {
  groupId: string;
  topics: readonly TopicToDelete[];
  onClose: () => void;
  /** Told which topics are gone (to drop them from a selection). */
  onDeleted?: (topicIds: string[]) => void;
}) {
  const m = useMessages(topicsMessages).remove;
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  const expected = topics.length === 1 ? topics[0]!.name : m.typeAll(topics.length);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();
  const [results, setResults] = useState<DestroyResult[] | null>(null);
  const destroy = useMutation({
    mutationFn: () =>
      destroyTopicsCall(
        groupId,
        topics.map((t) => t.topicId),
      ),
    onSuccess: (r) => {
      setResults(r);
      onDeleted?.(r.filter((x) => x.ok).map((x) => x.topicId));
      void queryClient.invalidateQueries({ queryKey: groupKeys.all });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (typed.trim() !== expected) {
      setError(m.mismatch);
      return;
    }
    setError(undefined);
    destroy.mutate();
  }

  const nameOf = new Map(topics.map((t) => [t.topicId, t.name]));
  return (
    <Modal opened onClose={onClose} title={m.title(topics.length)}>
      {results ? (
        <Stack gap="sm">
          <Alert
            color={results.every((r) => r.ok) ? 'teal' : 'orange'}
            variant="light"
            role="status"
            title={m.summary(results.filter((r) => r.ok).length, results.filter((r) => !r.ok).length)}
          >
            <List size="sm" aria-label={m.resultsLabel} spacing={4}>
              {results.map((r) => (
                <List.Item key={r.topicId}>
                  <Text span size="sm" fw={500}>
                    {nameOf.get(r.topicId) ?? r.topicId}
                  </Text>
                  {': '}
                  <Text span size="sm" c={r.ok ? 'teal' : 'red'}>
                    {r.ok
                      ? m.deleted
                      : m.failed(r.code, r.errorInfo || describeImError(r.code, lang).meaning)}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{m.close}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate aria-label={m.title(topics.length)}>
          <Stack gap="sm">
            <Text size="sm">{m.body}</Text>
            <List size="sm" spacing={2}>
              {topics.slice(0, 10).map((t) => (
                <List.Item key={t.topicId}>
                  {t.name}{' '}
                  <Text span size="xs" c="dimmed" ff="monospace">
                    {t.topicId}
                  </Text>
                </List.Item>
              ))}
              {topics.length > 10 && <List.Item>…</List.Item>}
            </List>
            <TextInput
              label={m.typeLabel(expected)}
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              error={error}
              autoComplete="off"
              spellCheck={false}
              data-autofocus
            />
            {destroy.isError && <ErrorState error={destroy.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {m.cancel}
              </Button>
              <Button
                type="submit"
                color="red"
                loading={destroy.isPending}
                disabled={typed.trim() !== expected}
              >
                {m.confirm}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
