/**
 * Messages tab (administration only): send a text message as the admin or a member (`send_group_msg`),
 * a system notification to all or chosen members (`send_group_system_notification`, batched by the
 * smaller documented cap, per-batch results), delete one sender's recent messages
 * (`delete_group_msg_by_sender`, typed confirmation), and a link to the transcript in chat history.
 */
import {
  Anchor,
  Button,
  Card,
  Group,
  List,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  deleteGroupMsgBySenderRequestSchema,
  endpoint as deleteBySender,
} from '../../../../api/endpoints/group_open_http_svc/delete_group_msg_by_sender';
import {
  endpoint as sendGroupMsg,
  sendGroupMsgRequestSchema,
  type SendGroupMsgRequest,
} from '../../../../api/endpoints/group_open_http_svc/send_group_msg';
import {
  endpoint as sendNotice,
  SYSTEM_NOTIFICATION_MAX_RECIPIENTS_NEWER,
} from '../../../../api/endpoints/group_open_http_svc/send_group_system_notification';
import { groupTypeInfo, type GroupType } from '../../../../api/group';
import { ErrorState } from '../../../components/page-states';
import { AccessGate } from '../../../lib/access';
import { callIm, isApiFailure, ImApiError } from '../../../lib/api-client';
import { chunk } from '../../../lib/batches';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { describeImError } from '../../../lib/im-error-text';
import { parseUserIds } from '../../../lib/parse-user-ids';
import { ruleText } from '../../../lib/rule-text';
import { fieldErrors } from '../form-issues';
import { groupsMessages } from '../messages';
import { type GroupInfo } from '../queries';

/** A random 32-bit `Random` for de-duplication. */
function random32(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/** The Messages tab of one group. */
export function MessagesTab({ group }: { group: GroupInfo }) {
  const m = useMessages(groupsMessages);
  const type = group.Type && group.Type !== 'BChatRoom' ? groupTypeInfo[group.Type as GroupType] : undefined;
  return (
    <Stack>
      {type?.supportsHistory === false ? (
        <Text size="sm" c="dimmed">
          {m.messages.historyUnsupported}
        </Text>
      ) : (
        <Anchor component={Link} to={`/history/group/${encodeURIComponent(group.GroupId)}`}>
          {m.messages.history}
        </Anchor>
      )}
      <SendCard group={group} />
      <NoticeCard group={group} />
      <DeleteBySenderCard group={group} />
    </Stack>
  );
}

function SendCard({ group }: { group: GroupInfo }) {
  const m = useMessages(groupsMessages);
  const { lang } = useLanguage();
  const [from, setFrom] = useState('');
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  const body: SendGroupMsgRequest = {
    GroupId: group.GroupId,
    Random: 0,
    MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: text } }],
    ...(from.trim() ? { From_Account: from.trim() } : {}),
  };
  const check = sendGroupMsgRequestSchema.safeParse(body);
  const errors = touched ? fieldErrors(check.error, lang) : {};
  const textError = touched && !text.trim() ? ruleText('must not be empty', lang) : errors.MsgBody;

  const send = useMutation({
    mutationFn: (b: SendGroupMsgRequest) => callIm(sendGroupMsg, { ...b, Random: random32() }),
    onSuccess: (res) => {
      notifications.show({
        color: res.MsgDropReason ? 'orange' : 'teal',
        message: res.MsgDropReason ? m.messages.dropped(res.MsgDropReason) : m.messages.sent(res.MsgSeq),
      });
      setText('');
      setTouched(false);
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!check.success || !text.trim()) return;
    send.mutate(check.data);
  };

  return (
    <Card withBorder>
      <form onSubmit={onSubmit} aria-label={m.messages.sendTitle} noValidate>
        <Stack>
          <Title order={2} size="h4">
            {m.messages.sendTitle}
          </Title>
          <Text size="sm" c="dimmed">
            {m.messages.sendIntro}
          </Text>
          <TextInput
            label={m.messages.from}
            description={m.messages.fromHint}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            error={errors.From_Account}
            maw={420}
          />
          <Textarea
            label={m.messages.text}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={textError}
            autosize
            minRows={2}
          />
          {send.isError && <ErrorState error={send.error} />}
          <div>
            <AccessGate what="group_open_http_svc/send_group_msg">
              {(disabled) => (
                <Button type="submit" disabled={disabled} loading={send.isPending}>
                  {m.messages.send}
                </Button>
              )}
            </AccessGate>
          </div>
        </Stack>
      </form>
    </Card>
  );
}

interface BatchResult {
  ids: string[];
  error?: string;
}

