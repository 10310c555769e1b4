/**
 * Edits one member's name card, message-receiving option and custom fields with
 * `modify_group_member_info`, checked first by the contract (NameCard ≤ 50 bytes, ≤ 5 custom keys of
 * ≤ 16 bytes), each problem shown on its field.
 */
import { ActionIcon, Alert, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  endpoint as modifyMember,
  modifyGroupMemberInfoRequestSchema,
  type ModifyGroupMemberInfoRequest,
} from '../../../../../api/endpoints/group_open_http_svc/modify_group_member_info';
import { MSG_FLAGS, msgFlagLabels, type GroupMember, type MsgFlag } from '../../../../../api/group';
import { ErrorState } from '../../../../components/page-states';
import { AccessGate } from '../../../../lib/access';
import { callIm } from '../../../../lib/api-client';
import { useLanguage, useMessages } from '../../../../lib/i18n/i18n';
import { ruleText } from '../../../../lib/rule-text';
import { membersMessages } from './messages';
import { afterMemberWrite } from './queries';

interface DataRow {
  id: number;
  Key: string;
  Value: string;
}

/** Props: the group, the account, and the member as loaded (undefined when not loaded). */
export interface MemberEditFormProps {
  groupId: string;
  account: string;
  member: GroupMember | undefined;
}

/** The form. */
export function MemberEditForm({ groupId, account, member }: MemberEditFormProps) {
  const m = useMessages(membersMessages);
  const { lang } = useLanguage();
  const client = useQueryClient();
  const [nameCard, setNameCard] = useState(member?.NameCard ?? '');
  const [msgFlag, setMsgFlag] = useState<MsgFlag | ''>('');
  const [rows, setRows] = useState<DataRow[]>(
    () => member?.AppMemberDefinedData?.map((d, id) => ({ id, Key: d.Key, Value: d.Value })) ?? [],
  );
  const [nextId, setNextId] = useState(rows.length);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [note, setNote] = useState<string>();

  const save = useMutation({
    mutationFn: (body: ModifyGroupMemberInfoRequest) => callIm(modifyMember, body),
    onSuccess: (_d, body) => {
      setNote(m.drawer.saved);
      afterMemberWrite(client, groupId, account, {
        ...(body.NameCard !== undefined ? { NameCard: body.NameCard } : {}),
        ...(body.MsgFlag ? { MsgFlag: body.MsgFlag } : {}),
        ...(body.AppMemberDefinedData ? { AppMemberDefinedData: body.AppMemberDefinedData } : {}),
      });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setNote(undefined);
    const original = new Map((member?.AppMemberDefinedData ?? []).map((d) => [d.Key, d.Value]));
    const data = rows
      .filter((r) => r.Key !== '' || r.Value !== '')
      .filter((r) => original.get(r.Key) !== r.Value)
      .map((r) => ({ Key: r.Key, Value: r.Value }));
    // Keys removed from the list are deleted with an empty value.
    for (const key of original.keys())
      if (!rows.some((r) => r.Key === key)) data.push({ Key: key, Value: '' });
    const body: ModifyGroupMemberInfoRequest = {
      GroupId: groupId,
      Member_Account: account,
      ...(nameCard !== (member?.NameCard ?? '') ? { NameCard: nameCard } : {}),
      ...(msgFlag ? { MsgFlag: msgFlag } : {}),
      ...(data.length ? { AppMemberDefinedData: data } : {}),
    };
    const parsed = modifyGroupMemberInfoRequestSchema.safeParse(body);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const path = issue.path.map(String);
        // A data item's issue points at the row shown at that position of the sent list.
        const key =
          path[0] === 'AppMemberDefinedData' && path.length > 2
            ? `data:${data[Number(path[1])]?.Key ?? ''}:${path[2]}`
            : (path[0] ?? 'form');
        next[key] ??= ruleText(issue.message, lang);
      }
      setErrors(next);
      return;
    }
    setErrors({});
    if (Object.keys(body).length === 2) {
      setNote(m.drawer.nothing);
      return;
    }
    save.mutate(parsed.data);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={m.drawer.edit}>
      <Stack gap="sm">
        <TextInput
          label={m.drawer.nameCard}
          description={m.drawer.nameCardHelp}
          value={nameCard}
          onChange={(e) => setNameCard(e.currentTarget.value)}
          error={errors.NameCard}
        />
        <Select
          label={m.drawer.msgFlagLabel}
          value={msgFlag}
          onChange={(v) => setMsgFlag((v ?? '') as MsgFlag | '')}
          data={[
            { value: '', label: m.drawer.unchanged },
            ...MSG_FLAGS.map((f) => ({ value: f, label: msgFlagLabels[f][lang] })),
          ]}
          allowDeselect={false}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {m.columns.data}
          </Text>
          <Text size="xs" c="dimmed">
            {m.drawer.dataHelp}
          </Text>
          {rows.map((r, i) => (
            <Group key={r.id} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                aria-label={`${m.drawer.dataKey} ${i + 1}`}
                placeholder={m.drawer.dataKey}
                value={r.Key}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  setRows((all) => all.map((x) => (x.id === r.id ? { ...x, Key: v } : x)));
                }}
                error={errors[`data:${r.Key}:Key`]}
                w={160}
              />
              <TextInput
                aria-label={`${m.drawer.dataValue} ${i + 1}`}
                placeholder={m.drawer.dataValue}
                value={r.Value}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  setRows((all) => all.map((x) => (x.id === r.id ? { ...x, Value: v } : x)));
                }}
                error={errors[`data:${r.Key}:Value`]}
                style={{ flex: 1 }}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={m.drawer.removeField(r.Key)}
                onClick={() => setRows((all) => all.filter((x) => x.id !== r.id))}
                mt={4}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          {errors.AppMemberDefinedData && (
            <Text size="sm" c="red">
              {m.columns.data}: {errors.AppMemberDefinedData}
            </Text>
          )}
          <Group>
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => {
                setRows((all) => [...all, { id: nextId, Key: '', Value: '' }]);
                setNextId((n) => n + 1);
              }}
            >
              {m.drawer.addField}
            </Button>
          </Group>
        </Stack>
        {save.isError && <ErrorState error={save.error} />}
        {note && (
          <Alert color="teal" variant="light" role="status">
            {note}
          </Alert>
        )}
        <Group>
          <AccessGate what="group_open_http_svc/modify_group_member_info">
            {(disabled) => (
              <Button type="submit" loading={save.isPending} disabled={disabled}>
                {m.drawer.save}
              </Button>
            )}
          </AccessGate>
        </Group>
      </Stack>
    </form>
  );
}
