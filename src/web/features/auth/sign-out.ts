/** Signing out: end the session at the proxy, forget every cached answer, go to the sign-in page. */
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useMessages } from '../../lib/i18n/i18n';
import { authMessages } from './messages';
import { logout } from './queries';

/** Returns a function that signs the operator out. */
export function useSignOut(): () => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const m = useMessages(authMessages);
  return async () => {
    try {
      await logout();
    } catch {
      notifications.show({ color: 'red', message: m.menu.signOutFailed });
    }
    queryClient.clear();
    await navigate('/login', { replace: true });
  };
}
