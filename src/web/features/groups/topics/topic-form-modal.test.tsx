/** The topic form checks the contract before sending, and an edit sends only what changed. */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../../app/providers';
import { stubProxy } from '../../../test/fake-proxy';
import { TopicFormModal } from './topic-form-modal';

const ok = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };
const G = '@TGS#_@TGS#cQVLVHIM62CJ';
const T = `${G}@TOPIC#_news`;

/** The proxy's answers: a created topic gets the requested id or a generated one; anything else succeeds. */
const fakeProxy = () =>
  stubProxy((path, body) =>
    path.endsWith('create_topic') ? { ...ok, TopicId: body.TopicId ?? `${G}@TOPIC#_gen` } : ok,
  );

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('TopicFormModal', { timeout: 20_000 }, () => {
  it('names the field and the rule of a too-long name and sends nothing', async () => {
    const calls = fakeProxy();
    const onClose = vi.fn();
    render(
      <Providers language="en">
        <TopicFormModal groupId={G} onClose={onClose} />
      </Providers>,
    );
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), '话'.repeat(11));
    await user.click(screen.getByRole('button', { name: 'Create topic' }));
    expect(await screen.findByText('Name: must be at most 30 bytes (UTF-8)')).toBeTruthy();
    expect(calls).toEqual([]);

    await user.clear(screen.getByRole('textbox', { name: 'Name' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'News');
    await user.type(screen.getByRole('textbox', { name: 'Custom ID (optional)' }), 'news');
    await user.click(screen.getByRole('button', { name: 'Create topic' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls[0]).toEqual({
      path: 'million_group_open_http_svc/create_topic',
      body: { GroupId: G, TopicName: 'News', TopicId: T },
    });
  });

  it('sends only the changed fields on edit, and says when nothing changed', async () => {
    const calls = fakeProxy();
    const onClose = vi.fn();
    render(
      <Providers language="en">
        <TopicFormModal
          groupId={G}
          topic={{ TopicId: T, TopicName: 'News', Introduction: 'Old', ShutUpAllFlag: 0 }}
          onClose={onClose}
        />
      </Providers>,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Nothing changed.')).toBeTruthy();
    expect(calls).toEqual([]);

    await user.click(screen.getByLabelText(/^Mute all/));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls[0]?.body).toEqual({ GroupId: G, TopicId: T, MuteAllMember: 'On' });
  });
});
