/** Test send: the push's content as an ordinary message to a few accounts, with per-account results. */
import { Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorState } from '../../../components/page-states';
import { AccessGate } from '../../../lib/access';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { describeImError } from '../../../lib/im-error-text';
import { parseUserIds } from '../../../lib/parse-user-ids';
import { ruleText } from '../../../lib/rule-text';
import type { toPushRequest } from './form-state';
import { composerMessages } from './messages';
import { TEST_SEND_MAX, testSend } from './queries';

/** The test-send card; `blocked` when the form still has problems (shown by the caller). */
export function TestSend({
  request,
  blocked,
  onBlocked,
}: {
  request: ReturnType<typeof toPushRequest>;
  blocked: boolean;
  onBlocked: () => void;
}) {
  const m = useMessages(composerMessages).test;
  const { lang } = useLanguage();
  const [text, setText] = useState('');
  const [inputError, setInputError] = useState<string | undefined>();
  const send = useMutation({
    mutationFn: (accounts: string[]) => testSend(request, accounts),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseUserIds(text, TEST_SEND_MAX);
    const bad = parsed.rejected[0];
    const error = bad
      ? `${m.accounts}: ${m.rejected(bad.value, ruleText(bad.rule, lang))}`
      : parsed.overflow > 0
        ? `${m.accounts}: ${m.tooMany(TEST_SEND_MAX)}`
        : parsed.ids.length === 0
          ? `${m.accounts}: ${m.none}`
          : undefined;
    setInputError(error);
    if (error) return;
    if (blocked) {
      onBlocked();
      return;
    }
    send.mutate(parsed.ids);
  };

  const ok = send.data?.filter((r) => r.code === 0).length ?? 0;
  return (
    <Card withBorder component="section" aria-labelledby="push-test-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Title order={2} size="h5" id="push-test-title">
            {m.title}
          </Title>
          <Text size="xs" c="dimmed">
            {m.intro(TEST_SEND_MAX)}
          </Text>
          <Group align="start" gap="xs" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={m.accounts}
              description={m.accountsHint}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={inputError}
            />
            <AccessGate what="openim/batchsendmsg">
              {(disabled) => (
                <Button type="submit" variant="default" mt={42} disabled={disabled} loading={send.isPending}>
                  {m.send}
                </Button>
              )}
            </AccessGate>
          </Group>
          {send.isError && <ErrorState error={send.error} />}
          {send.data && (
            <Stack gap={4}>
              <Text size="sm" fw={500} aria-live="polite">
                {m.summary(ok, send.data.length)}
              </Text>
              <Table aria-label={m.results} verticalSpacing={2}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{m.account}</Table.Th>
                    <Table.Th>{m.result}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {send.data.map((r) => (
                    <Table.Tr key={r.userId}>
                      <Table.Td>{r.userId}</Table.Td>
                      <Table.Td>
                        {r.code === 0 ? (
                          <Badge color="teal" variant="light">
                            {m.ok}
                          </Badge>
                        ) : (
                          <Text size="sm" c="red">
                            {r.code}: {describeImError(r.code, lang).meaning}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          )}
        </Stack>
      </form>
    </Card>
  );
}
