/** The header's operator menu: who is signed in and with which role; password, sessions, sign out. */
import { Button, Menu, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconDevices, IconKey, IconLogout } from '@tabler/icons-react';
import { Link } from 'react-router';
import { roleLabels } from '../../../api/roles';
import { useOperator } from '../../lib/access';
import { useLanguage, useMessages } from '../../lib/i18n/i18n';
import { ChangePasswordForm } from './change-password-form';
import { authMessages } from './messages';
import { RoleBadge } from '../../components/role-badge';
import { useSignOut } from './sign-out';

export function OperatorMenu() {
  const operator = useOperator();
  const m = useMessages(authMessages);
  const { lang } = useLanguage();
  const signOut = useSignOut();
  const [passwordOpen, password] = useDisclosure(false);
  if (!operator) return null;
  const name = operator.displayName || operator.username;
  return (
    <>
      <Menu position="bottom-end" withArrow>
        <Menu.Target>
          <Button
            variant="subtle"
            color="gray"
            rightSection={<IconChevronDown size={14} aria-hidden />}
            aria-label={m.menu.label(`${name} (${roleLabels[operator.role][lang]})`)}
            px="xs"
          >
            <Text size="sm" fw={500} mr={6} visibleFrom="xs" span>
              {name}
            </Text>
            <RoleBadge role={operator.role} />
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            {m.menu.signedInAs} {operator.username}
          </Menu.Label>
          <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={password.open}>
            {m.menu.changePassword}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconDevices size={16} aria-hidden />}
            component={Link}
            to="/settings/sessions"
          >
            {m.menu.sessions}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item
            color="red"
            leftSection={<IconLogout size={16} aria-hidden />}
            onClick={() => void signOut()}
          >
            {m.menu.signOut}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={passwordOpen} onClose={password.close} title={m.password.title}>
        <ChangePasswordForm
          onDone={() => {
            password.close();
            notifications.show({ color: 'teal', message: m.password.done });
          }}
          secondary={{ label: m.password.cancel, onClick: password.close }}
        />
      </Modal>
    </>
  );
}
