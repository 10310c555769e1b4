/** `/push/audience`: the app's attribute names, one user's attributes and tags, and bulk changes from a CSV. */
import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { userIdSchema } from '../../../../api/rules';
import { UserPushAudience } from '../../../components/push-audience/user-push-audience';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { ruleText } from '../../../lib/rule-text';
import { PushTabs } from '../push-tabs';
import { BulkCard } from './bulk-card';
import { audienceMessages } from './messages';
import { NamesCard } from './names-card';

function UserCard() {
  const m = useMessages(audienceMessages);
  const { lang } = useLanguage();
  const [params, setParams] = useSearchParams();
  const userId = params.get('user') ?? '';
  const [draft, setDraft] = useState(userId);
  const [touched, setTouched] = useState(false);
  const rule = userIdSchema.safeParse(draft.trim()).error?.issues[0]?.message;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (rule) return;
    const next = new URLSearchParams(params);
    next.set('user', draft.trim());
    setParams(next);
  };
  return (
    <Card withBorder>
      <Title order={2} size="h4">
        {m.user.title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {m.user.intro}
      </Text>
      <form onSubmit={submit} aria-label={m.user.title} noValidate>
        <Group align="flex-start" gap="xs">
          <TextInput
            label={m.user.label}
            placeholder={m.user.placeholder}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            error={touched && rule ? `${m.user.label} ${ruleText(rule, lang)}` : undefined}
            w={320}
          />
          <Button type="submit" mt={25}>
            {m.user.show}
          </Button>
          {userId && (
            <Button
              variant="default"
              mt={25}
              onClick={() => {
                const next = new URLSearchParams(params);
                next.delete('user');
                setParams(next);
                setDraft('');
                setTouched(false);
              }}
            >
              {m.user.clear}
            </Button>
          )}
        </Group>
      </form>
      {userId && (
        <Stack mt="md">
          <UserPushAudience key={userId} userId={userId} />
        </Stack>
      )}
    </Card>
  );
}

export function PushAudiencePage() {
  const m = useMessages(audienceMessages);
  return (
    <Stack gap="lg">
      <PushTabs active="audience" />
      <div>
        <Title order={1}>{m.title}</Title>
        <Text c="dimmed" maw={760}>
          {m.intro}
        </Text>
      </div>
      <NamesCard />
      <UserCard />
      <BulkCard />
    </Stack>
  );
}
