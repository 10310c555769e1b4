/**
 * Sends a message into the transcript: for a one-to-one view `sendmsg` from either side or from the
 * admin (to either side); for a group or topic `send_group_msg` as the admin or as a member.
 */
import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { endpoint as sendGroupMsg } from '../../../../api/endpoints/group_open_http_svc/send_group_msg';
import { endpoint as sendmsg } from '../../../../api/endpoints/openim/sendmsg';
import { userIdSchema } from '../../../../api/rules';
import { ErrorState } from '../../../components/page-states';
import { callIm } from '../../../lib/api-client';
import { proxyQueries } from '../../../lib/app-info';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { ruleText } from '../../../lib/rule-text';
import type { TranscriptTarget } from '../model';
import { buildBody, emptyDraft, type BodyDraft } from './body-draft';
import { BodyEditor } from './body-editor';
import { actionMessages } from './messages';
import { defaultSendOptions, sendGroupMsgRequest, sendmsgRequest, type SendOptions } from './send';
import { SendOptionsFields } from './send-options';

/** Who sends to whom in a one-to-one view. */
type Route = 'vp' | 'pv' | 'av' | 'ap';

/** The send dialog. `onSent` gets the new message's transcript id (`MsgKey`, or `seq:<n>`). */
export function SendModal({
  target,
  onClose,
  onSent,
}: {
  target: TranscriptTarget;
  onClose: () => void;
  onSent: (id: string) => void;
}) {
  const m = useMessages(actionMessages);
  const { lang } = useLanguage();
  const app = useQuery(proxyQueries.app());
  const adminId = app.data?.admin ?? 'administrator';
  const [route, setRoute] = useState<Route>('vp');
  const [asMember, setAsMember] = useState(false);
  const [member, setMember] = useState('');
  const [draft, setDraft] = useState<BodyDraft>(emptyDraft('text'));
  const [options, setOptions] = useState<SendOptions>(defaultSendOptions);
  const [tried, setTried] = useState(false);
  const built = useMemo(() => buildBody(draft), [draft]);
  const memberCheck = userIdSchema.safeParse(member.trim());
  const memberError =
    target.kind !== 'c2c' && asMember && !memberCheck.success
      ? m.common.fieldRule(m.send.member, ruleText(memberCheck.error.issues[0]?.message ?? '', lang))
      : undefined;

  const send = useMutation({
    mutationFn: async (): Promise<{ id: string; text: string }> => {
      if (!built.ok) throw new Error(m.common.fixFirst);
      if (target.kind === 'c2c') {
        const { viewpoint: v, peer: p } = target;
        const [from, to] =
          route === 'vp'
            ? [v, p]
            : route === 'pv'
              ? [p, v]
              : route === 'av'
                ? [undefined, v]
                : [undefined, p];
        const res = await callIm(sendmsg, sendmsgRequest({ from, to, body: built.body, options }));
        return { id: res.MsgKey, text: m.send.done(res.MsgKey) };
      }
      const res = await callIm(
        sendGroupMsg,
        sendGroupMsgRequest({
          groupId: target.groupId,
          topicId: target.kind === 'topic' ? target.topicId : undefined,
          from: asMember ? member.trim() : undefined,
          body: built.body,
          options,
        }),
      );
      return { id: `seq:${res.MsgSeq}`, text: m.send.groupDone(res.MsgSeq) };
    },
    onSuccess: ({ id, text }) => {
      notifications.show({ color: 'teal', message: text });
      onSent(id);
      onClose();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!built.ok || memberError) return;
    send.mutate();
  }

  const arrow = (from: string, to: string) => m.import.from(from, to);
  return (
    <Modal
      opened
      onClose={onClose}
      title={target.kind === 'c2c' ? m.send.title : m.send.groupTitle}
      centered
      size="lg"
    >
      <form
        onSubmit={submit}
        noValidate
        aria-label={target.kind === 'c2c' ? m.send.title : m.send.groupTitle}
      >
        <Stack gap="sm">
          {target.kind === 'c2c' ? (
            <Radio.Group
              label={m.send.sender}
              description={m.send.senderHelp}
              value={route}
              onChange={(v) => setRoute(v as Route)}
            >
              <Stack gap={6} mt={6}>
                <Radio value="vp" label={arrow(target.viewpoint, target.peer)} />
                <Radio value="pv" label={arrow(target.peer, target.viewpoint)} />
                <Radio value="av" label={arrow(m.common.admin(adminId), target.viewpoint)} />
                <Radio value="ap" label={arrow(m.common.admin(adminId), target.peer)} />
              </Stack>
            </Radio.Group>
          ) : (
            <>
              <Radio.Group
                label={m.send.sender}
                description={m.send.groupSenderHelp}
                value={asMember ? 'member' : 'admin'}
                onChange={(v) => setAsMember(v === 'member')}
              >
                <Group gap="lg" mt={6}>
                  <Radio value="admin" label={m.send.asAdmin} />
                  <Radio value="member" label={m.send.asMember} />
                </Group>
              </Radio.Group>
              {asMember && (
                <TextInput
                  label={m.send.member}
                  value={member}
                  onChange={(e) => setMember(e.currentTarget.value)}
                  error={tried ? memberError : undefined}
                  spellCheck={false}
                />
              )}
              {target.kind === 'topic' && (
                <Text size="xs" c="dimmed">
                  {m.send.topic(target.topicId)}
                </Text>
              )}
            </>
          )}
          <BodyEditor
            draft={draft}
            onChange={setDraft}
            issues={built.ok ? [] : built.issues}
            showIssues={tried}
          />
          <SendOptionsFields value={options} onChange={setOptions} sync={target.kind === 'c2c'} />
          {send.isError && <ErrorState error={send.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {m.common.cancel}
            </Button>
            <Button type="submit" loading={send.isPending}>
              {m.send.confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
