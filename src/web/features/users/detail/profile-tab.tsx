/** Profile tab: every standard field (label, value, raw tag), the custom fields the operator reads, and the edit form. */
import {
  ActionIcon,
  Button,
  Card,
  Code,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  CUSTOM_PROFILE_TAG_PREFIX,
  profileTagLabel,
  profileTags,
  profileValueLabel,
} from '../../../../api/profile';
import { ErrorState, LoadingState } from '../../../components/page-states';
import { AccessGate } from '../../../lib/access';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { detailMessages } from './messages';
import { ProfileEditForm } from './profile-edit-form';
import { detailQueries } from './queries';

/** Where this browser remembers which custom profile fields to read (IM cannot list them). */
const CUSTOM_TAGS_KEY = 'im-console.custom-profile-tags';

/** The profile tab of one imported user. */
export function ProfileTab({
  userId,
  items,
}: {
  userId: string;
  items: readonly { Tag: string; Value: unknown }[];
}) {
  const m = useMessages(detailMessages);
  const { lang } = useLanguage();
  const [editing, setEditing] = useState(false);
  const [customTags, setCustomTags] = useLocalStorage<string[]>({
    key: CUSTOM_TAGS_KEY,
    defaultValue: [],
    getInitialValueInEffect: false,
  });
  const custom = useQuery(detailQueries.customFields(userId, customTags));
  const values = new Map(items.map((i) => [i.Tag, i.Value]));

  if (editing) {
    if (custom.isPending) return <LoadingState />;
    const readable = (custom.data ?? []).flatMap((r) => (r.ok ? [{ Tag: r.tag, Value: r.value }] : []));
    return (
      <ProfileEditForm
        userId={userId}
        items={[...items, ...readable]}
        customTags={readable.map((r) => r.Tag)}
        onDone={() => setEditing(false)}
      />
    );
  }

  return (
    <Stack gap="md">
      <Card withBorder>
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            {m.profile.standardTitle}
          </Title>
          <AccessGate what="profile/portrait_set">
            {(disabled) => (
              <Button
                leftSection={<IconPencil size={16} aria-hidden />}
                disabled={disabled}
                onClick={() => setEditing(true)}
              >
                {m.profile.edit}
              </Button>
            )}
          </AccessGate>
        </Group>
        <Table striped aria-label={m.profile.standardTitle}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.profile.field}</Table.Th>
              <Table.Th>{m.profile.value}</Table.Th>
              <Table.Th>{m.profile.raw}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {profileTags.map((def) => {
              const value = values.get(def.tag);
              const isDefault = value === undefined || value === '' || value === def.defaultValue;
              // An enum's default still has a meaningful label ("Require approval"); other defaults mean "not set".
              const shown =
                isDefault && !('values' in def)
                  ? m.profile.notSet
                  : profileValueLabel(def.tag, value ?? '', lang);
              return (
                <Table.Tr key={def.tag}>
                  <Table.Th scope="row" fw={500}>
                    <Tooltip label={def.tag}>
                      <span>{def.label[lang]}</span>
                    </Tooltip>
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm" c={isDefault ? 'dimmed' : undefined} style={{ wordBreak: 'break-word' }}>
                      {shown}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Code style={{ wordBreak: 'break-all' }}>
                      {def.tag} = {JSON.stringify(value ?? null)}
                    </Code>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Card>

      <Card withBorder>
        <Title order={2} size="h4" mb={4}>
          {m.profile.customTitle}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {m.profile.customIntro}
        </Text>
        {customTags.length === 0 ? (
          <Text size="sm" c="dimmed" role="status">
            {m.profile.customNone}
          </Text>
        ) : custom.isPending ? (
          <LoadingState />
        ) : custom.isError ? (
          <ErrorState error={custom.error} onRetry={() => void custom.refetch()} />
        ) : (
          <Table striped aria-label={m.profile.customTitle}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.profile.field}</Table.Th>
                <Table.Th>{m.profile.value}</Table.Th>
                <Table.Th>{m.profile.raw}</Table.Th>
                <Table.Th aria-label={m.conversations.actions} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {custom.data.map((r) => {
                const empty = r.ok && (r.value === undefined || r.value === '');
                return (
                  <Table.Tr key={r.tag}>
                    <Table.Th scope="row" fw={500}>
                      <Tooltip label={r.tag}>
                        <span>{profileTagLabel(r.tag, lang)}</span>
                      </Tooltip>
                    </Table.Th>
                    <Table.Td>
                      <Text size="sm" c={!r.ok ? 'red' : empty ? 'dimmed' : undefined}>
                        {!r.ok
                          ? r.code === 40008
                            ? m.profile.customNoRead
                            : m.profile.customUnknown
                          : empty
                            ? m.profile.notSet
                            : profileValueLabel(r.tag, r.value, lang)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Code style={{ wordBreak: 'break-all' }}>
                        {r.tag} = {r.ok ? JSON.stringify(r.value ?? null) : `ErrorCode ${r.code}`}
                      </Code>
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={m.profile.customForget(r.tag)}
                        onClick={() => setCustomTags((tags) => tags.filter((t) => t !== r.tag))}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        <AddCustomTag
          onAdd={(tag) => setCustomTags((tags) => (tags.includes(tag) ? tags : [...tags, tag]))}
        />
      </Card>
    </Stack>
  );
}

function AddCustomTag({ onAdd }: { onAdd: (tag: string) => void }) {
  const m = useMessages(detailMessages);
  const [keyword, setKeyword] = useState('');
  const [error, setError] = useState<string>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const k = keyword.trim().replace(CUSTOM_PROFILE_TAG_PREFIX, '');
    if (!/^[A-Za-z]{1,8}$/.test(k)) {
      setError(`${m.profile.customKeyword} ${m.profile.customKeywordRule}`);
      return;
    }
    setError(undefined);
    setKeyword('');
    onAdd(CUSTOM_PROFILE_TAG_PREFIX + k);
  };
  return (
    <form onSubmit={submit} aria-label={m.profile.customAdd}>
      <Group align="flex-end" mt="sm">
        <TextInput
          label={m.profile.customKeyword}
          description={m.profile.customKeywordHint}
          value={keyword}
          onChange={(e) => setKeyword(e.currentTarget.value)}
          error={error}
          w={380}
        />
        <Button type="submit" variant="light" mb={error ? 22 : 0}>
          {m.profile.customAdd}
        </Button>
      </Group>
    </form>
  );
}
