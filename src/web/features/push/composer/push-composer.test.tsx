import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../../app/providers';
import { emptyForm, fromPushRequest } from './form-state';
import { PushComposer } from './push-composer';

afterEach(() => vi.unstubAllGlobals());

const ok = (extra: object) =>
  new Response(JSON.stringify({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', ...extra }), {
    status: 200,
  });

/** A fake proxy: answers by path, records im_push and batchsendmsg bodies. */
function fakeProxy() {
  const sent: { path: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const path = String(url);
      if (path.startsWith('/api/im/')) {
        const body: unknown = JSON.parse(String(init?.body));
        sent.push({ path: path.slice('/api/im/'.length), body });
        if (path.endsWith('im_get_attr_name')) return ok({ AttrNames: { '0': 'city', '1': 'tier' } });
        if (path.endsWith('im_push')) return ok({ TaskId: '1400000000_1_2_3' });
        if (path.endsWith('im_get_tag'))
          return ok({ UserTags: [{ To_Account: 'alice', Tags: ['runner', 'vip'] }] });
        if (path.endsWith('im_get_attr'))
          return ok({ UserAttrs: [{ To_Account: 'alice', Attrs: { city: 'Hangzhou' } }] });
        if (path.endsWith('batchsendmsg'))
          return ok({ MsgKey: 'k', ErrorList: [{ To_Account: 'ghost', ErrorCode: 70107 }] });
      }
      if (path === '/api/proxy/stats')
        return new Response(
          JSON.stringify({
            startedAt: '2026-01-01T00:00:00Z',
            now: '2026-01-01T00:00:00Z',
            totals: { calls: 0, ok: 0, imErrors: 0, proxyErrors: 0 },
            endpoints: [],
            errors: [],
          }),
          { status: 200 },
        );
      if (path.startsWith('/api/console/push-log'))
        return new Response(JSON.stringify({ entries: [], nextCursor: null }), { status: 200 });
      return new Response('{}', { status: 404 });
    }),
  );
  return sent;
}

function mount(form = emptyForm(42)) {
  return render(
    <Providers language="en">
      <MemoryRouter>
        <PushComposer initial={form} />
      </MemoryRouter>
    </Providers>,
  );
}

describe('PushComposer', () => {
  it('sends exactly the JSON it shows, after the typed word', async () => {
    const sent = fakeProxy();
    const user = userEvent.setup();
    mount(
      fromPushRequest(
        {
          MsgRandom: 1,
          MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'Hello' } }],
          Condition: { AttrsAnd: { city: 'Shenzhen' } },
        },
        42,
      ),
    );
    const shown = screen.getByLabelText('im_push request body').textContent ?? '';
    expect(JSON.parse(shown)).toEqual({
      MsgRandom: 42,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'Hello' } }],
      Condition: { AttrsAnd: { city: 'Shenzhen' } },
    });
    await user.click(screen.getByRole('button', { name: 'Review and send' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send this push?' });
    const confirm = within(dialog).getByRole('button', { name: 'Send push' });
    expect(confirm).toHaveProperty('disabled', true);
    await user.type(within(dialog).getByLabelText('Type PUSH to confirm'), 'PUSH');
    await waitFor(() => expect(confirm).toHaveProperty('disabled', false));
    await user.click(confirm);
    expect(await screen.findByText('1400000000_1_2_3')).toBeTruthy();
    const pushes = sent.filter((s) => s.path === 'all_member_push/im_push');
    expect(pushes.map((p) => p.body)).toEqual([JSON.parse(shown)]);
    // The next push gets a new MsgRandom, so it is not merged into this task.
    await waitFor(() =>
      expect(JSON.parse(screen.getByLabelText('im_push request body').textContent ?? '').MsgRandom).not.toBe(
        42,
      ),
    );
  });

  it('refuses to open the confirmation while the form has problems, and marks them', async () => {
    const sent = fakeProxy();
    const user = userEvent.setup();
    mount();
    await user.click(screen.getByRole('button', { name: 'Review and send' }));
    expect(screen.getByText(/Fix 2 problems first/)).toBeTruthy();
    expect(screen.getByText('Text: must not be empty')).toBeTruthy();
    expect(
      screen.getByText('Pick at least one tag or attribute value, or choose Everyone on purpose.'),
    ).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(sent.filter((s) => s.path === 'all_member_push/im_push')).toEqual([]);
  });

  it('checks custom data as JSON and allows only one custom element', async () => {
    fakeProxy();
    const user = userEvent.setup();
    mount();
    await user.click(screen.getByRole('button', { name: 'Custom' }));
    const data = screen.getByLabelText('Data');
    await user.clear(data);
    await user.type(data, '{{"a":');
    expect(screen.getByText(/^Data: must be valid JSON/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Custom' })).toHaveProperty('disabled', true);
  });

  it('test-sends the content to a few accounts and reports each one', async () => {
    const sent = fakeProxy();
    const user = userEvent.setup();
    mount(
      fromPushRequest(
        {
          MsgRandom: 1,
          From_Account: 'shop',
          MsgLifeTime: 60,
          MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'Hi' } }],
          Condition: { TagsOr: ['vip'] },
          OfflinePushInfo: { Title: 'T' },
        },
        7,
      ),
    );
    await user.type(screen.getByLabelText('Test accounts'), 'alice, ghost');
    await user.click(screen.getByRole('button', { name: 'Send test' }));
    const table = await screen.findByRole('table', { name: 'Test send results' });
    expect(within(table).getByText('Sent')).toBeTruthy();
    expect(within(table).getByText(/^70107: /)).toBeTruthy();
    const test = sent.find((s) => s.path === 'openim/batchsendmsg')?.body as Record<string, unknown>;
    expect(test).toMatchObject({
      From_Account: 'shop',
      To_Account: ['alice', 'ghost'],
      MsgLifeTime: 60,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'Hi' } }],
      OfflinePushInfo: { Title: 'T' },
    });
    expect(test).not.toHaveProperty('Condition');
    expect(sent.filter((s) => s.path === 'all_member_push/im_push')).toEqual([]);
  });

  it('looks up a user and offers their tags: a click adds one to "all of these tags"', async () => {
    fakeProxy();
    const user = userEvent.setup();
    mount();
    await user.type(screen.getByLabelText("Look up a user's tags and attributes"), 'alice');
    await user.click(screen.getByRole('button', { name: 'Look up' }));
    await user.click(await screen.findByRole('button', { name: 'Add vip to "all of these tags"' }));
    expect(screen.getByText('city=Hangzhou')).toBeTruthy();
    const json = JSON.parse(screen.getByLabelText('im_push request body').textContent ?? '{}');
    expect(json.Condition).toEqual({ TagsAnd: ['vip'] });
  });
});
