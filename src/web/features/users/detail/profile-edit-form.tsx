/**
 * The profile edit form: one input per standard field and per readable custom field, checked inline with
 * the contract's rules (byte lengths, enums, integer ranges, birthday as a date), sending only the changed
 * fields with `portrait_set`. IM errors show their code and explanation in place.
 */
import {
  Alert,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { endpoint as portraitSet } from '../../../../api/endpoints/profile/portrait_set';
import {
  PROFILE_VALUE_MAX_BYTES,
  customProfileRule,
  findProfileTag,
  profileTagLabel,
  profileTags,
} from '../../../../api/profile';
import { byteLength } from '../../../../api/rules';
import { ErrorState } from '../../../components/page-states';
import { AccessGate } from '../../../lib/access';
import { callIm } from '../../../lib/api-client';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { ruleText } from '../../../lib/rule-text';
import { userQueries } from '../queries';
import { detailMessages } from './messages';
import { changedItems, toFormValues, type FieldProblem } from './profile-form';

/** Edits the profile of `userId`; `items` holds the current standard and readable custom values. */
export function ProfileEditForm({
  userId,
  items,
  customTags,
  onDone,
}: {
  userId: string;
  items: readonly { Tag: string; Value: unknown }[];
  customTags: readonly string[];
  onDone: () => void;
}) {
  const m = useMessages(detailMessages);
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  const tags = useMemo(() => [...profileTags.map((t) => t.tag), ...customTags], [customTags]);
  const originals = useMemo(() => new Map(items.map((i) => [i.Tag, i.Value])), [items]);
  const initial = useMemo(() => toFormValues(items, tags), [items, tags]);
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const { items: changed, problems } = changedItems(initial, values, originals);
  const problemCount = Object.keys(problems).length;

  const save = useMutation({
    mutationFn: () => callIm(portraitSet, { From_Account: userId, ProfileItem: changed }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: m.profile.saved(changed.length) });
      await queryClient.invalidateQueries({ queryKey: userQueries.detail(userId) });
      onDone();
    },
  });

  const problemText = (p: FieldProblem | undefined) => {
    if (!p) return undefined;
    if ('rule' in p) return ruleText(p.rule, lang);
    return p.local === 'birthday' ? m.profile.birthdayRule : m.profile.wholeNumberRule;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (problemCount > 0 || changed.length === 0) return;
    save.mutate();
  };

  const field = (tag: string) => {
    const def = findProfileTag(tag);
    const label = profileTagLabel(tag, lang);
    const problem = problemText(problems[tag]);
    const error = problem ? `${label} ${problem}` : undefined;
    const value = values[tag] ?? '';
    const set = (v: string) => setValues((prev) => ({ ...prev, [tag]: v }));
    if (def?.type === 'enum') {
      return (
        <Select
          key={tag}
          label={label}
          title={tag}
          data={(def.values ?? []).map((v) => ({ value: v.value, label: v.label[lang] }))}
          value={value}
          onChange={(v) => set(v ?? String(def.defaultValue))}
          allowDeselect={false}
          error={error}
        />
      );
    }
    if (def?.type === 'uint32') {
      return (
        <TextInput
          key={tag}
          label={label}
          title={tag}
          inputMode="numeric"
          description={tag === 'Tag_Profile_IM_BirthDay' ? m.profile.birthdayHint : def.hint?.[lang]}
          value={value}
          onChange={(e) => set(e.currentTarget.value)}
          error={error}
        />
      );
    }
    const max = def?.maxBytes ?? PROFILE_VALUE_MAX_BYTES;
    const hint = def ? def.hint?.[lang] : customProfileRule.hint[lang];
    const description = [m.profile.bytes(byteLength(value), max), hint].filter(Boolean).join(' · ');
    const Input = tag === 'Tag_Profile_IM_SelfSignature' ? Textarea : TextInput;
    return (
      <Input
        key={tag}
        label={label}
        title={tag}
        description={description}
        value={value}
        onChange={(e) => set(e.currentTarget.value)}
        error={error}
        autosize={tag === 'Tag_Profile_IM_SelfSignature' ? true : undefined}
      />
    );
  };

  return (
    <Card withBorder>
      <form onSubmit={submit} aria-label={m.profile.editTitle} noValidate>
        <Stack gap="md">
          <div>
            <Title order={2} size="h4">
              {m.profile.editTitle}
            </Title>
            <Text size="sm" c="dimmed">
              {m.profile.editIntro}
            </Text>
          </div>
          <SimpleGrid cols={{ base: 1, md: 2 }}>{tags.map(field)}</SimpleGrid>
          {submitted && problemCount > 0 && (
            <Alert color="red" variant="light" role="alert">
              {m.profile.fixErrors}
            </Alert>
          )}
          {save.isError && <ErrorState error={save.error} />}
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              {changed.length + problemCount === 0
                ? m.profile.nothingChanged
                : m.profile.changedCount(changed.length + problemCount)}
            </Text>
            <Group>
              <Button variant="default" onClick={onDone}>
                {m.profile.cancel}
              </Button>
              <AccessGate what="profile/portrait_set">
                {(disabled) => (
                  <Button
                    type="submit"
                    disabled={disabled || changed.length + problemCount === 0}
                    loading={save.isPending}
                  >
                    {m.profile.save}
                  </Button>
                )}
              </AccessGate>
            </Group>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
