/** The app's 10 attribute slot names (`im_get_attr_name` / `im_set_attr_name`), editable with the documented rules. */
import { Alert, Button, Card, Code, Group, List, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { endpoint as imSetAttrName } from '../../../../api/endpoints/all_member_push/im_set_attr_name';
import { ATTR_NAME_MAX_BYTES } from '../../../../api/push';
import { byteLength } from '../../../../api/rules';
import { ErrorState, LoadingState } from '../../../components/page-states';
import { AccessGate, useCan } from '../../../lib/access';
import { callIm } from '../../../lib/api-client';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { ruleText } from '../../../lib/rule-text';
import { audienceMessages } from './messages';
import { checkNames, type NameChange, type NameProblem } from './names-edit';
import { audienceQueries } from './queries';

export function NamesCard() {
  const m = useMessages(audienceMessages);
  const n = m.names;
  const { lang } = useLanguage();
  const canEdit = useCan('all_member_push/im_set_attr_name').allowed;
  const queryClient = useQueryClient();
  const names = useQuery(audienceQueries.names());
  const [draft, setDraft] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (changes: NameChange[]) =>
      callIm(imSetAttrName, { AttrNames: Object.fromEntries(changes.map((c) => [c.slot, c.to])) }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: n.saved });
      setDraft({});
      // Names are read with every user's audience too.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: audienceQueries.all() }),
        queryClient.invalidateQueries({ queryKey: ['users'] }),
      ]);
    },
  });

  if (names.isPending) return <LoadingState />;
  if (names.isError) return <ErrorState error={names.error} onRetry={() => void names.refetch()} />;
  const current = names.data;
  const { problems, changes } = checkNames(current, draft);
  const problemText = (p: NameProblem | undefined) =>
    !p
      ? undefined
      : p.kind === 'clear'
        ? n.cannotClear
        : p.kind === 'duplicate'
          ? `${n.newName} ${n.duplicate(p.other)}`
          : `${n.newName} ${ruleText(p.rule, lang)}`;
  const hasProblems = Object.keys(problems).length > 0;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (hasProblems || changes.length === 0) return;
    const renames = changes.filter((c) => c.from);
    const fresh = changes.filter((c) => !c.from);
    modals.openConfirmModal({
      title: n.confirmTitle,
      children: (
        <Stack gap="xs">
          {renames.length > 0 && (
            <>
              <Alert color="orange" variant="light" icon={<IconAlertTriangle />}>
                {n.warning}
              </Alert>
              <Text size="sm">{n.confirmRenames}</Text>
              <List size="sm">
                {renames.map((c) => (
                  <List.Item key={c.slot}>{n.rename(c.slot, c.from, c.to)}</List.Item>
                ))}
              </List>
            </>
          )}
          {fresh.length > 0 && (
            <>
              <Text size="sm">{n.confirmNew}</Text>
              <List size="sm">
                {fresh.map((c) => (
                  <List.Item key={c.slot}>{n.name(c.slot, c.to)}</List.Item>
                ))}
              </List>
            </>
          )}
        </Stack>
      ),
      labels: { confirm: n.confirm, cancel: n.cancel },
      confirmProps: { color: renames.length > 0 ? 'orange' : 'blue' },
      onConfirm: () => save.mutate(changes),
    });
  };

  return (
    <Card withBorder>
      <Title order={2} size="h4">
        {n.title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {n.intro}
      </Text>
      <Alert color="orange" variant="light" icon={<IconAlertTriangle />} mb="sm" p="sm">
        {n.warning}
      </Alert>
      <form onSubmit={submit} aria-label={n.title} noValidate>
        <Table layout="fixed" aria-label={n.title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{n.slot}</Table.Th>
              <Table.Th w="35%">{n.current}</Table.Th>
              <Table.Th>{n.newName}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {current.map(({ slot, name }) => {
              const value = draft[slot] ?? name;
              return (
                <Table.Tr key={slot}>
                  <Table.Td>
                    <Code>{slot}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={name ? undefined : 'dimmed'}>
                      {name || n.unnamed}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={n.nameOf(slot)}
                      value={value}
                      size="xs"
                      readOnly={!canEdit}
                      onChange={(e) => {
                        const v = e.currentTarget.value;
                        setDraft((d) => ({ ...d, [slot]: v }));
                      }}
                      description={
                        value !== name ? `${byteLength(value.trim())} / ${ATTR_NAME_MAX_BYTES}` : undefined
                      }
                      error={problemText(problems[slot])}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {save.isError && <ErrorState error={save.error} />}
        <Group mt="sm">
          <AccessGate what="all_member_push/im_set_attr_name">
            {(disabled) => (
              <Button
                type="submit"
                disabled={disabled || hasProblems || changes.length === 0}
                loading={save.isPending}
              >
                {n.save}
              </Button>
            )}
          </AccessGate>
          {changes.length > 0 && (
            <Button variant="default" onClick={() => setDraft({})}>
              {n.reset}
            </Button>
          )}
          <Text size="sm" c="dimmed" role="status">
            {changes.length > 0 ? n.changes(changes.length) : n.noChanges}
          </Text>
        </Group>
      </form>
    </Card>
  );
}
