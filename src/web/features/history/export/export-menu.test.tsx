import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { C2cMessage } from '../../../../api/c2c';
import { parseCsv } from '../../../../api/csv';
import { Providers } from '../../../app/providers';
import { normaliseC2c } from '../api';
import { ExportMenu } from './export-menu';

const target = { kind: 'c2c', viewpoint: 'alice', peer: 'bob' } as const;
const now = Math.floor(Date.now() / 1000);

function raw(seq: number, text: string): C2cMessage {
  const time = now - 3600 + seq;
  return {
    From_Account: seq % 2 ? 'alice' : 'bob',
    To_Account: seq % 2 ? 'bob' : 'alice',
    MsgSeq: seq,
    MsgRandom: seq * 7,
    MsgTimeStamp: time,
    MsgFlagBits: 0,
    MsgKey: `${seq}_${seq * 7}_${time}`,
    MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: text } }],
  };
}

/** Files the menu offered, read back from the blobs it made. */
let saved: { name: string; text: Promise<string> }[] = [];

beforeEach(() => {
  saved = [];
  let blob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blob = b as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, text: blob!.text() });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function renderMenu(loaded = [raw(1, 'hello'), raw(2, '=1+2')].map(normaliseC2c)) {
  render(
    <Providers language="en">
      <ExportMenu target={target} loaded={loaded} />
    </Providers>,
  );
}

describe('ExportMenu', () => {
  it('exports the loaded messages as JSON: the API’s own objects', async () => {
    const raws = [raw(1, 'hello'), raw(2, '=1+2')];
    renderMenu(raws.map(normaliseC2c));
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText('Loaded messages (2)')).toBeTruthy();
    await userEvent.click(await screen.findByRole('menuitem', { name: /JSON/, hidden: true }));
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toMatch(/^transcript-c2c-alice-bob-\d{8}T\d{6}Z\.json$/);
    const json = JSON.parse(await saved[0]!.text);
    expect(json.messages).toEqual(raws);
    expect(json.scope).toEqual({ kind: 'loaded' });
  });

  it('exports CSV with a byte-order mark and formula-safe cells', async () => {
    renderMenu();
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: /CSV/, hidden: true }));
    const text = await saved[0]!.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const { records } = parseCsv(text);
    expect(records.map((r) => r.cells[9])).toEqual(['Text', 'hello', "'=1+2"]);
  });

  it('cannot export what is not loaded, but can still export a range', async () => {
    renderMenu([]);
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.getByText('No messages loaded yet')).toBeTruthy();
    const html = await screen.findByRole('menuitem', { name: /HTML/, hidden: true });
    expect(html.hasAttribute('disabled') || html.getAttribute('data-disabled') === 'true').toBe(true);
    expect(await screen.findByRole('menuitem', { name: 'A time range…', hidden: true })).toBeTruthy();
  });

  it('collects a time range through the API with progress, then downloads it', async () => {
    const all = Array.from({ length: 150 }, (_, i) => raw(i + 1, `line ${i + 1}`));
    const bodies: Record<string, unknown>[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit = {}) => {
        const body = JSON.parse(String(init.body));
        bodies.push(body);
        let list = all.filter((m) => m.MsgTimeStamp >= body.MinTime && m.MsgTimeStamp <= body.MaxTime);
        if (body.LastMsgKey)
          list = list.slice(
            0,
            list.findIndex((m) => m.MsgKey === body.LastMsgKey),
          );
        const page = list.slice(-100);
        const complete = list.length <= 100 ? 1 : 0;
        return new Response(
          JSON.stringify({
            ActionStatus: 'OK',
            ErrorCode: 0,
            ErrorInfo: '',
            Complete: complete,
            MsgCnt: page.length,
            ...(complete ? {} : { LastMsgKey: page[0]!.MsgKey, LastMsgTime: page[0]!.MsgTimeStamp }),
            MsgList: page,
          }),
          { status: 200 },
        );
      }),
    );
    renderMenu();
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'A time range…', hidden: true }));
    await userEvent.click(screen.getByRole('radio', { name: 'Last 24 hours' }));
    await userEvent.click(screen.getByRole('button', { name: 'Collect messages' }));
    expect(await screen.findByText('Collected 150 messages')).toBeTruthy();
    expect(bodies).toHaveLength(2);
    expect(bodies[0]).toMatchObject({ Operator_Account: 'alice', Peer_Account: 'bob' });
    expect(Number(bodies[0]!.MaxTime) - Number(bodies[0]!.MinTime)).toBeGreaterThanOrEqual(86_399);
    await userEvent.click(screen.getByRole('button', { name: 'Download HTML' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const doc = new DOMParser().parseFromString(await saved[0]!.text, 'text/html');
    expect(doc.querySelectorAll('article')).toHaveLength(150);
    expect(doc.querySelector('article .text')?.textContent).toBe('line 1');
  });
});
