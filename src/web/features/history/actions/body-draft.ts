/**
 * The message-body editor's model, free of React: a draft in one of three forms (plain text, one
 * custom element, or any `MsgBody` as JSON) turned into a request body checked by the contract's
 * `msgBodySchema` (04-message-elements.md), with every broken rule named by its field path.
 */
import { msgBodySchema, type MsgBody, type ResponseMsgBody } from '../../../../api/elements';
import { formatIssuePath } from '../../../../api/proxy-error';
import { byteLength } from '../../../../api/rules';

/** What the operator is editing. */
export type BodyDraft =
  | { mode: 'text'; text: string }
  | { mode: 'custom'; data: string; desc: string }
  | { mode: 'json'; json: string };

/** One problem: the field (`MsgBody[0].MsgContent.Text`) and the contract's rule, or a kind the UI words. */
export interface BodyIssue {
  path: string;
  /** The contract's English rule (shown through `ruleText`), or the JSON parser's message. */
  message: string;
  kind: 'rule' | 'json' | 'required';
}

/** The result of checking a draft. */
export type BuiltBody = { ok: true; body: MsgBody; bytes: number } | { ok: false; issues: BodyIssue[] };

/** An empty draft of the given kind. */
export function emptyDraft(mode: BodyDraft['mode'] = 'text'): BodyDraft {
  if (mode === 'text') return { mode, text: '' };
  if (mode === 'custom') return { mode, data: '', desc: '' };
  return { mode, json: '[\n  {"MsgType": "TIMTextElem", "MsgContent": {"Text": ""}}\n]' };
}

/** The draft that edits an existing body: text or custom when it is one such element, JSON otherwise. */
export function draftFromBody(body: ResponseMsgBody): BodyDraft {
  if (body.length === 1) {
    const [only] = body;
    const content = (only?.MsgContent ?? {}) as Record<string, unknown>;
    const keys = Object.keys(content);
    if (only?.MsgType === 'TIMTextElem' && typeof content.Text === 'string' && keys.length === 1)
      return { mode: 'text', text: content.Text };
    if (
      only?.MsgType === 'TIMCustomElem' &&
      typeof content.Data === 'string' &&
      keys.every((k) => k === 'Data' || k === 'Desc') &&
      (content.Desc === undefined || typeof content.Desc === 'string')
    )
      return { mode: 'custom', data: content.Data, desc: (content.Desc as string | undefined) ?? '' };
  }
  return { mode: 'json', json: JSON.stringify(body, null, 2) };
}

/** Switches the editor's form, carrying over what can be carried (text into JSON and back). */
export function switchDraft(draft: BodyDraft, mode: BodyDraft['mode']): BodyDraft {
  if (draft.mode === mode) return draft;
  if (mode === 'json') {
    const built = buildBody(draft);
    return built.ok ? { mode, json: JSON.stringify(built.body, null, 2) } : emptyDraft('json');
  }
  if (draft.mode === 'json') {
    try {
      const next = draftFromBody(JSON.parse(draft.json) as ResponseMsgBody);
      if (next.mode === mode) return next;
    } catch {
      // not JSON: start the new form empty
    }
  }
  return emptyDraft(mode);
}

/** Checks a draft against the contract and returns the request body or every problem. */
export function buildBody(draft: BodyDraft): BuiltBody {
  let candidate: unknown;
  if (draft.mode === 'text') {
    if (draft.text.trim() === '')
      return {
        ok: false,
        issues: [{ path: 'MsgBody[0].MsgContent.Text', message: 'is required', kind: 'required' }],
      };
    candidate = [{ MsgType: 'TIMTextElem', MsgContent: { Text: draft.text } }];
  } else if (draft.mode === 'custom') {
    if (draft.data === '')
      return {
        ok: false,
        issues: [{ path: 'MsgBody[0].MsgContent.Data', message: 'is required', kind: 'required' }],
      };
    candidate = [
      {
        MsgType: 'TIMCustomElem',
        MsgContent: { Data: draft.data, ...(draft.desc ? { Desc: draft.desc } : {}) },
      },
    ];
  } else {
    try {
      candidate = JSON.parse(draft.json);
    } catch (error) {
      return {
        ok: false,
        issues: [
          { path: 'MsgBody', message: error instanceof Error ? error.message : String(error), kind: 'json' },
        ],
      };
    }
  }
  const parsed = msgBodySchema.safeParse(candidate);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        path: formatIssuePath(['MsgBody', ...i.path]),
        message: i.message,
        kind: 'rule' as const,
      })),
    };
  }
  return { ok: true, body: parsed.data, bytes: byteLength(JSON.stringify(parsed.data)) };
}

/** Bytes of the draft's body as sent, for the size meter (0 when it is not a body yet). */
export function draftBytes(draft: BodyDraft): number {
  const built = buildBody(draft);
  return built.ok ? built.bytes : draft.mode === 'json' ? byteLength(draft.json) : 0;
}
