/**
 * `/history`: pick what to read — one side of a one-to-one chat (viewpoint + peer, with why it is one
 * side), a group or a Community topic — and reopen a recent transcript. Inputs are checked with the
 * contract's own schemas before anything is asked of the API.
 */
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  CloseButton,
  Grid,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconArrowsExchange, IconArchive, IconInfoCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { groupIdOfTopic, groupIdRefSchema, topicIdSchema } from '../../../../api/group-type';
import { userIdSchema } from '../../../../api/rules';
import { useCan } from '../../../lib/access';
import { formatUnixSeconds, useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { ruleText } from '../../../lib/rule-text';
import { historyMessages } from '../messages';
import type { TranscriptTarget } from '../model';
import { transcriptPath, useRecentTranscripts, targetId } from './recent-transcripts';

/** The first rule `value` breaks, in the operator's language, or undefined. */
function firstIssue(schema: z.ZodType, value: string, lang: 'en' | 'zh'): string | undefined {
  const r = schema.safeParse(value);
  return r.success ? undefined : ruleText(r.error.issues[0]?.message ?? '', lang);
}

/** A label for a remembered target. */
export function useTargetLabel() {
  const m = useMessages(historyMessages);
  return (t: TranscriptTarget) =>
    t.kind === 'c2c'
      ? m.picker.c2cLabel(t.viewpoint, t.peer)
      : t.kind === 'group'
        ? m.picker.groupLabel(t.groupId)
        : m.picker.topicLabel(t.topicId);
}

function C2cForm() {
  const m = useMessages(historyMessages);
  const { lang } = useLanguage();
  const navigate = useNavigate();
  const [viewpoint, setViewpoint] = useState('');
  const [peer, setPeer] = useState('');
  const [errors, setErrors] = useState<{ viewpoint?: string; peer?: string }>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = firstIssue(userIdSchema, viewpoint.trim(), lang);
    const p = firstIssue(userIdSchema, peer.trim(), lang);
    const next = {
      ...(v ? { viewpoint: m.picker.fieldRule(m.picker.viewpoint, v) } : {}),
      ...(p ? { peer: m.picker.fieldRule(m.picker.peer, p) } : {}),
    };
    setErrors(next);
    if (v || p) return;
    void navigate(transcriptPath({ kind: 'c2c', viewpoint: viewpoint.trim(), peer: peer.trim() }));
  };
  return (
    <form onSubmit={submit} noValidate aria-label={m.picker.c2cTitle}>
      <Stack gap="sm">
        <Alert variant="light" icon={<IconInfoCircle />} p="xs">
          <Text size="sm">{m.picker.c2cExplain}</Text>
        </Alert>
        <Group align="flex-start" wrap="nowrap" gap="xs">
          <TextInput
            style={{ flex: 1 }}
            label={m.picker.viewpoint}
            description={m.picker.viewpointDescription}
            value={viewpoint}
            onChange={(e) => setViewpoint(e.currentTarget.value)}
            error={errors.viewpoint}
            autoComplete="off"
          />
          <Tooltip label={m.picker.swap}>
            <ActionIcon
              variant="subtle"
              mt={52}
              aria-label={m.picker.swap}
              onClick={() => {
                setViewpoint(peer);
                setPeer(viewpoint);
              }}
            >
              <IconArrowsExchange size={18} />
            </ActionIcon>
          </Tooltip>
          <TextInput
            style={{ flex: 1 }}
            label={m.picker.peer}
            description={m.picker.peerDescription}
            value={peer}
            onChange={(e) => setPeer(e.currentTarget.value)}
            error={errors.peer}
            autoComplete="off"
          />
        </Group>
        <Group>
          <Button type="submit">{m.picker.open}</Button>
        </Group>
      </Stack>
    </form>
  );
}

