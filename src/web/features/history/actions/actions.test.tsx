/** The message menu and the toolbar against a fake proxy: recall, modify with inline rules, mark read, gating, marks. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../../../api/roles';
import { Providers } from '../../../app/providers';
import { OperatorContext } from '../../../lib/access';
import { stubProxy } from '../../../test/fake-proxy';
import type { TranscriptMessage, TranscriptTarget } from '../model';
import { operatorAs } from '../../../test/operators';
import { MessageActions } from './message-actions';
import { ModifiedMark } from './modified-mark';
import { TranscriptActions } from './transcript-actions';

const ok = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };
const c2c: TranscriptTarget = { kind: 'c2c', viewpoint: 'alice', peer: 'bob' };
const message: TranscriptMessage = {
  id: '11_22_1700000000',
  msgKey: '11_22_1700000000',
  seq: 11,
  random: 22,
  time: 1_700_000_000,
  from: 'alice',
  to: 'bob',
  body: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'the original words' } }],
  recalled: false,
  placeholder: false,
  raw: {} as TranscriptMessage['raw'],
};

type Answer = (body: Record<string, unknown>) => unknown;

/** Answers /api/im/* and /api/history/modified; records each call. */
function fakeProxy(answers: Record<string, Answer>) {
  return stubProxy((path, body) => {
    const answer = answers[path];
    if (!answer) throw new Error(`unexpected call ${path}`);
    return answer(body);
  });
}

