/**
 * One member's panel (opened from a row; `?member=` in the URL): every field of the profile, change of
 * role (`modify_group_member_info` Role Admin/Member), name card and custom fields, the unread count
 * (`set_unread_msg_num`, migration, admins) and removal. Operations the group type does not allow are
 * disabled with the reason.
 */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Divider,
  Drawer,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { endpoint as getRoleInGroup } from '../../../../../api/endpoints/group_open_http_svc/get_role_in_group';
import { endpoint as modifyMember } from '../../../../../api/endpoints/group_open_http_svc/modify_group_member_info';
import {
  endpoint as setUnread,
  setUnreadMsgNumRequestSchema,
} from '../../../../../api/endpoints/group_open_http_svc/set_unread_msg_num';
import {
  memberInfoFieldLabels,
  msgFlagLabels,
  roleLabels,
  type GroupMember,
  type GroupTypeInfo,
} from '../../../../../api/group';
import { ErrorState } from '../../../../components/page-states';
import { AccessGate } from '../../../../lib/access';
import { callIm } from '../../../../lib/api-client';
import { useLanguage, useMessages } from '../../../../lib/i18n/i18n';
import { ruleText } from '../../../../lib/rule-text';
import { MemberEditForm } from './member-edit-form';
import { MuteUntilText, TimeText } from './member-cells';
import { membersMessages } from './messages';
import { afterMemberWrite, memberKeys } from './queries';

/** Props: the group, its type's capabilities, the account, the loaded member (if any), and the actions. */
export interface MemberDrawerProps {
  groupId: string;
  typeInfo: GroupTypeInfo | undefined;
  account: string;
  member: GroupMember | undefined;
  onClose: () => void;
  onRemove: (account: string) => void;
}

