/** Imports one-way friend entries into the owner's list (`friend_import`, a dangerous admin call). */
import { Button, Group, Modal, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  endpoint as friendImport,
  friendImportRequestSchema,
  type FriendImportRequest,
} from '../../../../api/endpoints/sns/friend_import';
import { ADD_SOURCE_PREFIX, addSourceSchema } from '../../../../api/friend';
import { ErrorState } from '../../../components/page-states';
import { callIm } from '../../../lib/api-client';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { ruleText } from '../../../lib/rule-text';
import { BatchResults } from './batch-results';
import { friendsMessages } from './messages';
import { parseTargets } from './parse-targets';
import { friendQueries } from './queries';

type Field = 'targets' | 'source' | 'remark' | 'lists';
const fieldOfTag: Record<string, Field> = {
  To_Account: 'targets',
  AddSource: 'source',
  Remark: 'remark',
  GroupName: 'lists',
};

/** The "Import friends" dialog. */
export function ImportFriendsModal({
  userId,
  knownLists,
  onClose,
}: {
  userId: string;
  knownLists: readonly string[];
  onClose: () => void;
}) {
  const m = useMessages(friendsMessages);
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  const [targets, setTargets] = useState('');
  const [source, setSource] = useState('Import');
  const [remark, setRemark] = useState('');
  const [lists, setLists] = useState<string[]>([]);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const run = useMutation({
    mutationFn: (body: FriendImportRequest) => callIm(friendImport, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: friendQueries.all(userId) }),
  });
  const labels: Record<Field, string> = {
    targets: m.common.userIds,
    source: m.add.source,
    remark: m.add.remark,
    lists: m.edit.lists,
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    const parsed = parseTargets(targets, lang);
    if ('error' in parsed) next.targets = parsed.error;
    const addSource = `${ADD_SOURCE_PREFIX}${source.trim()}`;
    if (!addSourceSchema.safeParse(addSource).success)
      next.source = m.common.fieldRule(m.add.source, m.add.sourceRule);
    const body: FriendImportRequest = {
      From_Account: userId,
      AddFriendItem: ('ids' in parsed ? parsed.ids : ['placeholder']).map((To_Account) => ({
        To_Account,
        AddSource: addSource,
        ...(remark ? { Remark: remark } : {}),
        ...(lists.length ? { GroupName: lists } : {}),
      })),
    };
    for (const issue of friendImportRequestSchema.safeParse(body).error?.issues ?? []) {
      const tag = [...issue.path].reverse().find((p) => typeof p === 'string' && p in fieldOfTag);
      const field = fieldOfTag[tag as string];
      if (field && !next[field])
        next[field] = m.common.fieldRule(labels[field], ruleText(issue.message, lang));
    }
    setErrors(next);
    if (Object.keys(next).length === 0) run.mutate(body);
  }

  return (
    <Modal opened onClose={onClose} title={m.import.title} size="lg">
      <form onSubmit={submit} noValidate aria-label={m.import.title}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {m.import.intro}
          </Text>
          <Textarea
            label={m.common.userIds}
            description={m.common.userIdsDescription}
            required
            value={targets}
            onChange={(e) => setTargets(e.currentTarget.value)}
            error={errors.targets}
            autosize
            minRows={3}
            maxRows={8}
            spellCheck={false}
            data-autofocus
          />
          <TextInput
            label={m.add.source}
            description={m.add.sourceDescription}
            value={source}
            onChange={(e) => setSource(e.currentTarget.value)}
            error={errors.source}
          />
          <TextInput
            label={m.add.remark}
            description={m.add.remarkDescription}
            value={remark}
            onChange={(e) => setRemark(e.currentTarget.value)}
            error={errors.remark}
          />
          <TagsInput
            label={m.edit.lists}
            description={m.edit.listsDescription}
            data={[...knownLists]}
            value={lists}
            onChange={setLists}
            error={errors.lists}
          />
          {run.isError && <ErrorState error={run.error} />}
          {run.data && <BatchResults items={run.data.ResultItem} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {run.data ? m.common.close : m.common.cancel}
            </Button>
            <Button type="submit" color="orange" loading={run.isPending}>
              {m.import.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
