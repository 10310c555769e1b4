/**
 * Per-user push audience (User 360's tab and /push/audience): the user's push attributes (`im_get_attr`, named by `im_get_attr_name`) and tags
 * (`im_get_tag`), editable by roles that may (`im_set_attr`, `im_remove_attr`, `im_add_tag`,
 * `im_remove_tag`) with the documented caps checked inline (../shared/im-api/06-push.md §1.2–1.3).
 */
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Code,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash, IconX } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { endpoint as imAddTag } from '../../../api/endpoints/all_member_push/im_add_tag';
import { endpoint as imRemoveAttr } from '../../../api/endpoints/all_member_push/im_remove_attr';
import { endpoint as imRemoveTag } from '../../../api/endpoints/all_member_push/im_remove_tag';
import { endpoint as imSetAttr } from '../../../api/endpoints/all_member_push/im_set_attr';
import {
  ATTR_VALUE_MAX_BYTES,
  TAGS_PER_ADD_MAX,
  TAGS_PER_USER_MAX,
  attrValueSchema,
} from '../../../api/push';
import { byteLength } from '../../../api/rules';
import { EmptyState, ErrorState, LoadingState } from '../page-states';
import { AccessGate } from '../../lib/access';
import { ImApiError, callIm } from '../../lib/api-client';
import { useLanguage, useMessages } from '../../lib/i18n/i18n';
import { ruleText } from '../../lib/rule-text';
import { pushAudienceMessages } from './messages';
import { newTagsProblems, parseTags } from './push-tags';
import { pushAudienceQueries } from './queries';

/** Raises the per-account failure of an attribute/tag write, which IM reports in `ErrorList` with ErrorCode 0. */
function failIfListed(
  path: string,
  userId: string,
  res: { ErrorList?: { To_Account: string; ErrorCode: number; ErrorInfo?: string }[] },
) {
  const failed = res.ErrorList?.find((e) => e.To_Account === userId);
  if (failed) throw new ImApiError(path, failed.ErrorCode, failed.ErrorInfo ?? '', undefined);
}