function IdForm({ kind }: { kind: 'group' | 'topic' }) {
  const m = useMessages(historyMessages);
  const { lang } = useLanguage();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const label = kind === 'group' ? m.picker.groupId : m.picker.topicId;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const id = value.trim();
    let issue = firstIssue(kind === 'group' ? groupIdRefSchema : topicIdSchema, id, lang);
    const groupId = kind === 'topic' ? groupIdOfTopic(id) : id;
    if (!issue && !groupId) issue = m.picker.topicMalformed;
    if (issue || !groupId) {
      setError(m.picker.fieldRule(label, issue ?? m.picker.topicMalformed));
      return;
    }
    setError(undefined);
    void navigate(
      transcriptPath(kind === 'group' ? { kind: 'group', groupId } : { kind: 'topic', groupId, topicId: id }),
    );
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={kind === 'group' ? m.picker.groupTitle : m.picker.topicTitle}
    >
      <Stack gap="sm">
        <TextInput
          label={label}
          description={kind === 'group' ? m.picker.groupDescription : m.picker.topicDescription}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          error={error}
          autoComplete="off"
        />
        <Group>
          <Button type="submit" variant="light">
            {m.picker.open}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RecentTranscripts() {
  const m = useMessages(historyMessages);
  const { lang } = useLanguage();
  const label = useTargetLabel();
  const recent = useRecentTranscripts();
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {m.picker.recentTitle}
        </Title>
        {recent.list.length > 0 && (
          <Button variant="subtle" size="xs" onClick={recent.clear}>
            {m.picker.recentClear}
          </Button>
        )}
      </Group>
      {recent.list.length === 0 ? (
        <Text c="dimmed" size="sm">
          {m.picker.recentEmpty}
        </Text>
      ) : (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {recent.list.map((r) => (
            <Group component="li" key={targetId(r.target)} justify="space-between" wrap="nowrap" gap="xs">
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <Badge variant="light" size="sm" color={r.target.kind === 'c2c' ? 'blue' : 'grape'}>
                  {r.target.kind === 'c2c'
                    ? 'C2C'
                    : r.target.kind === 'group'
                      ? m.picker.groupTitle
                      : m.picker.topicTitle}
                </Badge>
                <Anchor component={Link} to={transcriptPath(r.target)} truncate="end">
                  {label(r.target)}
                </Anchor>
              </Group>
              <Group gap={4} wrap="nowrap">
                <Text size="xs" c="dimmed">
                  {formatUnixSeconds(Math.floor(r.openedAt / 1000), lang)}
                </Text>
                <CloseButton
                  size="sm"
                  aria-label={m.picker.recentRemove(label(r.target))}
                  onClick={() => recent.forget(r.target)}
                />
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** The `/history` page. */
export function HistoryPickerPage() {
  const m = useMessages(historyMessages);
  const c2c = useCan('messages.readPrivate');
  const group = useCan('messages.readGroup');
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{m.title}</Title>
          <Text c="dimmed">{m.intro}</Text>
        </div>
        <Button
          component={Link}
          to="/history/archives"
          variant="light"
          leftSection={<IconArchive size={16} />}
        >
          {m.archivesLink}
        </Button>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Card withBorder h="100%">
            <Title order={2} size="h3" mb="sm">
              {m.picker.c2cTitle}
            </Title>
            {c2c.allowed ? (
              <C2cForm />
            ) : (
              <Alert color="gray" variant="light">
                {c2c.reason}
              </Alert>
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg" h="100%">
            <Card withBorder>
              <Title order={2} size="h3" mb="sm">
                {m.picker.groupTitle}
              </Title>
              {group.allowed ? (
                <IdForm kind="group" />
              ) : (
                <Alert color="gray" variant="light">
                  {group.reason}
                </Alert>
              )}
            </Card>
            <Card withBorder>
              <Title order={2} size="h3" mb="sm">
                {m.picker.topicTitle}
              </Title>
              {group.allowed ? (
                <IdForm kind="topic" />
              ) : (
                <Alert color="gray" variant="light">
                  {group.reason}
                </Alert>
              )}
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
      <Card withBorder>
        <RecentTranscripts />
      </Card>
    </Stack>
  );
}