function renderWith(node: ReactNode, role?: Role) {
  return render(
    <Providers language="en">
      {role ? <OperatorContext.Provider value={operatorAs(role)}>{node}</OperatorContext.Provider> : node}
    </Providers>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('MessageActions', { timeout: 20_000 }, () => {
  it('recalls a one-to-one message after confirmation and reports the change', async () => {
    const calls = fakeProxy({ 'openim/admin_msgwithdraw': () => ok });
    const onChanged = vi.fn();
    renderWith(<MessageActions target={c2c} message={message} onChanged={onChanged} />);
    await userEvent.click(screen.getByRole('button', { name: 'Actions for message 11_22_1700000000' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Recall…', hidden: true }));
    const dialog = await screen.findByRole('dialog', { name: 'Recall this message?' });
    expect(within(dialog).getByText('the original words')).toBeTruthy();
    expect(calls).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Recall message' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith({ kind: 'recalled', ids: [message.id] }));
    expect(calls).toEqual([
      {
        path: 'openim/admin_msgwithdraw',
        body: { From_Account: 'alice', To_Account: 'bob', MsgKey: '11_22_1700000000' },
      },
    ]);
  });

  it('explains a failed recall in place and keeps the dialog open', async () => {
    fakeProxy({
      'openim/admin_msgwithdraw': () => ({ ActionStatus: 'FAIL', ErrorCode: 20022, ErrorInfo: 'no msg' }),
    });
    const onChanged = vi.fn();
    renderWith(<MessageActions target={c2c} message={message} onChanged={onChanged} />);
    await userEvent.click(screen.getByRole('button', { name: /^Actions for message/ }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Recall…', hidden: true }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Recall message' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('20022');
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('modifies the body, refusing a body that breaks the contract with the field named', async () => {
    const calls = fakeProxy({
      'openim/modify_c2c_msg': () => ok,
      '/api/history/modified': () => ({ entries: [], truncated: false }),
    });
    const onChanged = vi.fn();
    renderWith(<MessageActions target={c2c} message={message} onChanged={onChanged} />);
    await userEvent.click(screen.getByRole('button', { name: /^Actions for message/ }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Modify…', hidden: true }));
    const dialog = await screen.findByRole('dialog', { name: 'Modify message' });
    const text = within(dialog).getByRole('textbox', { name: 'Text' });
    expect((text as HTMLTextAreaElement).value).toBe('the original words');

    await userEvent.click(within(dialog).getByRole('radio', { name: 'JSON (any elements)' }));
    const json = within(dialog).getByRole('textbox', { name: /MsgBody/ });
    await userEvent.clear(json);
    await userEvent.click(json);
    await userEvent.paste('[{"MsgType":"TIMFaceElem","MsgContent":{"Index":1.5}}]');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(
      await within(dialog).findByText('MsgBody[0].MsgContent.Index: must be a whole number'),
    ).toBeTruthy();
    expect(calls.filter((c) => c.path === 'openim/modify_c2c_msg')).toHaveLength(0);

    await userEvent.click(within(dialog).getByRole('radio', { name: 'Text' }));
    const again = within(dialog).getByRole('textbox', { name: 'Text' });
    await userEvent.clear(again);
    await userEvent.click(again);
    await userEvent.paste('redacted by support');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith({ kind: 'modified', ids: [message.id] }));
    expect(calls.find((c) => c.path === 'openim/modify_c2c_msg')?.body).toEqual({
      From_Account: 'alice',
      To_Account: 'bob',
      MsgKey: '11_22_1700000000',
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'redacted by support' } }],
    });
  });

  it('disables recall for a recalled message and for a role without messages.moderate', async () => {
    fakeProxy({});
    const { unmount } = renderWith(<MessageActions target={c2c} message={{ ...message, recalled: true }} />);
    await userEvent.click(screen.getByRole('button', { name: /^Actions for message/ }));
    expect(
      (await screen.findByRole('menuitem', { name: 'Recall…', hidden: true })).hasAttribute('data-disabled'),
    ).toBe(true);
    unmount();
    renderWith(<MessageActions target={c2c} message={message} />, 'viewer');
    await userEvent.click(screen.getByRole('button', { name: /^Actions for message/ }));
    expect(
      (await screen.findByRole('menuitem', { name: 'Recall…', hidden: true })).hasAttribute('data-disabled'),
    ).toBe(true);
    expect(
      (await screen.findByRole('menuitem', { name: 'Modify…', hidden: true })).hasAttribute('data-disabled'),
    ).toBe(true);
  });
});

describe('TranscriptActions', { timeout: 20_000 }, () => {
  it('shows the unread count and marks the conversation read', async () => {
    let unread = 4;
    const calls = fakeProxy({
      'openim/get_c2c_unread_msg_num': () => ({
        ...ok,
        C2CUnreadMsgNumList: [{ Peer_Account: 'bob', C2CUnreadMsgNum: unread }],
      }),
      'openim/admin_set_msg_read': () => {
        unread = 0;
        return ok;
      },
    });
    const onChanged = vi.fn();
    renderWith(<TranscriptActions target={c2c} selected={[]} onChanged={onChanged} />);
    expect(await screen.findByText('4 unread')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Recall selected (0)' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Mark read' }));
    expect(await screen.findByText('0 unread')).toBeTruthy();
    expect(calls.find((c) => c.path === 'openim/admin_set_msg_read')?.body).toEqual({
      Report_Account: 'alice',
      Peer_Account: 'bob',
    });
    expect(onChanged).toHaveBeenCalledWith({ kind: 'read', ids: [] });
  });

  it('recalls the selection after the count is typed, with each message’s result', async () => {
    fakeProxy({
      'openim/get_c2c_unread_msg_num': () => ({ ...ok, C2CUnreadMsgNumList: [] }),
      'openim/admin_msgwithdraw': (b) =>
        b.MsgKey === '2_2_2' ? { ActionStatus: 'FAIL', ErrorCode: 20023, ErrorInfo: 'recalled' } : ok,
    });
    const onChanged = vi.fn();
    const clear = vi.fn();
    const selected = [
      message,
      { ...message, id: '2_2_2', msgKey: '2_2_2' },
      { ...message, id: '3_3_3', msgKey: '3_3_3', recalled: true },
    ];
    renderWith(
      <TranscriptActions target={c2c} selected={selected} onChanged={onChanged} clearSelection={clear} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Recall selected (3)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Recall 2 messages' });
    expect(within(dialog).getByText(/1 selected message is already recalled/)).toBeTruthy();
    const confirm = within(dialog).getByRole('button', { name: 'Recall messages' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Type 2 to confirm' }), '2');
    await userEvent.click(confirm);
    await waitFor(() =>
      expect(onChanged).toHaveBeenCalledWith({ kind: 'recalled', ids: [message.id, '2_2_2'] }),
    );
    expect(clear).toHaveBeenCalled();
  });

  it('disables what the role may not do', async () => {
    fakeProxy({ 'openim/get_c2c_unread_msg_num': () => ({ ...ok, C2CUnreadMsgNumList: [] }) });
    renderWith(<TranscriptActions target={c2c} selected={[message]} />, 'support');
    expect(
      ((await screen.findByRole('button', { name: 'Recall selected (1)' })) as HTMLButtonElement).disabled,
    ).toBe(false);
    expect((screen.getByRole('button', { name: 'Send message…' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Import message…' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect((screen.getByRole('button', { name: 'Send to many…' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('ModifiedMark', () => {
  it('marks only the messages the console modified, saying so', async () => {
    fakeProxy({
      '/api/history/modified': () => ({
        entries: [
          {
            msgKey: message.msgKey,
            from: 'alice',
            to: 'bob',
            at: '2026-11-20T10:00:00.000Z',
            operator: 'sam',
            fields: ['MsgBody'],
            auditId: 3,
          },
        ],
        truncated: false,
      }),
    });
    renderWith(
      <>
        <ModifiedMark target={c2c} message={message} />
        <ModifiedMark target={c2c} message={{ ...message, id: 'other', msgKey: 'other' }} />
      </>,
    );
    const badge = await screen.findByLabelText(
      /^Modified\. Modified through this console on .* by sam\. Only modifications made through this console are marked\.$/,
    );
    expect(badge).toBeTruthy();
    expect(screen.getAllByText('Modified')).toHaveLength(1);
  });
});
