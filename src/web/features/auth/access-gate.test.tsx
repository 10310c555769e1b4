import { Button } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { Operator } from '../../../api/console-api';
import { Providers } from '../../app/providers';
import { AccessGate, OperatorContext, roleNames } from '../../lib/access';
import { operatorAs } from '../../test/operators';

function renderGate(operator: Operator | undefined, what: string, language: 'en' | 'zh' = 'en') {
  const gate = <AccessGate what={what}>{(disabled) => <Button disabled={disabled}>Mute</Button>}</AccessGate>;
  const tree: ReactNode = operator ? (
    <OperatorContext.Provider value={operator}>{gate}</OperatorContext.Provider>
  ) : (
    gate
  );
  render(<Providers language={language}>{tree}</Providers>);
  return screen.getByRole('button', { name: 'Mute' }) as HTMLButtonElement;
}

describe('AccessGate', () => {
  it('disables a control the role cannot use and says which roles can', () => {
    const button = renderGate(operatorAs('viewer'), 'openconfigsvr/setnospeaking');
    expect(button.disabled).toBe(true);
    expect(screen.getByText('Needs the Support, Moderator or Admin role.')).toBeTruthy();
  });

  it('leaves it alone for a role that can', () => {
    expect(renderGate(operatorAs('support'), 'openconfigsvr/setnospeaking').disabled).toBe(false);
    expect(screen.queryByText(/Needs the/)).toBeNull();
  });

  it('answers "allowed" without an operator provider (component tests; the proxy still decides)', () => {
    expect(renderGate(undefined, 'im_open_login_svc/account_delete').disabled).toBe(false);
  });

  it('refuses an unknown endpoint for every role', () => {
    expect(renderGate(operatorAs('admin'), 'nope/nothing').disabled).toBe(true);
    expect(screen.getByText('No role may do this.')).toBeTruthy();
  });

  it('speaks Chinese', () => {
    renderGate(operatorAs('marketing'), 'group_open_http_svc/destroy_group', 'zh');
    expect(screen.getByText('需要管理员角色。')).toBeTruthy();
  });
});

describe('roleNames', () => {
  it('lists roles the way each language does', () => {
    expect(roleNames(['admin'], 'en')).toBe('Admin');
    expect(roleNames(['moderator', 'admin'], 'en')).toBe('Moderator or Admin');
    expect(roleNames(['support', 'moderator', 'admin'], 'zh')).toBe('客服、版主或管理员');
  });
});
