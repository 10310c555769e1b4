import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../../app/providers';
import { ProfileEditForm } from './profile-edit-form';

afterEach(() => vi.unstubAllGlobals());

describe('ProfileEditForm', () => {
  it('shows the rule inline and sends only the changed fields', async () => {
    const bodies: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        bodies.push(JSON.parse(String(init.body)));
        return new Response(JSON.stringify({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' }), {
          status: 200,
        });
      }),
    );
    const onDone = vi.fn();
    render(
      <Providers language="en">
        <ProfileEditForm
          userId="u1"
          items={[
            { Tag: 'Tag_Profile_IM_Nick', Value: 'Old' },
            { Tag: 'Tag_Profile_IM_Level', Value: 3 },
            { Tag: 'Tag_Profile_Custom_Hobby', Value: 'chess' },
          ]}
          customTags={['Tag_Profile_Custom_Hobby']}
          onDone={onDone}
        />
      </Providers>,
    );
    const nick = screen.getByLabelText('Nickname');
    await userEvent.clear(nick);
    await userEvent.type(screen.getByLabelText('Level'), 'x');
    expect(screen.getByText('Level must be a whole number')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(bodies).toHaveLength(0);

    await userEvent.clear(screen.getByLabelText('Level'));
    await userEvent.type(screen.getByLabelText('Level'), '3');
    await userEvent.type(nick, 'New');
    await userEvent.clear(screen.getByLabelText('Custom: Hobby'));
    await userEvent.type(screen.getByLabelText('Custom: Hobby'), 'go');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(bodies).toEqual([
      {
        From_Account: 'u1',
        ProfileItem: [
          { Tag: 'Tag_Profile_IM_Nick', Value: 'New' },
          { Tag: 'Tag_Profile_Custom_Hobby', Value: 'go' },
        ],
      },
    ]);
  });
});
