/** Adds friends to the owner (`friend_add`): one or many UserIDs, one-way or two-way, with source and wording. */
import { Button, Checkbox, Group, Modal, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  endpoint as friendAdd,
  friendAddRequestSchema,
  type FriendAddRequest,
} from '../../../../api/endpoints/sns/friend_add';
import { ADD_SOURCE_PREFIX, addSourceSchema } from '../../../../api/friend';
import { ErrorState } from '../../../components/page-states';
import { callIm } from '../../../lib/api-client';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { ruleText } from '../../../lib/rule-text';
import { BatchResults } from './batch-results';
import { friendsMessages } from './messages';
import { parseTargets } from './parse-targets';
import { friendQueries } from './queries';

type Field = 'targets' | 'source' | 'wording' | 'remark' | 'list';
const fieldOfTag: Record<string, Field> = {
  To_Account: 'targets',
  AddSource: 'source',
  AddWording: 'wording',
  Remark: 'remark',
  GroupName: 'list',
};

/** The "Add friends" dialog; closes itself through `onClose`. */
export function AddFriendsModal({ userId, onClose }: { userId: string; onClose: () => void }) {
  const m = useMessages(friendsMessages);
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<Field, string>>({
    targets: '',
    source: 'Console',
    wording: '',
    remark: '',
    list: '',
  });
  const [direction, setDirection] = useState<'Add_Type_Both' | 'Add_Type_Single'>('Add_Type_Both');
  const [force, setForce] = useState(true);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const add = useMutation({
    mutationFn: (body: FriendAddRequest) => callIm(friendAdd, body),
    onSettled: (_d, _e, body) => {
      void queryClient.invalidateQueries({ queryKey: friendQueries.all(userId) });
      for (const item of body.AddFriendItem)
        void queryClient.invalidateQueries({ queryKey: friendQueries.all(item.To_Account) });
    },
  });

  const labels: Record<Field, string> = {
    targets: m.common.userIds,
    source: m.add.source,
    wording: m.add.wording,
    remark: m.add.remark,
    list: m.add.list,
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    const parsed = parseTargets(values.targets, lang);
    if ('error' in parsed) next.targets = parsed.error;
    const source = `${ADD_SOURCE_PREFIX}${values.source.trim()}`;
    if (!addSourceSchema.safeParse(source).success)
      next.source = m.common.fieldRule(m.add.source, m.add.sourceRule);
    const ids = 'ids' in parsed ? parsed.ids : ['placeholder'];
    const body: FriendAddRequest = {
      From_Account: userId,
      AddType: direction,
      ...(force ? { ForceAddFlags: 1 } : {}),
      AddFriendItem: ids.map((To_Account) => ({
        To_Account,
        AddSource: source,
        ...(values.wording ? { AddWording: values.wording } : {}),
        ...(values.remark ? { Remark: values.remark } : {}),
        ...(values.list.trim() ? { GroupName: values.list.trim() } : {}),
      })),
    };
    const result = friendAddRequestSchema.safeParse(body);
    for (const issue of result.error?.issues ?? []) {
      const tag = [...issue.path].reverse().find((p) => typeof p === 'string' && p in fieldOfTag);
      const field = fieldOfTag[tag as string];
      if (field && !next[field])
        next[field] = m.common.fieldRule(labels[field], ruleText(issue.message, lang));
    }
    setErrors(next);
    if (Object.keys(next).length === 0) add.mutate(body);
  }

  const text = (name: Exclude<Field, 'targets'>, description: string) => (
    <TextInput
      label={labels[name]}
      description={description}
      value={values[name]}
      onChange={(e) => {
        const v = e.currentTarget.value;
        setValues((s) => ({ ...s, [name]: v }));
      }}
      error={errors[name]}
      spellCheck={false}
      autoComplete="off"
    />
  );

  return (
    <Modal opened onClose={onClose} title={m.add.title} size="lg">
      <form onSubmit={submit} noValidate aria-label={m.add.title}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {m.add.intro}
          </Text>
          <Textarea
            label={m.common.userIds}
            description={m.common.userIdsDescription}
            required
            value={values.targets}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setValues((s) => ({ ...s, targets: v }));
            }}
            error={errors.targets}
            autosize
            minRows={2}
            maxRows={6}
            spellCheck={false}
            data-autofocus
          />
          <Radio.Group
            label={m.add.direction}
            value={direction}
            onChange={(v) => setDirection(v as typeof direction)}
          >
            <Group mt={4}>
              <Radio value="Add_Type_Both" label={m.add.both} />
              <Radio value="Add_Type_Single" label={m.add.single} />
            </Group>
          </Radio.Group>
          {text('source', m.add.sourceDescription)}
          {text('wording', m.add.wordingDescription)}
          {text('remark', m.add.remarkDescription)}
          {text('list', m.add.listDescription)}
          <Checkbox label={m.add.force} checked={force} onChange={(e) => setForce(e.currentTarget.checked)} />
          {add.isError && <ErrorState error={add.error} />}
          {add.data && <BatchResults items={add.data.ResultItem} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {add.data ? m.common.close : m.common.cancel}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {m.add.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
