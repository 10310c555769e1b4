import { describe, expect, it } from 'vitest';
import { MSG_BODY_MAX_BYTES } from '../../../../api/elements';
import { buildBody, draftFromBody, switchDraft } from './body-draft';

describe('buildBody', () => {
  it('turns text and custom drafts into contract-valid bodies', () => {
    expect(buildBody({ mode: 'text', text: 'hello [微笑]' })).toEqual({
      ok: true,
      body: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hello [微笑]' } }],
      bytes: expect.any(Number),
    });
    const custom = buildBody({ mode: 'custom', data: '{"a":1}', desc: 'push text' });
    expect(custom.ok && custom.body).toEqual([
      { MsgType: 'TIMCustomElem', MsgContent: { Data: '{"a":1}', Desc: 'push text' } },
    ]);
  });

  it('refuses empty text and empty custom data, naming the field', () => {
    expect(buildBody({ mode: 'text', text: '  ' })).toEqual({
      ok: false,
      issues: [{ path: 'MsgBody[0].MsgContent.Text', message: 'is required', kind: 'required' }],
    });
    const custom = buildBody({ mode: 'custom', data: '', desc: '' });
    expect(!custom.ok && custom.issues[0]?.path).toBe('MsgBody[0].MsgContent.Data');
  });

  it('reports broken JSON and every broken contract rule with its path', () => {
    const bad = buildBody({ mode: 'json', json: '[{' });
    expect(!bad.ok && bad.issues[0]?.kind).toBe('json');
    const rules = buildBody({
      mode: 'json',
      json: JSON.stringify([
        { MsgType: 'TIMTextElem', MsgContent: { Text: 'ok' } },
        { MsgType: 'TIMFaceElem', MsgContent: { Index: 1.5 } },
      ]),
    });
    expect(rules).toEqual({
      ok: false,
      issues: [{ path: 'MsgBody[1].MsgContent.Index', message: 'must be a whole number', kind: 'rule' }],
    });
    const twoCustom = buildBody({
      mode: 'json',
      json: JSON.stringify([
        { MsgType: 'TIMCustomElem', MsgContent: { Data: 'a' } },
        { MsgType: 'TIMCustomElem', MsgContent: { Data: 'b' } },
      ]),
    });
    expect(!twoCustom.ok && twoCustom.issues).toEqual([
      { path: 'MsgBody[1].MsgType', message: 'must contain at most one TIMCustomElem', kind: 'rule' },
    ]);
    const empty = buildBody({ mode: 'json', json: '[]' });
    expect(!empty.ok && empty.issues[0]?.message).toBe('must hold at least one message element');
  });

  it('enforces the 8 KB body cap', () => {
    const big = buildBody({ mode: 'text', text: 'x'.repeat(MSG_BODY_MAX_BYTES) });
    expect(!big.ok && big.issues[0]?.message).toMatch(/^must be at most 8192 bytes of JSON/);
  });
});

describe('draftFromBody and switchDraft', () => {
  it('edits a lone text or custom element in its own form, anything else as JSON', () => {
    expect(draftFromBody([{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } }])).toEqual({
      mode: 'text',
      text: 'hi',
    });
    expect(draftFromBody([{ MsgType: 'TIMCustomElem', MsgContent: { Data: 'd' } }])).toEqual({
      mode: 'custom',
      data: 'd',
      desc: '',
    });
    const two = [
      { MsgType: 'TIMTextElem', MsgContent: { Text: 'a' } },
      { MsgType: 'TIMFaceElem', MsgContent: { Index: 1 } },
    ];
    const draft = draftFromBody(two);
    expect(draft.mode).toBe('json');
    expect(draft.mode === 'json' && JSON.parse(draft.json)).toEqual(two);
  });

  it('carries text into JSON and back', () => {
    const json = switchDraft({ mode: 'text', text: 'carry me' }, 'json');
    expect(json.mode === 'json' && JSON.parse(json.json)).toEqual([
      { MsgType: 'TIMTextElem', MsgContent: { Text: 'carry me' } },
    ]);
    expect(switchDraft(json, 'text')).toEqual({ mode: 'text', text: 'carry me' });
    expect(switchDraft({ mode: 'text', text: 'x' }, 'custom')).toEqual({
      mode: 'custom',
      data: '',
      desc: '',
    });
  });
});
