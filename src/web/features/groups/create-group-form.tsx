/**
 * The create-group form: every type with its limits explained, optional custom ID (checked with
 * `customGroupIdProblem` through the contract), owner, profile, join options, member cap, initial
 * members and app-defined data. The whole body is checked against `create_group`'s schema first.
 */
import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import {
  CREATE_GROUP_MAX_MEMBERS,
  createGroupRequestSchema,
  endpoint as createGroup,
  type CreateGroupRequest,
} from '../../../api/endpoints/group_open_http_svc/create_group';
import {
  APPLY_JOIN_OPTIONS,
  applyJoinOptionLabels,
  GROUP_LIMITS,
  GROUP_TYPES,
  groupTypeInfo,
  INVITE_JOIN_OPTIONS,
  inviteJoinOptionLabels,
  roleLabels,
  type ApplyJoinOption,
  type GroupType,
  type InviteJoinOption,
} from '../../../api/group';
import { byteLength } from '../../../api/rules';
import { ErrorState } from '../../components/page-states';
import { callIm } from '../../lib/api-client';
import { useLanguage, useMessages } from '../../lib/i18n/i18n';
import { parseUserIds } from '../../lib/parse-user-ids';
import { AppDataEditor, type AppDataRow } from './app-data-editor';
import { fieldErrors } from './form-issues';
import { groupsMessages } from './messages';
import { groupKeys } from './queries';

/** The values of the form as typed. */
interface Draft {
  type: GroupType;
  groupId: string;
  owner: string;
  name: string;
  introduction: string;
  notification: string;
  faceUrl: string;
  applyJoin: ApplyJoinOption | '';
  inviteJoin: InviteJoinOption | '';
  maxMembers: number | '';
  supportTopic: boolean;
  members: string;
  appData: AppDataRow[];
}

const empty: Draft = {
  type: 'Public',
  groupId: '',
  owner: '',
  name: '',
  introduction: '',
  notification: '',
  faceUrl: '',
  applyJoin: '',
  inviteJoin: '',
  maxMembers: '',
  supportTopic: false,
  members: '',
  appData: [],
};

/** The request body a draft stands for (empty optional fields left out). */
export function createBody(d: Draft, memberIds: readonly string[]): CreateGroupRequest {
  const body: CreateGroupRequest = { Type: d.type, Name: d.name };
  if (d.groupId.trim()) body.GroupId = d.groupId.trim();
  if (d.owner.trim()) body.Owner_Account = d.owner.trim();
  if (d.introduction) body.Introduction = d.introduction;
  if (d.notification) body.Notification = d.notification;
  if (d.faceUrl) body.FaceUrl = d.faceUrl;
  if (d.applyJoin) body.ApplyJoinOption = d.applyJoin;
  // An AVChatRoom takes neither (the form disables both fields).
  const isAv = d.type === 'AVChatRoom';
  if (d.inviteJoin && !isAv) body.InviteJoinOption = d.inviteJoin;
  if (d.maxMembers !== '') body.MaxMemberCount = d.maxMembers;
  if (d.supportTopic && d.type === 'Community') body.SupportTopic = 1;
  if (memberIds.length > 0 && !isAv)
    body.MemberList = memberIds.map((Member_Account) => ({ Member_Account }));
  if (d.appData.length > 0) body.AppDefinedData = d.appData;
  return body;
}