/** The push attributes and tags of one user, viewable by all and editable by roles that may. */
export function UserPushAudience({ userId }: { userId: string }) {
  const m = useMessages(pushAudienceMessages);
  const audience = useQuery(pushAudienceQueries.user(userId));
  if (audience.isPending) return <LoadingState />;
  if (audience.isError) return <ErrorState error={audience.error} onRetry={() => void audience.refetch()} />;
  return (
    <Stack gap="md">
      <Card withBorder>
        <Title order={2} size="h4">
          {m.attrsTitle}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {m.attrsIntro}
        </Text>
        {audience.data.slots.length === 0 ? (
          <EmptyState title={m.noNames} />
        ) : (
          <Table aria-label={m.attrsTitle}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{m.attrSlot}</Table.Th>
                <Table.Th w={200}>{m.attrName}</Table.Th>
                <Table.Th>{m.attrValue}</Table.Th>
                <Table.Th w={110} aria-label={m.actions} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {audience.data.slots.map((s) => (
                <AttrRow
                  key={s.slot}
                  userId={userId}
                  slot={s.slot}
                  name={s.name}
                  value={audience.data.attrs[s.name]}
                />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <TagsCard userId={userId} tags={audience.data.tags} />
    </Stack>
  );
}

function AttrRow({
  userId,
  slot,
  name,
  value,
}: {
  userId: string;
  slot: string;
  name: string;
  value?: string;
}) {
  const m = useMessages(pushAudienceMessages);
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<string>();
  const invalidate = () =>
    queryClient.invalidateQueries({ queryKey: pushAudienceQueries.user(userId).queryKey });
  const save = useMutation({
    mutationFn: async (v: string) => {
      const res = await callIm(imSetAttr, { UserAttrs: [{ To_Account: userId, Attrs: { [name]: v } }] });
      failIfListed(imSetAttr.path, userId, res);
    },
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: m.attrSaved(name) });
      setDraft(undefined);
      await invalidate();
    },
  });
  const remove = useMutation({
    mutationFn: async () => {
      const res = await callIm(imRemoveAttr, { UserAttrs: [{ To_Account: userId, Attrs: [name] }] });
      failIfListed(imRemoveAttr.path, userId, res);
    },
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: m.attrRemoved(name) });
      await invalidate();
    },
  });
  const rule = draft === undefined ? undefined : attrValueSchema.safeParse(draft).error?.issues[0]?.message;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (draft !== undefined && !rule) save.mutate(draft);
  };
  const error = save.error ?? remove.error;

  return (
    <Table.Tr>
      <Table.Td>
        <Code>{slot}</Code>
      </Table.Td>
      <Table.Th scope="row" fw={500}>
        {name}
      </Table.Th>
      <Table.Td>
        {draft === undefined ? (
          <Text size="sm" c={value === undefined ? 'dimmed' : undefined}>
            {value ?? m.noValue}
          </Text>
        ) : (
          <form onSubmit={submit} aria-label={m.editOf(name)} noValidate>
            <Group gap="xs" align="flex-start">
              <TextInput
                aria-label={m.valueOf(name)}
                value={draft}
                onChange={(e) => setDraft(e.currentTarget.value)}
                description={m.bytes(byteLength(draft), ATTR_VALUE_MAX_BYTES)}
                error={rule ? `${m.attrValue} ${ruleText(rule, lang)}` : undefined}
                size="xs"
                w={240}
                autoFocus
              />
              <Button type="submit" size="xs" loading={save.isPending} disabled={Boolean(rule)}>
                {m.save}
              </Button>
              <Button size="xs" variant="default" onClick={() => (setDraft(undefined), save.reset())}>
                {m.cancel}
              </Button>
            </Group>
          </form>
        )}
        {error && <ErrorState error={error} />}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <AccessGate what="all_member_push/im_set_attr">
            {(disabled) => (
              <ActionIcon
                variant="subtle"
                disabled={disabled || draft !== undefined}
                aria-label={m.editOf(name)}
                onClick={() => setDraft(value ?? '')}
              >
                <IconPencil size={16} aria-hidden />
              </ActionIcon>
            )}
          </AccessGate>
          {value !== undefined && (
            <AccessGate what="all_member_push/im_remove_attr">
              {(disabled) => (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  disabled={disabled}
                  loading={remove.isPending}
                  aria-label={m.removeOf(name)}
                  onClick={() => remove.mutate()}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              )}
            </AccessGate>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function TagsCard({ userId, tags }: { userId: string; tags: readonly string[] }) {
  const m = useMessages(pushAudienceMessages);
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const invalidate = () =>
    queryClient.invalidateQueries({ queryKey: pushAudienceQueries.user(userId).queryKey });
  const add = useMutation({
    mutationFn: async (list: string[]) => {
      const res = await callIm(imAddTag, { UserTags: [{ To_Account: userId, Tags: list }] });
      failIfListed(imAddTag.path, userId, res);
      return list.length;
    },
    onSuccess: async (n) => {
      notifications.show({ color: 'teal', message: m.tagsAdded(n) });
      setText('');
      setSubmitted(false);
      await invalidate();
    },
  });
  const remove = useMutation({
    mutationFn: async (tag: string) => {
      const res = await callIm(imRemoveTag, { UserTags: [{ To_Account: userId, Tags: [tag] }] });
      failIfListed(imRemoveTag.path, userId, res);
      return tag;
    },
    onSuccess: async (tag) => {
      notifications.show({ color: 'teal', message: m.tagRemoved(tag) });
      await invalidate();
    },
  });

  const fresh = parseTags(text);
  const problems = newTagsProblems(fresh, tags).map((p) => {
    switch (p.kind) {
      case 'rule':
        return m.tagRule(p.tag, ruleText(p.rule, lang));
      case 'duplicate':
        return m.duplicate(p.tag);
      case 'perAdd':
        return `${m.newTags} ${m.tooManyPerAdd(TAGS_PER_ADD_MAX)}`;
      case 'total':
        return `${m.newTags} ${m.tooManyTotal(TAGS_PER_USER_MAX, p.room)}`;
    }
  });
  const showProblems = problems.length > 0 && (submitted || text.length > 0);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (fresh.length === 0 || problems.length > 0) return;
    add.mutate(fresh);
  };

  return (
    <Card withBorder>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {m.tagsTitle}
        </Title>
        <Text size="sm" c="dimmed">
          {m.tagsCount(tags.length, TAGS_PER_USER_MAX)}
        </Text>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {m.tagsIntro(TAGS_PER_USER_MAX, TAGS_PER_ADD_MAX)}
      </Text>
      {tags.length === 0 ? (
        <Text size="sm" c="dimmed" role="status">
          {m.noTags}
        </Text>
      ) : (
        <Group gap="xs" role="list" aria-label={m.tagsTitle}>
          {tags.map((tag) => (
            <Badge
              key={tag}
              role="listitem"
              variant="light"
              size="lg"
              tt="none"
              rightSection={
                <AccessGate what="all_member_push/im_remove_tag">
                  {(disabled) => (
                    <ActionIcon
                      size="xs"
                      variant="transparent"
                      disabled={disabled}
                      aria-label={m.removeTag(tag)}
                      onClick={() => remove.mutate(tag)}
                    >
                      <IconX size={12} aria-hidden />
                    </ActionIcon>
                  )}
                </AccessGate>
              }
            >
              {tag}
            </Badge>
          ))}
        </Group>
      )}
      {remove.isError && <ErrorState error={remove.error} />}
      <form onSubmit={submit} aria-label={m.addTags} noValidate>
        <Stack gap="xs" mt="md">
          <Textarea
            label={m.newTags}
            description={m.newTagsHint}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={1}
            maxRows={4}
            error={showProblems ? problems.join(' · ') : undefined}
          />
          {add.isError && <ErrorState error={add.error} />}
          <Group>
            <AccessGate what="all_member_push/im_add_tag">
              {(disabled) => (
                <Button type="submit" disabled={disabled} loading={add.isPending}>
                  {m.addTags}
                </Button>
              )}
            </AccessGate>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
