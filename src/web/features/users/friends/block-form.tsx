/** Blocks one or many users (`black_list_add`) and shows each result. */
import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { endpoint as blackListAdd } from '../../../../api/endpoints/sns/black_list_add';
import { ErrorState } from '../../../components/page-states';
import { AccessGate } from '../../../lib/access';
import { callIm } from '../../../lib/api-client';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { BatchResults } from './batch-results';
import { friendsMessages } from './messages';
import { parseTargets } from './parse-targets';
import { friendQueries } from './queries';

/** Blocks one or many users and shows each result. */
export function BlockForm({ userId }: { userId: string }) {
  const m = useMessages(friendsMessages);
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const block = useMutation({
    mutationFn: (ids: string[]) => callIm(blackListAdd, { From_Account: userId, To_Account: ids }),
    onSettled: (_d, _e, ids) => {
      void queryClient.invalidateQueries({ queryKey: friendQueries.all(userId) });
      for (const id of ids) void queryClient.invalidateQueries({ queryKey: friendQueries.all(id) });
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
    block.mutate(parsed.ids);
  }
  return (
    <Card withBorder component="section" aria-labelledby="block-form-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h5" id="block-form-title">
            {m.blocklist.add}
          </Title>
          <Text size="sm" c="dimmed">
            {m.blocklist.addIntro}
          </Text>
          <Group align="flex-end">
            <Textarea
              label={m.common.userIds}
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
            <AccessGate what="sns/black_list_add">
              {(disabled) => (
                <Button
                  type="submit"
                  color="red"
                  variant="light"
                  disabled={disabled}
                  loading={block.isPending}
                >
                  {m.blocklist.addSubmit}
                </Button>
              )}
            </AccessGate>
          </Group>
          {block.isError && <ErrorState error={block.error} />}
          {block.data && <BatchResults items={block.data.ResultItem} />}
        </Stack>
      </form>
    </Card>
  );
}
