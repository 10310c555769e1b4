/**
 * Info tab: every `get_group_info` field with its label, the online member count
 * (`get_online_member_num`) and the edit form (`modify_group_base_info`, only changed fields sent),
 * including mute-all, join options, member cap and app-defined data.
 */
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import {
  endpoint as modifyGroup,
  modifyGroupBaseInfoRequestSchema,
  type ModifyGroupBaseInfoRequest,
} from '../../../../api/endpoints/group_open_http_svc/modify_group_base_info';
import {
  APPLY_JOIN_OPTIONS,
  applyJoinOptionLabels,
  GROUP_INFO_FIELDS,
  GROUP_LIMITS,
  groupInfoFieldLabels,
  groupTypeInfo,
  INVITE_JOIN_OPTIONS,
  inviteJoinOptionLabels,
  type ApplyJoinOption,
  type GroupInfoField,
  type GroupType,
  type InviteJoinOption,
} from '../../../../api/group';
import { byteLength } from '../../../../api/rules';
import { ErrorState } from '../../../components/page-states';
import { AccessGate } from '../../../lib/access';
import { formatUnixSeconds, useLanguage, useMessages, type Language } from '../../../lib/i18n/i18n';
import { describeImError } from '../../../lib/im-error-text';
import { callIm, ImApiError } from '../../../lib/api-client';
import { AppDataEditor, type AppDataRow } from '../app-data-editor';
import { fieldErrors } from '../form-issues';
import { groupsMessages } from '../messages';
import { CUSTOM_DATA_MEMBER_LIMIT, groupKeys, onlineMembersQuery, type GroupInfo } from '../queries';

const TIME_FIELDS: readonly GroupInfoField[] = ['CreateTime', 'LastInfoTime', 'LastMsgTime'];

