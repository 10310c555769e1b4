/**
 * The Info tab's edit form (`modify_group_base_info`): name, face URL, introduction and notification with
 * their byte counts, member cap, join options, mute-all and app-defined data, checked against the contract
 * as typed; only changed fields are sent.
 */
import {
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  endpoint as modifyGroup,
  modifyGroupBaseInfoRequestSchema,
  type ModifyGroupBaseInfoRequest,
} from '../../../../api/endpoints/group_open_http_svc/modify_group_base_info';
import {
  APPLY_JOIN_OPTIONS,
  applyJoinOptionLabels,
  GROUP_LIMITS,
  groupInfoFieldLabels,
  groupTypeInfo,
  INVITE_JOIN_OPTIONS,
  inviteJoinOptionLabels,
  type ApplyJoinOption,
  type GroupType,
  type InviteJoinOption,
} from '../../../../api/group';
import { byteLength } from '../../../../api/rules';
import { ErrorState } from '../../../components/page-states';
import { callIm } from '../../../lib/api-client';
import { useLanguage, useMessages } from '../../../lib/i18n/i18n';
import { AppDataEditor } from '../app-data-editor';
import { fieldErrors } from '../form-issues';
import { groupsMessages } from '../messages';
import { groupKeys, type GroupInfo } from '../queries';
import { changedBody, draftOf, type EditDraft } from './edit-info-draft';

/** Edits one group's base info; `onDone` after saving or on cancel. */
export function EditInfoForm({ group, onDone }: { group: GroupInfo; onDone: () => void }) {
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
