/**
 * Who receives the push: everyone, or a tag or attribute condition with only the combinations the API
 * allows (06-push.md §1.4: tags and attributes never together). Attribute names come from
 * `im_get_attr_name`; tag and value suggestions from the push log and looked-up users (the API cannot
 * list them), with free entry always possible. Caps (10 tags, 50 bytes) are checked inline.
 */
import {
  ActionIcon,
  Alert,
  Anchor,
  Autocomplete,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { CONDITION_TAGS_MAX } from '../../../../api/push';
import { userIdSchema } from '../../../../api/rules';
import { ErrorState } from '../../../components/page-states';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { ruleText } from '../../../lib/rule-text';
import { pushLogQueries } from '../log/queries';
import type { FieldError } from './element-editor';
import type { AttrPair, AudienceKind, ComposerForm } from './form-state';
import { composerMessages } from './messages';
import { composerQueries, type UserLookup } from './queries';
import { collectSuggestions } from './suggestions';

type AudienceFields = Pick<ComposerForm, 'audience' | 'tagsAnd' | 'tagsOr' | 'attrsAnd' | 'attrsOr'>;

/** Edits the audience of the push. */
export function AudienceSection({
  form,
  onChange,
  err,
}: {
  form: ComposerForm;
  onChange: (patch: Partial<AudienceFields>) => void;
  err: FieldError;
}) {
  const all = useMessages(composerMessages);
  const m = all.audience;
  const log = useInfiniteQuery(pushLogQueries.list({}));
  const [users, setUsers] = useState<UserLookup[]>([]);
  const suggestions = useMemo(
    () =>
      collectSuggestions(
        (log.data?.pages[0]?.entries ?? []).map((e) => e.request),
        users.flatMap((u) => (u.missing ? [] : [u])),
      ),
    [log.data, users],
  );

  const tagError = (list: 'tagsAnd' | 'tagsOr', label: string) => {
    const whole = err(list, label);
    if (whole) return whole;
    const tags = form[list];
    for (let i = 0; i < tags.length; i++) {
      const e = err(`${list}:${i}`, all.quote(tags[i] ?? ''));
      if (e) return `${label}: ${e}`;
    }
    return undefined;
  };

  return (
    <Card withBorder component="section" aria-labelledby="push-audience-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="push-audience-title">
          {m.title}
        </Title>
        <div>
          <Text size="sm" fw={500} id="push-audience-kind">
            {m.kind}
          </Text>
          <SegmentedControl
            aria-labelledby="push-audience-kind"
            value={form.audience}
            onChange={(v) => onChange({ audience: v as AudienceKind })}
            data={[
              { value: 'tags', label: m.tags },
              { value: 'attrs', label: m.attrs },
              { value: 'all', label: m.all },
            ]}
          />
        </div>
        {form.audience === 'all' && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle />} role="status">
            {m.allWarning}
          </Alert>
        )}
        {form.audience !== 'all' && (
          <Text size="sm" c="dimmed">
            {m.rules}
          </Text>
        )}
        {form.audience === 'tags' && (
          <>
            {(['tagsAnd', 'tagsOr'] as const).map((list) => (
              <TagsInput
                key={list}
                label={m[list]}
                description={m.tagsHint(form[list].length, CONDITION_TAGS_MAX)}
                data={suggestions.tags.filter((t) => !form.tagsAnd.includes(t) && !form.tagsOr.includes(t))}
                value={form[list]}
                onChange={(v) => onChange({ [list]: v })}
                error={tagError(list, m[list])}
                clearable
                splitChars={[',', '，']}
                acceptValueOnBlur
              />
            ))}
          </>
        )}
        {form.audience === 'attrs' && (
          <AttrConditions form={form} onChange={onChange} err={err} values={suggestions.attrValues} />
        )}
        {form.audience !== 'all' && (
          <UserLookupBox
            users={users}
            onResult={(u) => {
              setUsers((prev) => [u, ...prev.filter((x) => x.userId !== u.userId)].slice(0, 10));
            }}
            onAddTag={
              form.audience === 'tags'
                ? (tag) => !form.tagsAnd.includes(tag) && onChange({ tagsAnd: [...form.tagsAnd, tag] })
                : undefined
            }
          />
        )}
        {form.audience !== 'all' && (
          <Text size="xs" c="dimmed">
            {m.suggestionsNote}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function AttrConditions({
  form,
  onChange,
  err,
  values,
}: {
  form: ComposerForm;
  onChange: (patch: Partial<AudienceFields>) => void;
  err: FieldError;
  values: Record<string, string[]>;
}) {
  const m = useMessages(composerMessages).audience;
  const names = useQuery(composerQueries.attrNames());
  if (names.isError)
    return (
      <Stack gap={4}>
        <Text size="sm">{m.attrNamesError}</Text>
        <ErrorState error={names.error} onRetry={() => void names.refetch()} />
      </Stack>
    );
  const configured = names.data ?? [];
  if (names.isSuccess && configured.length === 0)
    return (
      <Alert color="yellow" variant="light" role="status">
        <Stack gap={4}>
          <Text size="sm">{m.noAttrNames}</Text>
          <Anchor component={Link} to="/push/audience" size="sm">
            {m.openAudience}
          </Anchor>
        </Stack>
      </Alert>
    );
  const nameOptions = configured.map((n) => ({ value: n.name, label: `${n.name} (${n.slot})` }));
  return (
    <>
      {(['attrsAnd', 'attrsOr'] as const).map((list) => {
        const rows = form[list];
        const set = (next: AttrPair[]) => onChange({ [list]: next });
        const listError = err(list, m[list]);
        return (
          <Stack key={list} gap={6} role="group" aria-label={m[list]}>
            <Text size="sm" fw={500}>
              {m[list]}
            </Text>
            {rows.map((pair, i) => {
              // Keep a name the operator has not got configured (from a duplicate) visible as an option.
              const options =
                pair.name && !nameOptions.some((o) => o.value === pair.name)
                  ? [...nameOptions, { value: pair.name, label: pair.name }]
                  : nameOptions;
              return (
                <Group key={i} align="start" gap="xs" wrap="nowrap">
                  <Select
                    w={200}
                    label={m.attrName(i + 1)}
                    data={options}
                    value={pair.name || null}
                    onChange={(v) => set(rows.map((p, j) => (j === i ? { ...p, name: v ?? '' } : p)))}
                    error={err(`${list}:${i}:name`, '')}
                    searchable
                  />
                  <Autocomplete
                    style={{ flex: 1 }}
                    label={m.attrValue(pair.name)}
                    data={values[pair.name] ?? []}
                    value={pair.value}
                    onChange={(v) => set(rows.map((p, j) => (j === i ? { ...p, value: v } : p)))}
                    error={err(`${list}:${i}:value`, m.attrValue(pair.name))}
                  />
                  <ActionIcon
                    mt={26}
                    variant="subtle"
                    color="red"
                    aria-label={m.removeAttr(i + 1)}
                    onClick={() => set(rows.filter((_, j) => j !== i))}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              );
            })}
            {listError && (
              <Text size="sm" c="red" role="alert">
                {listError}
              </Text>
            )}
            <Group>
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPlus size={14} />}
                onClick={() => set([...rows, { name: '', value: '' }])}
                aria-label={`${m.addAttr}: ${m[list]}`}
              >
                {m.addAttr}
              </Button>
            </Group>
          </Stack>
        );
      })}
    </>
  );
}

function UserLookupBox({
  users,
  onResult,
  onAddTag,
}: {
  users: UserLookup[];
  onResult: (u: UserLookup) => void;
  onAddTag?: (tag: string) => void;
}) {
  const m = useMessages(composerMessages).audience;
  const { lang } = useLanguage();
  const [text, setText] = useState('');
  const [userId, setUserId] = useState<string | null>(null);
  const [rule, setRule] = useState<string | undefined>();
  const lookup = useQuery({
    ...composerQueries.user(userId ?? ''),
    enabled: userId !== null,
  });
  const result = lookup.data;
  useEffect(() => {
    if (result) onResult(result);
    // onResult is a new function every render; report each answer once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const id = text.trim();
    const issue = userIdSchema.safeParse(id).error?.issues[0];
    setRule(issue ? ruleText(issue.message, lang) : undefined);
    if (!issue) setUserId(id);
  };
  return (
    <Stack gap="xs">
      <form onSubmit={submit} noValidate>
        <Group align="end" gap="xs">
          <TextInput
            style={{ flex: 1 }}
            label={m.lookup}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={rule ? `${m.lookup}: ${rule}` : undefined}
          />
          <Button
            type="submit"
            variant="default"
            leftSection={<IconSearch size={14} />}
            loading={lookup.isFetching}
          >
            {m.lookupButton}
          </Button>
        </Group>
      </form>
      {lookup.isError && <ErrorState error={lookup.error} onRetry={() => void lookup.refetch()} />}
      {users.map((u) =>
        u.missing ? (
          <Text key={u.userId} size="sm" c="dimmed">
            {m.lookupMissing(u.userId)}
          </Text>
        ) : u.tags.length === 0 && Object.keys(u.attrs).length === 0 ? (
          <Text key={u.userId} size="sm" c="dimmed">
            {m.lookupNone(u.userId)}
          </Text>
        ) : (
          <Group key={u.userId} gap={6}>
            <Text size="sm" fw={500}>
              {u.userId}:
            </Text>
            {u.tags.map((tag) =>
              onAddTag ? (
                <Badge
                  key={tag}
                  variant="light"
                  component="button"
                  type="button"
                  style={{ cursor: 'pointer' }}
                  aria-label={m.addToAnd(tag)}
                  onClick={() => onAddTag(tag)}
                >
                  {tag}
                </Badge>
              ) : (
                <Badge key={tag} variant="light">
                  {tag}
                </Badge>
              ),
            )}
            {Object.entries(u.attrs).map(([name, value]) => (
              <Badge key={name} variant="outline" color="gray">
                {name}={value}
              </Badge>
            ))}
          </Group>
        ),
      )}
    </Stack>
  );
}
