/** `/settings/operators` (admin): every operator, create one, change a role, disable or enable, reset a password. */
import { ActionIcon, Badge, Button, Card, Group, Menu, Modal, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconDots, IconKey, IconLock, IconLockOpen, IconPlus, IconUserCog } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Operator } from '../../../api/console-api';
import { roleLabels } from '../../../api/roles';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { RoleBadge } from '../../components/role-badge';
import { localTime } from '../../components/time-text';
import { VirtualTable, type VirtualColumn } from '../../components/virtual-table';
import { useOperator } from '../../lib/access';
import { ProxyRequestError } from '../../lib/api-client';
import { useLanguage, useMessages } from '../../lib/i18n/i18n';
import { ChangeRoleForm } from './change-role-form';
import { CreateOperatorForm } from './create-operator-form';
import { operatorsMessages } from './messages';
import { showPasswordOnce } from './password-once';
import { operatorQueries, resetOperatorPassword, updateOperator } from './queries';

export function OperatorsPage() {
  const m = useMessages(operatorsMessages);
  const { lang } = useLanguage();
  const me = useOperator();
  const query = useQuery(operatorQueries.list());
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [roleOf, setRoleOf] = useState<Operator | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: operatorQueries.all() });

  /** Proxy refusals (the last-admin guard's 409 among them) are shown as the proxy words them. */
  function showFailure(error: unknown) {
    const issues =
      error instanceof ProxyRequestError && error.issues.length
        ? ` (${error.issues.map((i) => `${i.path}: ${i.message}`).join('; ')})`
        : '';
    notifications.show({
      color: 'red',
      title: m.failed,
      message: `${error instanceof Error ? error.message : String(error)}${issues}`,
      autoClose: 10_000,
    });
  }

  function confirmDisable(op: Operator) {
    const t = op.disabled ? m.enable : m.disable;
    modals.openConfirmModal({
      title: t.title(op.username),
      children: <Text size="sm">{t.body}</Text>,
      labels: { confirm: t.confirm, cancel: m.cancel },
      confirmProps: { color: op.disabled ? 'blue' : 'red' },
      onConfirm: () => {
        updateOperator(op.id, { disabled: !op.disabled }).then(() => {
          notifications.show({ color: 'teal', message: t.done(op.username) });
          void refresh();
        }, showFailure);
      },
    });
  }

  function confirmReset(op: Operator) {
    modals.openConfirmModal({
      title: m.reset.title(op.username),
      children: <Text size="sm">{m.reset.body}</Text>,
      labels: { confirm: m.reset.confirm, cancel: m.cancel },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        resetOperatorPassword(op.id).then((result) => {
          void refresh();
          if (result.generatedPassword) showPasswordOnce(op.username, result.generatedPassword, lang);
          else notifications.show({ color: 'teal', message: m.reset.done(op.username) });
        }, showFailure);
      },
    });
  }

  const columns: VirtualColumn<Operator>[] = [
    {
      key: 'username',
      header: m.columns.username,
      render: (op) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm" ff="monospace">
            {op.username}
          </Text>
          {me?.id === op.id && (
            <Badge size="xs" variant="outline" tt="none">
              {m.you}
            </Badge>
          )}
        </Group>
      ),
    },
    { key: 'displayName', header: m.columns.displayName, render: (op) => op.displayName },
    { key: 'role', header: m.columns.role, render: (op) => <RoleBadge role={op.role} /> },
    {
      key: 'status',
      header: m.columns.status,
      render: (op) => (
        <Group gap={4}>
          <Badge color={op.disabled ? 'gray' : 'teal'} variant="dot" tt="none">
            {op.disabled ? m.status.disabled : m.status.active}
          </Badge>
          {op.mustChangePassword && !op.disabled && (
            <Badge color="yellow" variant="light" tt="none">
              {m.status.mustChange}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'created',
      header: m.columns.created,
      render: (op) => localTime(op.createdAt, lang, { seconds: false }),
    },
    {
      key: 'lastLogin',
      header: m.columns.lastLogin,
      render: (op) =>
        op.lastLoginAt ? (
          localTime(op.lastLoginAt, lang, { seconds: false })
        ) : (
          <Text c="dimmed" size="sm">
            {m.never}
          </Text>
        ),
    },
    {
      key: 'actions',
      header: m.columns.actions,
      width: 80,
      render: (op) => (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={m.actionsFor(op.username)}>
              <IconDots size={18} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconUserCog size={16} aria-hidden />} onClick={() => setRoleOf(op)}>
              {m.actions.changeRole}
            </Menu.Item>
            <Menu.Item
              leftSection={
                op.disabled ? <IconLockOpen size={16} aria-hidden /> : <IconLock size={16} aria-hidden />
              }
              color={op.disabled ? undefined : 'red'}
              onClick={() => confirmDisable(op)}
            >
              {op.disabled ? m.actions.enable : m.actions.disable}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconKey size={16} aria-hidden />}
              color="red"
              onClick={() => confirmReset(op)}
            >
              {m.actions.resetPassword}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      ),
    },
  ];

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{m.title}</Title>
          <Text c="dimmed" maw={720}>
            {m.intro}
          </Text>
        </div>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
          {m.create}
        </Button>
      </Group>
      <Card withBorder>
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.operators.length === 0 ? (
          <EmptyState title={m.empty}>{m.emptyBody}</EmptyState>
        ) : (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {m.count(query.data.operators.length)}
            </Text>
            <VirtualTable
              rows={query.data.operators}
              columns={columns}
              rowKey={(op) => String(op.id)}
              label={m.tableLabel}
            />
          </Stack>
        )}
      </Card>
      <Modal opened={creating} onClose={() => setCreating(false)} title={m.form.title}>
        <CreateOperatorForm
          onCancel={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            void refresh();
            notifications.show({ color: 'teal', message: m.form.created(created.operator.username) });
            if (created.generatedPassword)
              showPasswordOnce(created.operator.username, created.generatedPassword, lang);
          }}
        />
      </Modal>
      <Modal
        opened={roleOf !== null}
        onClose={() => setRoleOf(null)}
        title={roleOf ? m.role.title(roleOf.username) : ''}
      >
        {roleOf && (
          <ChangeRoleForm
            operator={roleOf}
            onCancel={() => setRoleOf(null)}
            onChanged={(updated) => {
              setRoleOf(null);
              void refresh();
              notifications.show({
                color: 'teal',
                message: m.role.changed(updated.username, roleLabels[updated.role][lang]),
              });
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
