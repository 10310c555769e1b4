/** A page only some roles can open: others see which role can, instead of a page of 403 errors. */
import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { Permission } from '../../../api/roles';
import { useCan } from '../../lib/access';
import { useMessages } from '../../lib/i18n/i18n';
import { authMessages } from './messages';

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const access = useCan(permission);
  const m = useMessages(authMessages).forbidden;
  if (access.allowed) return children;
  return (
    <Alert color="yellow" variant="light" title={m.title} icon={<IconLock />} role="alert">
      {m.body(access.reason ?? '')}
    </Alert>
  );
}
