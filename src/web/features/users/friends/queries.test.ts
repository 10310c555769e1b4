/** Loading every friend: parallel pages once the page size is known, cursor checks, and the fold. */
import { describe, expect, it } from 'vitest';
import { addFriendPage, friendRow, streamFriendPages, type FriendPage } from './queries';

/** A fake `friend_get` over `total` friends with a page size chosen per offset. */
function fakeServer(total: number, pageSize: (start: number) => number, sequence = () => 7) {
  const calls: number[] = [];
  const fetchPage = async (_owner: string, start: number): Promise<FriendPage> => {
    calls.push(start);
    await new Promise((r) => setTimeout(r, (start * 7) % 5));
    const end = Math.min(total, start + pageSize(start));
    const complete = end >= total;
    return {
      startIndex: start,
      rows: Array.from({ length: Math.max(0, end - start) }, (_, i) => friendRow(`u${start + i}`)),
      total,
      standardSequence: sequence(),
      complete,
      next: complete ? 0 : end,
    };
  };
  return { calls, fetchPage };
}

async function collect(stream: AsyncGenerator<FriendPage>) {
  const pages: FriendPage[] = [];
  for await (const p of stream) pages.push(p);
  return pages;
}

describe('streamFriendPages', () => {
  it('reads the first page, then the rest several at a time, yielding them in order', async () => {
    const server = fakeServer(1050, () => 100);
    const pages = await collect(streamFriendPages('o', undefined, server.fetchPage));
    expect(pages.map((p) => p.startIndex)).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
    expect(pages.at(-1)?.complete).toBe(true);
    const ids = pages.flatMap((p) => p.rows.map((r) => r.userId));
    expect(new Set(ids).size).toBe(1050);
    expect(server.calls[0]).toBe(0);
    expect([...server.calls].sort((a, b) => a - b)).toEqual(pages.map((p) => p.startIndex));
  });

  it('stops at one page for a small list and at none for an empty one', async () => {
    expect(
      (await collect(streamFriendPages('o', undefined, fakeServer(40, () => 100).fetchPage))).length,
    ).toBe(1);
    const empty = await collect(streamFriendPages('o', undefined, fakeServer(0, () => 100).fetchPage));
    expect(empty.map((p) => p.rows.length)).toEqual([0]);
  });

  it('falls back to the cursor when the server pages differently, skipping and repeating nothing', async () => {
    // 100 first, then 60 per page: offsets guessed from the first page stop matching the cursor.
    const server = fakeServer(400, (start) => (start === 0 ? 100 : 60));
    const pages = await collect(streamFriendPages('o', undefined, server.fetchPage));
    const ids = pages.flatMap((p) => p.rows.map((r) => r.userId));
    expect(ids).toEqual(Array.from({ length: 400 }, (_, i) => `u${i}`));
    expect(pages.at(-1)?.complete).toBe(true);
  });
});

describe('addFriendPage', () => {
  const page = (startIndex: number, seq: number, complete = false): FriendPage => ({
    startIndex,
    rows: [friendRow(`u${startIndex}`)],
    total: 3,
    standardSequence: seq,
    complete,
    next: complete ? 0 : startIndex + 1,
  });

  it('folds pages and notices a sequence that moved while loading', () => {
    let list = addFriendPage(null, page(0, 5));
    list = addFriendPage(list, page(1, 5));
    expect(list.changed).toBe(false);
    list = addFriendPage(list, page(2, 6, true));
    expect(list).toMatchObject({ total: 3, complete: true, sequence: 5, changed: true });
    expect(list.rows.map((r) => r.userId)).toEqual(['u0', 'u1', 'u2']);
  });

  it('starts over when offset 0 arrives again (a retried stream)', () => {
    const list = addFriendPage(addFriendPage(null, page(0, 5)), page(0, 5));
    expect(list.rows).toHaveLength(1);
  });
});

describe('friendRow', () => {
  it('reads the standard fields and the add-source keyword', () => {
    const row = friendRow('bob', [
      { Tag: 'Tag_SNS_IM_Remark', Value: 'Bobby' },
      { Tag: 'Tag_SNS_IM_Group', Value: ['Work', 'Gym'] },
      { Tag: 'Tag_SNS_IM_AddSource', Value: 'AddSource_Type_Android' },
      { Tag: 'Tag_SNS_IM_AddTime', Value: 1700000000 },
      { Tag: 'Tag_SNS_Custom_Score', Value: 3 },
    ]);
    expect(row).toEqual({
      userId: 'bob',
      remark: 'Bobby',
      lists: ['Work', 'Gym'],
      addSource: 'AddSource_Type_Android',
      addSourceKeyword: 'Android',
      addWording: '',
      addTime: 1700000000,
    });
  });
});