/** The form; `onDone` closes the surrounding modal. */
export function CreateGroupForm({ onDone }: { onDone: () => void }) {
  const m = useMessages(groupsMessages);
  const { lang } = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [d, setD] = useState<Draft>(empty);
  const [touched, setTouched] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setD((prev) => ({ ...prev, [key]: value }));

  const info = groupTypeInfo[d.type];
  const parsedMembers = useMemo(() => parseUserIds(d.members, 100_000), [d.members]);
  const body = createBody(d, parsedMembers.ids);
  const check = createGroupRequestSchema.safeParse(body);
  const errors = touched ? fieldErrors(check.error, lang, ['AppDefinedData']) : {};
  const rejected = parsedMembers.rejected.map((r) => r.value).join(', ');

  const create = useMutation({
    mutationFn: (b: CreateGroupRequest) => callIm(createGroup, b),
    onSuccess: (res) => {
      notifications.show({ color: 'teal', message: m.create.created(res.GroupId) });
      // Leaving /groups closes the modal with the page.
      void navigate(`/groups/${encodeURIComponent(res.GroupId)}`);
      // Not awaited: the new group's page loads at once; the list refreshes behind it.
      void queryClient.invalidateQueries({ queryKey: groupKeys.all });
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!check.success || (parsedMembers.rejected.length > 0 && d.type !== 'AVChatRoom')) return;
    create.mutate(check.data);
  };

  const cap = info.maxMembers === null ? m.create.unlimited : info.maxMembers.toLocaleString();
  const isAv = d.type === 'AVChatRoom';
  const bytes = (value: string, max: number) => m.create.bytes(byteLength(value), max);

  return (
    <form onSubmit={onSubmit} aria-label={m.create.title} noValidate>
      <Stack>
        <Select
          label={m.create.type}
          data={GROUP_TYPES.map((t) => ({ value: t, label: groupTypeInfo[t].label[lang] }))}
          value={d.type}
          onChange={(v) => v && set('type', v as GroupType)}
          allowDeselect={false}
          error={errors.Type}
        />
        <Alert variant="light" title={m.create.typeLimits} p="xs">
          <List size="sm" spacing={2}>
            <List.Item>{m.create.maxMembers(cap)}</List.Item>
            <List.Item>{m.create.roles(info.roles.map((r) => roleLabels[r][lang]).join(', '))}</List.Item>
            <List.Item>{m.create.mute(info.supportsMute)}</List.Item>
            <List.Item>{m.create.restMembers(info.restManagesMembers)}</List.Item>
            <List.Item>{m.create.history(info.supportsHistory)}</List.Item>
            <List.Item>{m.create.unread(info.supportsUnread)}</List.Item>
          </List>
        </Alert>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={m.create.name}
            required
            value={d.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            description={bytes(d.name, GROUP_LIMITS.nameBytes)}
            error={errors.Name}
          />
          <TextInput
            label={m.create.groupId}
            value={d.groupId}
            onChange={(e) => set('groupId', e.currentTarget.value)}
            description={m.create.groupIdHint}
            error={errors.GroupId}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
          <TextInput
            label={m.create.owner}
            value={d.owner}
            onChange={(e) => set('owner', e.currentTarget.value)}
            description={m.create.ownerHint}
            error={errors.Owner_Account}
          />
          <TextInput
            label={m.create.faceUrl}
            value={d.faceUrl}
            onChange={(e) => set('faceUrl', e.currentTarget.value)}
            description={bytes(d.faceUrl, GROUP_LIMITS.faceUrlBytes)}
            error={errors.FaceUrl}
          />
        </SimpleGrid>
        <Textarea
          label={m.create.introduction}
          value={d.introduction}
          onChange={(e) => set('introduction', e.currentTarget.value)}
          description={bytes(d.introduction, GROUP_LIMITS.introductionBytes)}
          error={errors.Introduction}
          autosize
          minRows={2}
        />
        <Textarea
          label={m.create.notification}
          value={d.notification}
          onChange={(e) => set('notification', e.currentTarget.value)}
          description={bytes(d.notification, GROUP_LIMITS.notificationBytes)}
          error={errors.Notification}
          autosize
          minRows={2}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={m.create.applyJoin}
            data={[
              {
                value: '',
                label: `${m.create.defaultOption} (${applyJoinOptionLabels[info.defaultApplyJoinOption][lang]})`,
              },
              ...APPLY_JOIN_OPTIONS.map((o) => ({ value: o, label: applyJoinOptionLabels[o][lang] })),
            ]}
            value={d.applyJoin}
            onChange={(v) => set('applyJoin', (v ?? '') as ApplyJoinOption | '')}
            allowDeselect={false}
            error={errors.ApplyJoinOption}
          />
          <Select
            label={m.create.inviteJoin}
            data={[
              { value: '', label: m.create.defaultOption },
              ...INVITE_JOIN_OPTIONS.map((o) => ({ value: o, label: inviteJoinOptionLabels[o][lang] })),
            ]}
            value={isAv ? '' : d.inviteJoin}
            disabled={isAv}
            description={isAv ? m.info.inviteUnsupported : undefined}
            onChange={(v) => set('inviteJoin', (v ?? '') as InviteJoinOption | '')}
            allowDeselect={false}
            error={errors.InviteJoinOption}
          />
          <NumberInput
            label={m.create.maxMemberCount}
            value={d.maxMembers}
            onChange={(v) => set('maxMembers', typeof v === 'number' ? v : '')}
            description={m.create.maxMemberHint(cap)}
            error={errors.MaxMemberCount}
            min={1}
            allowDecimal={false}
          />
        </SimpleGrid>
        {d.type === 'Community' && (
          <Checkbox
            label={m.create.supportTopic}
            checked={d.supportTopic}
            onChange={(e) => set('supportTopic', e.currentTarget.checked)}
          />
        )}
        <Textarea
          label={m.create.members}
          value={isAv ? '' : d.members}
          disabled={isAv}
          onChange={(e) => set('members', e.currentTarget.value)}
          description={
            isAv
              ? m.create.membersAv
              : `${m.create.membersHint(CREATE_GROUP_MAX_MEMBERS)} ${m.create.membersCount(parsedMembers.ids.length)}`
          }
          error={
            (touched && rejected && !isAv ? m.create.rejected(rejected) : undefined) ?? errors.MemberList
          }
          autosize
          minRows={2}
          maxRows={6}
        />
        <AppDataEditor rows={d.appData} onChange={(rows) => set('appData', rows)} errors={errors} />
        {touched && (!check.success || (rejected && !isAv)) && (
          <Text c="red" size="sm" role="alert">
            {m.create.fixErrors}
          </Text>
        )}
        {create.isError && <ErrorState error={create.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {m.create.cancel}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {m.create.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
