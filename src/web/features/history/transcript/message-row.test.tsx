/** One transcript row: its article and name, its controls, and the actions menu mounted on first use. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../../app/providers';
import type { TranscriptMessage, TranscriptTarget } from '../model';
import { formatTimes, MessageRow, senderColour, type MessageRowProps } from './message-row';

const c2c: TranscriptTarget = { kind: 'c2c', viewpoint: 'alice', peer: 'bob' };
const message: TranscriptMessage = {
  id: '11_22_1700000000',
  msgKey: '11_22_1700000000',
  seq: 11,
  random: 22,
  time: 1_700_000_000,
  from: 'alice',
  to: 'bob',
  body: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'see you at [微笑] noon' } }],
  recalled: false,
  placeholder: false,
  raw: {} as TranscriptMessage['raw'],
};
const local = formatTimes(message.time as number, 'en').local;

function show(props: Partial<MessageRowProps> = {}, language: 'en' | 'zh' = 'en') {
  const handlers = { onToggle: vi.fn(), onRaw: vi.fn(), onCopyLink: vi.fn(), onChanged: vi.fn() };
  const view = render(
    <Providers language={language}>
      <div role="feed">
        <MessageRow
          target={c2c}
          message={message}
          position={3}
          setSize={-1}
          selected={false}
          focused={false}
          {...handlers}
          {...props}
        />
      </div>
    </Providers>,
  );
  return { ...view, ...handlers };
}

afterEach(() => vi.unstubAllGlobals());

describe('MessageRow', { timeout: 20_000 }, () => {
  it('is an article named by its sender and local time, with its place in the feed', () => {
    show();
    const article = screen.getByRole('article', { name: `alice (viewpoint) ${local}` });
    expect(article.getAttribute('aria-posinset')).toBe('3');
    expect(article.getAttribute('aria-setsize')).toBe('-1');
    expect(article.hasAttribute('data-mine')).toBe(true);
    const time = within(article).getByText(local);
    expect(time.tagName).toBe('TIME');
    expect(time.getAttribute('datetime')).toBe('2023-11-14T22:13:20.000Z');
    expect(time.getAttribute('title')).toBe('UTC 2023-11-14 22:13:20');
    expect(article.querySelector('[data-element="text"]')?.textContent).toBe('see you at [微笑] noon');
  });

  it('names a group sender in its colour and shows the seq, on the left', () => {
    const group: TranscriptTarget = { kind: 'group', groupId: '@TGS#1' };
    show({ target: group, message: { ...message, from: 'carol' } });
    const article = screen.getByRole('article', { name: `carol ${local} seq 11` });
    expect(article.hasAttribute('data-mine')).toBe(false);
    expect(within(article).getByText('carol').style.color).toBe(
      `var(--mantine-color-${senderColour('carol')}-7)`,
    );
  });

  it('selects, shows the raw JSON and copies the link through its callbacks', async () => {
    const { onToggle, onRaw, onCopyLink, rerender } = show();
    const box = screen.getByRole('checkbox', { name: `Select the message from alice at ${local}` });
    expect((box as HTMLInputElement).checked).toBe(false);
    await userEvent.click(box);
    expect(onToggle).toHaveBeenCalledWith(message.id);
    await userEvent.click(screen.getByRole('button', { name: 'View raw JSON' }));
    expect(onRaw).toHaveBeenCalledWith(message);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link to this message' }));
    expect(onCopyLink).toHaveBeenCalledWith(message);
    rerender(
      <Providers language="en">
        <MessageRow
          target={c2c}
          message={message}
          position={3}
          setSize={-1}
          selected
          focused
          onToggle={onToggle}
          onRaw={onRaw}
          onCopyLink={onCopyLink}
          onChanged={vi.fn()}
        />
      </Providers>,
    );
    expect((screen.getByRole('checkbox') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('article').hasAttribute('data-focused')).toBe(true);
  });

  it('marks a recalled message and says so when nothing of it is left', () => {
    show({ message: { ...message, recalled: true, body: [] } });
    const article = screen.getByRole('article');
    expect(within(article).getByText('Recalled')).toBeTruthy();
    expect(article.querySelector('[data-dim]')).not.toBeNull();
  });

  it('opens the actions menu on the first press of its button and keeps the focus there', async () => {
    show();
    const name = 'Actions for message 11_22_1700000000';
    const standIn = screen.getByRole('button', { name });
    expect(standIn.getAttribute('aria-haspopup')).toBe('menu');
    expect(screen.queryByRole('menuitem', { hidden: true })).toBeNull();
    await userEvent.click(standIn);
    expect(await screen.findByRole('menuitem', { name: 'Recall…', hidden: true })).toBeTruthy();
    expect(screen.getByRole('menuitem', { name: 'Modify…', hidden: true })).toBeTruthy();
    const button = screen.getByRole('button', { name, hidden: true });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('false'));
    expect(document.activeElement).toBe(button);
    // Once mounted the menu stays: the next press opens it like any Mantine menu.
    await userEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('true'));
  });

  it('opens the actions menu from the keyboard too', async () => {
    show({}, 'zh');
    const standIn = screen.getByRole('button', { name: '消息 11_22_1700000000 的操作' });
    standIn.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('menuitem', { name: '撤回…', hidden: true })).toBeTruthy();
    const button = screen.getByRole('button', { name: '消息 11_22_1700000000 的操作', hidden: true });
    expect(button).not.toBe(standIn);
    expect(button.getAttribute('aria-expanded')).toBe('true');
  });
});
