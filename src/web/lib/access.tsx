/**
 * What the signed-in operator may do, for the console's buttons and pages. The proxy is the
 * authority (it refuses with 403 whatever a role may not call); the console reads the same table
 * (`src/api/roles.ts`) only to hide or disable controls and to say which role can.
 *
 * `OperatorContext` is provided by the auth feature's `OperatorProvider`, which wraps every route
 * but /login and renders nothing of the console until the operator is known (loading screen, or off
 * to /login). So in the running console there is always a provider, and a missing one can only mean
 * a component test that mounts a form or page alone.
 *
 * Decision: without a provider every check answers "allowed". Component tests then exercise the
 * controls themselves without building an operator, and tests about gating provide one
 * (`<OperatorContext.Provider value={…}>`). Failing closed instead would buy no safety: the console
 * only hides and disables, and the proxy refuses (403) whatever the role may not call regardless.
 */
import { Tooltip, VisuallyHidden } from '@mantine/core';
import { createContext, useContext, type ReactElement } from 'react';
import type { Operator } from '../../api/console-api';
import { permissionFor, roleHas, roleLabels, rolesWith, type Permission, type Role } from '../../api/roles';
import { defineMessages, useLanguage, type Language } from './i18n/i18n';

/** The signed-in operator, or undefined outside an operator provider. */
export const OperatorContext = createContext<Operator | undefined>(undefined);

/** The signed-in operator (undefined only outside the provider, e.g. in narrow component tests). */
export function useOperator(): Operator | undefined {
  return useContext(OperatorContext);
}

/** The answer to "may I?": whether, which permission, which roles hold it, and a sentence when not. */
export interface AccessCheck {
  allowed: boolean;
  permission: Permission | undefined;
  /** Roles that hold the permission, least powerful first. */
  roles: Role[];
  /** "Needs the Moderator or Admin role." in the current language, when not allowed. */
  reason: string | undefined;
}

const messages = defineMessages({
  en: {
    needs: (names: string) => `Needs the ${names} role.`,
    comma: ', ',
    or: ' or ',
    unknown: 'No role may do this.',
  },
  zh: {
    needs: (names: string) => `需要${names}角色。`,
    comma: '、',
    or: '或',
    unknown: '没有角色可以执行此操作。',
  },
});

/** Names the roles in the operator's language: "Support, Moderator or Admin" / "客服、版主或管理员". */
export function roleNames(list: readonly Role[], lang: Language): string {
  const t = messages[lang];
  const names = list.map((r) => roleLabels[r][lang]);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(t.comma)}${t.or}${names[names.length - 1]}`;
}

/** Checks a permission, or an IM endpoint (`service/command`) by the permission it needs. */
export function checkAccess(
  operator: Operator | undefined,
  what: Permission | string,
  lang: Language,
): AccessCheck {
  const permission = (what.includes('/') ? permissionFor(what) : what) as Permission | undefined;
  const holders = permission ? rolesWith(permission) : [];
  const allowed = permission !== undefined && (operator === undefined || roleHas(operator.role, permission));
  const t = messages[lang];
  return {
    allowed,
    permission,
    roles: holders,
    reason: allowed ? undefined : holders.length ? t.needs(roleNames(holders, lang)) : t.unknown,
  };
}

/** `useCan('openconfigsvr/setnospeaking')` or `useCan('operators.manage')`. */
export function useCan(what: Permission | string): AccessCheck {
  const operator = useOperator();
  const { lang } = useLanguage();
  return checkAccess(operator, what, lang);
}

/**
 * Wraps one control: when the operator may not use it, the control is disabled and a tooltip says
 * which role can. The child must accept `disabled` (Mantine buttons, inputs, switches do).
 */
export function AccessGate({
  what,
  children,
}: {
  what: Permission | string;
  children: (disabled: boolean) => ReactElement;
}) {
  const access = useCan(what);
  if (access.allowed) return children(false);
  return (
    <Tooltip label={access.reason} withArrow>
      {/* A disabled button fires no pointer events; the span carries the tooltip and keyboard focus. */}
      <span tabIndex={0} style={{ display: 'inline-block' }}>
        {children(true)}
        <VisuallyHidden>{access.reason}</VisuallyHidden>
      </span>
    </Tooltip>
  );
}