/** The Info tab of one group. */
export function InfoTab({ group }: { group: GroupInfo }) {
  const m = useMessages(groupsMessages);
  const { lang } = useLanguage();
  const [editing, setEditing] = useState(false);
  const online = useQuery(onlineMembersQuery(group.GroupId));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {m.info.title}
        </Title>
        <AccessGate what="group_open_http_svc/modify_group_base_info">
          {(disabled) => (
            <Button disabled={disabled} onClick={() => setEditing(true)}>
              {m.info.edit}
            </Button>
          )}
        </AccessGate>
      </Group>
      <Card withBorder>
        <Group gap="xs">
          <Text fw={500}>{m.info.online}:</Text>
          {online.isPending ? (
            <Text c="dimmed">…</Text>
          ) : online.isError ? (
            <Text c="red" size="sm">
              {m.info.onlineError(
                online.error instanceof ImApiError
                  ? `${online.error.code} ${describeImError(online.error.code, lang).meaning}`
                  : online.error.message,
              )}
            </Text>
          ) : (
            <Text fw={700} data-testid="online-count">
              {online.data.toLocaleString()}
            </Text>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {m.info.onlineHint}
        </Text>
      </Card>
      <Table withTableBorder striped aria-label={m.info.title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="30%">{m.info.field}</Table.Th>
            <Table.Th>{m.info.value}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {GROUP_INFO_FIELDS.filter((f) => f !== 'MemberList').map((f) => (
            <Table.Tr key={f}>
              <Table.Th scope="row" fw={500}>
                {groupInfoFieldLabels[f][lang]}
                <Text size="xs" c="dimmed" ff="monospace">
                  {f}
                </Text>
              </Table.Th>
              <Table.Td style={{ wordBreak: 'break-word' }}>
                {renderField(group, f, lang, {
                  notSet: m.info.notSet,
                  customDataUnread: m.info.customDataUnread(CUSTOM_DATA_MEMBER_LIMIT),
                  on: m.list.on,
                  off: m.list.off,
                  yes: m.info.topicsOn,
                  no: m.info.topicsOff,
                })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal opened={editing} onClose={() => setEditing(false)} title={m.info.editTitle} size="xl">
        <EditInfoForm group={group} onDone={() => setEditing(false)} />
      </Modal>
    </Stack>
  );
}

interface FieldWords {
  notSet: string;
  customDataUnread: string;
  on: string;
  off: string;
  yes: string;
  no: string;
}

function renderField(group: GroupInfo, f: GroupInfoField, lang: Language, w: FieldWords): ReactNode {
  const notSet = w.notSet;
  const raw = (group as Record<string, unknown>)[f];
  if (f === 'AppDefinedData' && raw === undefined && (group.MemberNum ?? 0) > CUSTOM_DATA_MEMBER_LIMIT)
    return (
      <Text c="dimmed" size="sm">
        {w.customDataUnread}
      </Text>
    );
  if (raw === undefined || raw === null || raw === '') {
    return (
      <Text c="dimmed" size="sm">
        {notSet}
      </Text>
    );
  }
  if (TIME_FIELDS.includes(f) && typeof raw === 'number')
    return raw === 0 ? notSet : formatUnixSeconds(raw, lang);
  switch (f) {
    case 'Type':
      return raw === 'BChatRoom' ? raw : groupTypeInfo[raw as GroupType].label[lang];
    case 'Owner_Account':
      return (
        <Anchor component={Link} to={`/users/${encodeURIComponent(String(raw))}`} size="sm">
          {String(raw)}
        </Anchor>
      );
    case 'ApplyJoinOption':
      return applyJoinOptionLabels[raw as ApplyJoinOption]?.[lang] ?? String(raw);
    case 'InviteJoinOption':
      return inviteJoinOptionLabels[raw as InviteJoinOption]?.[lang] ?? String(raw);
    case 'MuteAllMember':
      return raw === 'On' ? (
        <Badge color="orange" variant="light">
          {w.on}
        </Badge>
      ) : (
        w.off
      );
    case 'SupportTopic':
      return raw === 1 ? w.yes : w.no;
    case 'AppDefinedData': {
      const items = raw as { Key: string; Value: string }[];
      if (items.length === 0)
        return (
          <Text c="dimmed" size="sm">
            {notSet}
          </Text>
        );
      return (
        <Stack gap={2}>
          {items.map((i) => (
            <Text key={i.Key} size="sm">
              <Text span ff="monospace" fw={500}>
                {i.Key}
              </Text>
              : {i.Value}
            </Text>
          ))}
        </Stack>
      );
    }
    case 'FaceUrl':
      return (
        <Anchor href={String(raw)} target="_blank" rel="noreferrer">
          {String(raw)}
        </Anchor>
      );
    default:
      return typeof raw === 'number'
        ? raw.toLocaleString()
        : typeof raw === 'object'
          ? JSON.stringify(raw)
          : String(raw);
  }
}

interface EditDraft {
  Name: string;
  Introduction: string;
  Notification: string;
  FaceUrl: string;
  MaxMemberNum: number | '';
  ApplyJoinOption: ApplyJoinOption | '';
  InviteJoinOption: InviteJoinOption | '';
  MuteAllMember: boolean;
  appData: AppDataRow[];
}

function draftOf(g: GroupInfo): EditDraft {
  return {
    Name: g.Name ?? '',
    Introduction: g.Introduction ?? '',
    Notification: g.Notification ?? '',
    FaceUrl: g.FaceUrl ?? '',
    MaxMemberNum: g.MaxMemberNum ?? '',
    ApplyJoinOption: g.ApplyJoinOption ?? '',
    InviteJoinOption: g.InviteJoinOption ?? '',
    MuteAllMember: (g.MuteAllMember ?? g.ShutUpAllMember) === 'On',
    appData: (g.AppDefinedData ?? []).map((i) => ({ Key: i.Key, Value: i.Value })),
  };
}

/** The `modify_group_base_info` body for what changed between `before` and `after` (only changed fields). */
export function changedBody(
  groupId: string,
  before: EditDraft,
  after: EditDraft,
): ModifyGroupBaseInfoRequest {
  const body: ModifyGroupBaseInfoRequest = { GroupId: groupId };
  if (after.Name !== before.Name) body.Name = after.Name;
  if (after.Introduction !== before.Introduction) body.Introduction = after.Introduction;
  if (after.Notification !== before.Notification) body.Notification = after.Notification;
  if (after.FaceUrl !== before.FaceUrl) body.FaceUrl = after.FaceUrl;
  if (after.MaxMemberNum !== before.MaxMemberNum && after.MaxMemberNum !== '')
    body.MaxMemberNum = after.MaxMemberNum;
  if (after.ApplyJoinOption !== before.ApplyJoinOption && after.ApplyJoinOption)
    body.ApplyJoinOption = after.ApplyJoinOption;
  if (after.InviteJoinOption !== before.InviteJoinOption && after.InviteJoinOption)
    body.InviteJoinOption = after.InviteJoinOption;
  if (after.MuteAllMember !== before.MuteAllMember) body.MuteAllMember = after.MuteAllMember ? 'On' : 'Off';
  // Upserts: new or changed keys; a removed or emptied existing key is sent with Value "" (deletes it).
  const old = new Map(before.appData.map((r) => [r.Key, r.Value]));
  const kept = new Set(after.appData.map((r) => r.Key));
  const data = after.appData.filter((r) => old.get(r.Key) !== r.Value);
  for (const key of old.keys()) if (!kept.has(key)) data.push({ Key: key, Value: '' });
  if (data.length > 0) body.AppDefinedData = data;
  return body;
}

function EditInfoForm({ group, onDone }: { group: GroupInfo; onDone: () => void }) {
  const m = useMessages(groupsMessages);
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  const [before] = useState(() => draftOf(group));
  const [d, setD] = useState(before);
  const [touched, setTouched] = useState(false);
  const set = <K extends keyof EditDraft>(key: K, value: EditDraft[K]) =>
    setD((p) => ({ ...p, [key]: value }));
  const type = group.Type && group.Type !== 'BChatRoom' ? groupTypeInfo[group.Type as GroupType] : undefined;
  const canMute = type?.supportsMute ?? true;
  const isAv = group.Type === 'AVChatRoom';

  const body = changedBody(group.GroupId, before, d);
  const check = modifyGroupBaseInfoRequestSchema.safeParse(body);
  const errors = touched ? fieldErrors(check.error, lang) : {};
  // Map AppDefinedData issues (indexes of the sent list) back onto the editor rows by key.
  const dataErrors: Record<string, string> = {};
  if (touched && check.error) {
    for (const issue of check.error.issues) {
      if (issue.path[0] !== 'AppDefinedData' || typeof issue.path[1] !== 'number') continue;
      const key = body.AppDefinedData?.[issue.path[1]]?.Key;
      const row = d.appData.findIndex((r) => r.Key === key);
      if (row >= 0)
        dataErrors[`AppDefinedData.${row}`] = fieldErrors(check.error, lang, ['AppDefinedData'])[
          `AppDefinedData.${issue.path[1]}`
        ]!;
    }
  }
  const changed = Object.keys(body).length > 1;

  const save = useMutation({
    mutationFn: (b: ModifyGroupBaseInfoRequest) => callIm(modifyGroup, b),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: m.info.saved });
      await queryClient.invalidateQueries({ queryKey: groupKeys.all });
      onDone();
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!changed || !check.success) return;
    save.mutate(check.data);
  };
  const bytes = (v: string, max: number) => m.create.bytes(byteLength(v), max);

  return (
    <form onSubmit={onSubmit} aria-label={m.info.editTitle} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {m.info.editIntro}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={m.create.name}
            value={d.Name}
            onChange={(e) => set('Name', e.currentTarget.value)}
            description={bytes(d.Name, GROUP_LIMITS.nameBytes)}
            error={errors.Name}
          />
          <TextInput
            label={m.create.faceUrl}
            value={d.FaceUrl}
            onChange={(e) => set('FaceUrl', e.currentTarget.value)}
            description={bytes(d.FaceUrl, GROUP_LIMITS.faceUrlBytes)}
            error={errors.FaceUrl}
          />
        </SimpleGrid>
        <Textarea
          label={m.create.introduction}
          value={d.Introduction}
          onChange={(e) => set('Introduction', e.currentTarget.value)}
          description={bytes(d.Introduction, GROUP_LIMITS.introductionBytes)}
          error={errors.Introduction}
          autosize
          minRows={2}
        />
        <Textarea
          label={m.create.notification}
          value={d.Notification}
          onChange={(e) => set('Notification', e.currentTarget.value)}
          description={bytes(d.Notification, GROUP_LIMITS.notificationBytes)}
          error={errors.Notification}
          autosize
          minRows={2}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label={groupInfoFieldLabels.MaxMemberNum[lang]}
            value={d.MaxMemberNum}
            onChange={(v) => set('MaxMemberNum', typeof v === 'number' ? v : '')}
            error={errors.MaxMemberNum}
            min={1}
            allowDecimal={false}
          />
          <Select
            label={m.create.applyJoin}
            data={APPLY_JOIN_OPTIONS.map((o) => ({ value: o, label: applyJoinOptionLabels[o][lang] }))}
            value={d.ApplyJoinOption || null}
            onChange={(v) => set('ApplyJoinOption', (v ?? '') as ApplyJoinOption | '')}
            error={errors.ApplyJoinOption}
          />
          <Select
            label={m.create.inviteJoin}
            data={INVITE_JOIN_OPTIONS.map((o) => ({ value: o, label: inviteJoinOptionLabels[o][lang] }))}
            value={d.InviteJoinOption || null}
            disabled={isAv}
            description={isAv ? m.info.inviteUnsupported : undefined}
            onChange={(v) => set('InviteJoinOption', (v ?? '') as InviteJoinOption | '')}
            error={errors.InviteJoinOption}
          />
        </SimpleGrid>
        <Switch
          label={m.info.muteAll}
          description={canMute ? m.info.muteAllHint : m.info.muteAllUnsupported}
          checked={d.MuteAllMember}
          disabled={!canMute}
          onChange={(e) => set('MuteAllMember', e.currentTarget.checked)}
        />
        <AppDataEditor
          rows={d.appData}
          onChange={(rows) => set('appData', rows)}
          errors={{
            ...dataErrors,
            ...(errors.AppDefinedData ? { AppDefinedData: errors.AppDefinedData } : {}),
          }}
          hint={m.info.deleteKeyHint}
          keysLocked={before.appData.length}
        />
        {touched && !changed && (
          <Text c="dimmed" size="sm" role="status">
            {m.info.nothingChanged}
          </Text>
        )}
        {touched && changed && !check.success && (
          <Text c="red" size="sm" role="alert">
            {m.create.fixErrors}
          </Text>
        )}
        {save.isError && <ErrorState error={save.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {m.info.cancel}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {m.info.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
