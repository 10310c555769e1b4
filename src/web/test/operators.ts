// Unit tests of role-dependent screens: a signed-in operator to put in `OperatorContext`.
import type { Operator } from '../../api/console-api';
import type { Role } from '../../api/roles';

/** An enabled operator with `role`, named after it, who has never signed in before; `changes` override any field. */
export function operatorAs(role: Role, changes: Partial<Operator> = {}): Operator {
  return {
    id: 1,
    username: role,
    displayName: '',
    role,
    disabled: false,
    createdAt: '2026-11-26T10:00:00.000Z',
    lastLoginAt: null,
    mustChangePassword: false,
    ...changes,
  };
}
