import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Providers } from '../../app/providers';
import { LookupForm } from './lookup-form';

/** The form as the page uses it: a lookup changes the ids the page passes back in. */
function Harness({ start = '' }: { start?: string }) {
  const [ids, setIds] = useState(start);
  return (
    <>
      <LookupForm initial={ids} onLookup={(next) => setIds(next.join(', '))} />
      <button onClick={() => setIds('imported_user')}>external change</button>
    </>
  );
}

describe('LookupForm', () => {
  it('keeps the rejected entries on screen after looking up the valid ones', async () => {
    render(
      <Providers language="en">
        <Harness />
      </Providers>,
    );
    await userEvent.type(screen.getByLabelText('UserIDs'), `good_one ${'y'.repeat(40)}`);
    await userEvent.click(screen.getByRole('button', { name: 'Look up' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('1 entry is not a valid UserID');
    expect(alert.textContent).toContain('must be at most 32 bytes (UTF-8)');
    expect((screen.getByLabelText('UserIDs') as HTMLTextAreaElement).value).toContain('y'.repeat(40));
  });

  it('shows ids that arrive from outside the form', async () => {
    render(
      <Providers language="en">
        <Harness start="alice" />
      </Providers>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'external change' }));
    expect((screen.getByLabelText('UserIDs') as HTMLTextAreaElement).value).toBe('imported_user');
  });
});