function NoticeCard({ group }: { group: GroupInfo }) {
  const m = useMessages(groupsMessages);
  const { lang } = useLanguage();
  const [mode, setMode] = useState<'all' | 'chosen'>('all');
  const [members, setMembers] = useState('');
  const [content, setContent] = useState('');
  const [touched, setTouched] = useState(false);
  const parsed = useMemo(() => parseUserIds(members, 100_000), [members]);
  const rejected = parsed.rejected.map((r) => r.value).join(', ');
  const contentError = touched && !content ? ruleText('must not be empty', lang) : undefined;
  const membersError =
    touched && mode === 'chosen'
      ? rejected
        ? m.messages.rejected(rejected)
        : parsed.ids.length === 0
          ? ruleText('must list at least one item', lang)
          : undefined
      : undefined;

  const send = useMutation({
    mutationFn: async (): Promise<BatchResult[]> => {
      if (mode === 'all') {
        await callIm(sendNotice, { GroupId: group.GroupId, Content: content });
        return [{ ids: [] }];
      }
      const results: BatchResult[] = [];
      for (const part of chunk(parsed.ids, SYSTEM_NOTIFICATION_MAX_RECIPIENTS_NEWER)) {
        try {
          await callIm(sendNotice, { GroupId: group.GroupId, Content: content, ToMembers_Account: part });
          results.push({ ids: part });
        } catch (error) {
          if (!isApiFailure(error)) throw error;
          results.push({
            ids: part,
            error:
              error instanceof ImApiError
                ? `${error.code}: ${describeImError(error.code, lang).meaning}`
                : error.message,
          });
        }
      }
      return results;
    },
    onSuccess: (results) => {
      const ok = results.filter((r) => !r.error);
      if (ok.length === results.length) {
        notifications.show({
          color: 'teal',
          message: m.messages.noticeSent(mode === 'all' ? 0 : parsed.ids.length),
        });
      }
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!content || (mode === 'chosen' && (rejected || parsed.ids.length === 0))) return;
    send.mutate();
  };

  const failed = send.data?.filter((r) => r.error) ?? [];

  return (
    <Card withBorder>
      <form onSubmit={onSubmit} aria-label={m.messages.noticeTitle} noValidate>
        <Stack>
          <Title order={2} size="h4">
            {m.messages.noticeTitle}
          </Title>
          <Text size="sm" c="dimmed">
            {m.messages.noticeIntro}
          </Text>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="notice-to">
              {m.messages.noticeTo}
            </Text>
            <SegmentedControl
              aria-labelledby="notice-to"
              value={mode}
              onChange={(v) => setMode(v as 'all' | 'chosen')}
              data={[
                { value: 'all', label: m.messages.noticeAll },
                { value: 'chosen', label: m.messages.noticeChosen },
              ]}
              w="fit-content"
            />
          </Stack>
          {mode === 'chosen' && (
            <Textarea
              label={m.messages.noticeMembers}
              description={m.messages.noticeMembersHint(SYSTEM_NOTIFICATION_MAX_RECIPIENTS_NEWER)}
              value={members}
              onChange={(e) => setMembers(e.currentTarget.value)}
              error={membersError}
              autosize
              minRows={2}
              maxRows={6}
            />
          )}
          <Textarea
            label={m.messages.noticeContent}
            value={content}
            onChange={(e) => setContent(e.currentTarget.value)}
            error={contentError}
            autosize
            minRows={2}
          />
          {send.isError && <ErrorState error={send.error} />}
          {failed.length > 0 && (
            <List size="sm" c="red" role="alert">
              {failed.map((r) => (
                <List.Item key={r.ids[0]}>
                  {r.ids.join(', ')} — {r.error}
                </List.Item>
              ))}
            </List>
          )}
          <div>
            <AccessGate what="group_open_http_svc/send_group_system_notification">
              {(disabled) => (
                <Button type="submit" disabled={disabled} loading={send.isPending}>
                  {m.messages.noticeSend}
                </Button>
              )}
            </AccessGate>
          </div>
        </Stack>
      </form>
    </Card>
  );
}

function DeleteBySenderCard({ group }: { group: GroupInfo }) {
  const m = useMessages(groupsMessages);
  const { lang } = useLanguage();
  const [sender, setSender] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  const body = { GroupId: group.GroupId, Sender_Account: sender.trim() };
  const check = deleteGroupMsgBySenderRequestSchema.safeParse(body);
  const errors = touched ? fieldErrors(check.error, lang) : {};
  const confirmError =
    touched && confirm.trim() !== body.Sender_Account ? m.messages.confirmMismatch : undefined;

  const run = useMutation({
    mutationFn: (who: string) => callIm(deleteBySender, { GroupId: group.GroupId, Sender_Account: who }),
    onSuccess: (_res, who) => {
      notifications.show({ color: 'teal', message: m.messages.deleted(who) });
      setSender('');
      setConfirm('');
      setTouched(false);
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!check.success || confirm.trim() !== body.Sender_Account) return;
    run.mutate(check.data.Sender_Account);
  };

  return (
    <Card withBorder>
      <form onSubmit={onSubmit} aria-label={m.messages.deleteTitle} noValidate>
        <Stack>
          <Title order={2} size="h4">
            {m.messages.deleteTitle}
          </Title>
          <Text size="sm" c="dimmed">
            {m.messages.deleteIntro}
          </Text>
          <Group align="flex-start" grow maw={860}>
            <TextInput
              label={m.messages.sender}
              value={sender}
              onChange={(e) => setSender(e.currentTarget.value)}
              error={errors.Sender_Account}
            />
            <TextInput
              label={m.messages.confirmSender}
              value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)}
              error={confirmError}
              autoComplete="off"
            />
          </Group>
          {run.isError && <ErrorState error={run.error} />}
          <div>
            <AccessGate what="group_open_http_svc/delete_group_msg_by_sender">
              {(disabled) => (
                <Button type="submit" color="red" disabled={disabled} loading={run.isPending}>
                  {m.messages.deleteButton}
                </Button>
              )}
            </AccessGate>
          </div>
        </Stack>
      </form>
    </Card>
  );
}
