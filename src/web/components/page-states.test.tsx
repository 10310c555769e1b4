import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Providers } from '../app/providers';
import { ImApiError, ProxyRequestError } from '../lib/api-client';
import { ErrorState } from './page-states';

describe('ErrorState', () => {
  it('explains an IM error code in the chosen language, with the request id and a retry', async () => {
    const retry = vi.fn();
    render(
      <Providers language="en">
        <ErrorState
          error={new ImApiError('profile/portrait_get', 70107, 'account not exist', 'req-9')}
          onRetry={retry}
        />
      </Providers>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('IM error 70107');
    expect(alert.textContent).toContain('account not exist');
    expect(alert.textContent).toContain('req-9');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('lists every field issue of a refused request, in Chinese too', () => {
    render(
      <Providers language="zh">
        <ErrorState
          error={
            new ProxyRequestError('x/y', 400, 'invalid_request', 'bad body', [
              { path: 'To_Account[3]', message: 'must be at most 32 bytes (UTF-8)' },
            ])
          }
        />
      </Providers>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('代理拒绝了该请求');
    expect(alert.textContent).toContain('To_Account[3]');
  });
});