/** The drawer. */
export function MemberDrawer({ groupId, typeInfo, account, member, onClose, onRemove }: MemberDrawerProps) {
  const m = useMessages(membersMessages);
  const { lang } = useLanguage();
  const client = useQueryClient();
  const [roleNote, setRoleNote] = useState<string>();
  const [unread, setUnreadValue] = useState<string | number>('');
  const [unreadError, setUnreadError] = useState<string>();
  const [unreadNote, setUnreadNote] = useState<string>();

  const role = useQuery({
    queryKey: [...memberKeys.all(groupId), 'role', account],
    queryFn: async ({ signal }) => {
      const res = await callIm(getRoleInGroup, { GroupId: groupId, User_Account: [account] }, { signal });
      return res.UserIdList?.find((u) => u.Member_Account === account)?.Role ?? 'NotMember';
    },
    enabled: member?.Role === undefined,
  });
  const currentRole = member?.Role ?? role.data;

  const changeRole = useMutation({
    mutationFn: (next: 'Admin' | 'Member') =>
      callIm(modifyMember, { GroupId: groupId, Member_Account: account, Role: next }),
    onSuccess: (_d, next) => {
      setRoleNote(m.drawer.roleChanged(roleLabels[next][lang]));
      afterMemberWrite(client, groupId, account, { Role: next });
      client.setQueryData([...memberKeys.all(groupId), 'role', account], next);
    },
  });

  const unreadMutation = useMutation({
    mutationFn: (n: number) =>
      callIm(setUnread, { GroupId: groupId, Member_Account: account, UnreadMsgNum: n }),
    onSuccess: (_d, n) => setUnreadNote(m.drawer.unreadSet(n)),
  });

  function submitUnread(event: FormEvent) {
    event.preventDefault();
    setUnreadNote(undefined);
    const parsed = setUnreadMsgNumRequestSchema.safeParse({
      GroupId: groupId,
      Member_Account: account,
      UnreadMsgNum: typeof unread === 'number' ? unread : unread === '' ? undefined : Number(unread),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues.find((i) => i.path[0] === 'UnreadMsgNum') ?? parsed.error.issues[0];
      setUnreadError(ruleText(issue?.message ?? 'is required', lang));
      return;
    }
    setUnreadError(undefined);
    unreadMutation.mutate(parsed.data.UnreadMsgNum);
  }

  const typeName = typeInfo?.label[lang] ?? '';
  const hasAdmins = typeInfo ? typeInfo.roles.includes('Admin') : true;
  const roleBlocked =
    currentRole === 'Owner'
      ? m.drawer.ownerRole
      : !hasAdmins
        ? m.drawer.noAdmins(typeName)
        : currentRole === 'NotMember'
          ? m.notMember
          : undefined;
  const unreadBlocked =
    typeInfo && !typeInfo.supportsUnread ? m.drawer.unreadUnsupported(typeName) : undefined;
  const fieldRows: [string, React.ReactNode][] = member
    ? [
        [memberInfoFieldLabels.Role[lang], member.Role ? roleLabels[member.Role][lang] : '—'],
        [memberInfoFieldLabels.NameCard[lang], member.NameCard || '—'],
        [memberInfoFieldLabels.JoinTime[lang], <TimeText key="j" seconds={member.JoinTime} />],
        [
          memberInfoFieldLabels.LastSendMsgTime[lang],
          <TimeText key="l" seconds={member.LastSendMsgTime} never />,
        ],
        [
          memberInfoFieldLabels.MuteUntil[lang],
          <MuteUntilText key="mu" until={member.MuteUntil ?? member.ShutUpUntil} />,
        ],
        [m.drawer.msgSeq, member.MsgSeq ?? '—'],
        [m.drawer.msgFlag, member.MsgFlag ? msgFlagLabels[member.MsgFlag][lang] : '—'],
        [
          memberInfoFieldLabels.AppMemberDefinedData[lang],
          member.AppMemberDefinedData?.length
            ? member.AppMemberDefinedData.map((d) => `${d.Key}=${d.Value}`).join(', ')
            : '—',
        ],
      ]
    : [];

  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="lg"
      title={
        <Title order={2} size="h4">
          {m.drawer.title(account)}
        </Title>
      }
      closeButtonProps={{ 'aria-label': m.drawer.close }}
    >
      <Stack gap="md">
        <Anchor component={Link} to={`/users/${encodeURIComponent(account)}`} size="sm">
          {m.drawer.openUser}
        </Anchor>
        <Title order={3} size="h5">
          {m.drawer.details}
        </Title>
        {member ? (
          <Table withRowBorders={false} verticalSpacing={4} aria-label={m.drawer.details}>
            <Table.Tbody>
              {fieldRows.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w={180} fw={500} c="dimmed">
                    {label}
                  </Table.Th>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Alert variant="light" color="gray">
            {m.drawer.notLoaded}
          </Alert>
        )}

        <Divider />
        <Title order={3} size="h5">
          {m.drawer.role}
        </Title>
        <Group gap="sm">
          <Badge variant="light" size="lg">
            {currentRole ? roleLabels[currentRole][lang] : '…'}
          </Badge>
          {currentRole !== 'Owner' && currentRole !== 'NotMember' && (
            <AccessGate what="group_open_http_svc/modify_group_member_info">
              {(disabled) => {
                const next = currentRole === 'Admin' ? 'Member' : 'Admin';
                const button = (
                  <Button
                    variant="light"
                    disabled={disabled || roleBlocked !== undefined || currentRole === undefined}
                    loading={changeRole.isPending}
                    onClick={() => {
                      setRoleNote(undefined);
                      changeRole.mutate(next);
                    }}
                  >
                    {next === 'Admin' ? m.drawer.makeAdmin : m.drawer.removeAdmin}
                  </Button>
                );
                return roleBlocked && !disabled ? (
                  <Tooltip label={roleBlocked}>
                    <span tabIndex={0}>{button}</span>
                  </Tooltip>
                ) : (
                  button
                );
              }}
            </AccessGate>
          )}
        </Group>
        {roleBlocked && (
          <Text size="sm" c="dimmed">
            {roleBlocked}
          </Text>
        )}
        {changeRole.isError && <ErrorState error={changeRole.error} />}
        {roleNote && (
          <Alert color="teal" variant="light" role="status">
            {roleNote}
          </Alert>
        )}

        <Divider />
        <Title order={3} size="h5">
          {m.drawer.edit}
        </Title>
        <MemberEditForm
          key={`${account}:${member ? 'loaded' : 'not-loaded'}`}
          groupId={groupId}
          account={account}
          member={member}
        />

        <Divider />
        <Title order={3} size="h5">
          {m.drawer.unread}
        </Title>
        <form onSubmit={submitUnread} noValidate aria-label={m.drawer.unread}>
          <Stack gap="xs">
            <NumberInput
              label={m.drawer.unreadLabel}
              description={unreadBlocked ?? m.drawer.unreadHelp}
              value={unread}
              onChange={setUnreadValue}
              min={0}
              allowDecimal={false}
              error={unreadError}
              disabled={unreadBlocked !== undefined}
              maw={240}
            />
            <Group>
              <AccessGate what="group_open_http_svc/set_unread_msg_num">
                {(disabled) => (
                  <Button
                    type="submit"
                    variant="default"
                    disabled={disabled || unreadBlocked !== undefined}
                    loading={unreadMutation.isPending}
                  >
                    {m.drawer.unreadSubmit}
                  </Button>
                )}
              </AccessGate>
            </Group>
            {unreadMutation.isError && <ErrorState error={unreadMutation.error} />}
            {unreadNote && (
              <Alert color="teal" variant="light" role="status">
                {unreadNote}
              </Alert>
            )}
          </Stack>
        </form>

        <Divider />
        <Group>
          <AccessGate what="group_open_http_svc/delete_group_member">
            {(disabled) => (
              <Button
                color="red"
                variant="light"
                disabled={disabled || currentRole === 'Owner' || currentRole === 'NotMember'}
                onClick={() => onRemove(account)}
              >
                {m.drawer.removeMember}
              </Button>
            )}
          </AccessGate>
        </Group>
      </Stack>
    </Drawer>
  );
}
