/** Checks the friendship and blocklist relations between the owner and other users, both ways, in words. */
import { Button, Card, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { endpoint as blackListCheck } from '../../../../api/endpoints/sns/black_list_check';
import { endpoint as friendCheck } from '../../../../api/endpoints/sns/friend_check';
import { ErrorState } from '../../../components/page-states';
import { callIm } from '../../../lib/api-client';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { friendsMessages } from './messages';
import { parseTargets } from './parse-targets';
import { blockDirections, describeDirections, friendDirections } from './relation-text';

interface CheckRow {
  other: string;
  friendship: string;
  blocking: string;
}

/** The friend-check tool of the Friends tab. */
export function FriendCheck({ userId }: { userId: string }) {
  const m = useMessages(friendsMessages);
  const { lang } = useLanguage();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();

  const check = useMutation({
    mutationFn: async (ids: string[]): Promise<CheckRow[]> => {
      const [friends, blocks] = await Promise.all([
        callIm(friendCheck, { From_Account: userId, To_Account: ids, CheckType: 'CheckResult_Type_Both' }),
        callIm(blackListCheck, {
          From_Account: userId,
          To_Account: ids,
          CheckType: 'BlackCheckResult_Type_Both',
        }),
      ]);
      const t = friendsMessages[lang].check;
      return ids.map((other) => {
        const f = friends.InfoItem.find((i) => i.To_Account === other);
        const b = blocks.BlackListCheckItem.find((i) => i.To_Account === other);
        return {
          other,
          friendship:
            !f || f.ResultCode !== 0
              ? t.itemFailed(f?.ResultCode ?? -1)
              : describeDirections(userId, other, friendDirections(f.Relation), {
                  yes: t.hasFriend,
                  no: t.notFriend,
                  join: t.join,
                }),
          blocking:
            !b || b.ResultCode !== 0
              ? t.itemFailed(b?.ResultCode ?? -1)
              : describeDirections(userId, other, blockDirections(b.Relation), {
                  yes: t.blocked,
                  no: t.notBlocked,
                  join: t.join,
                }),
        };
      });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseTargets(text, lang);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setError(undefined);
    check.mutate(parsed.ids);
  }

  return (
    <Card withBorder component="section" aria-labelledby="friend-check-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="friend-check-title">
          {m.check.title}
        </Title>
        <Text size="sm" c="dimmed">
          {m.check.intro}
        </Text>
        <form onSubmit={submit} noValidate>
          <Group align="flex-end">
            <Textarea
              label={m.check.others}
              description={m.common.userIdsDescription}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={error}
              autosize
              minRows={1}
              maxRows={4}
              spellCheck={false}
              style={{ flex: 1 }}
            />
            <Button type="submit" loading={check.isPending}>
              {m.check.submit}
            </Button>
          </Group>
        </form>
        {check.isError && <ErrorState error={check.error} />}
        {check.data && (
          <Table aria-label={m.check.tableLabel} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.check.other}</Table.Th>
                <Table.Th>{m.check.friendship}</Table.Th>
                <Table.Th>{m.check.blocking}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {check.data.map((r) => (
                <Table.Tr key={r.other}>
                  <Table.Td ff="monospace">{r.other}</Table.Td>
                  <Table.Td>{r.friendship}</Table.Td>
                  <Table.Td>{r.blocking}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
