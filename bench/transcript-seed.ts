/**
 * The transcript benches' workload: a one-to-one chat between two accounts, imported through
 * `openim/importmsg` (8 calls at a time) over the last six days, short texts in English and Chinese with
 * every 50th message a custom element. Shared by `transcript.bench.ts` and `transcript-profile.ts`.
 */

/** The two accounts of the bench chat. */
export const TRANSCRIPT_A = 'bench_hist_a';
export const TRANSCRIPT_B = 'bench_hist_b';

const phrases = [
  'Morning! Did the build pass?',
  'Yes, all green. Shipping after lunch.',
  '好的，我下午看一下',
  'Can you send me the invoice for order #4821?',
  'Sure — attached. Let me know if anything is off.',
  '[微笑] 收到',
  'The customer says the refund has not arrived yet; could you check the payment log for last Tuesday?',
  'ok',
];

/** Imports `messages` messages between the two accounts with `call` (a signed-in proxy call that throws on an IM error). */
export async function seedTranscript(
  call: (path: string, body: unknown) => Promise<unknown>,
  messages: number,
): Promise<void> {
  const A = TRANSCRIPT_A;
  const B = TRANSCRIPT_B;
  await call('im_open_login_svc/multiaccount_import', { Accounts: [A, B] });
  const now = Math.floor(Date.now() / 1000);
  const start = now - 6 * 86_400;
  const step = Math.floor((6 * 86_400 - 3600) / messages);
  let next = 0;
  const worker = async () => {
    while (next < messages) {
      const i = next++;
      const from = i % 3 === 0 ? B : A;
      await call('openim/importmsg', {
        SyncFromOldSystem: 2,
        From_Account: from,
        To_Account: from === A ? B : A,
        MsgSeq: i + 1,
        MsgRandom: 100_000 + i,
        MsgTimeStamp: start + i * step,
        MsgBody:
          i % 50 === 7
            ? [
                {
                  MsgType: 'TIMCustomElem',
                  MsgContent: { Data: JSON.stringify({ order: i, total: i * 3 }), Desc: 'order' },
                },
              ]
            : [{ MsgType: 'TIMTextElem', MsgContent: { Text: `${phrases[i % phrases.length]} (${i})` } }],
      });
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}
