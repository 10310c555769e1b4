/**
 * Reads the members of an `import_group_member` migration from CSV lines (`UserID,Role,JoinTime,UnreadMsgNum`,
 * a header line allowed) or a JSON array, checking each with the contract's item schema, so every bad
 * line is shown with its field and rule before anything is sent.
 */
import {
  importGroupMemberItemSchema,
  type ImportGroupMemberRequest,
} from '../../../../../api/endpoints/group_open_http_svc/import_group_member';

/** One member to import: its 1-based line (or array position), the request item, and any broken rules. */
export interface ImportMemberRow {
  line: number;
  member: ImportGroupMemberRequest['MemberList'][number];
  problems: { field: string; rule: string }[];
}

/** The parse result, or a whole-file problem. */
export type ParsedImport =
  { rows: ImportMemberRow[]; error?: undefined } | { rows?: undefined; error: 'badJson' | 'notArray' };

function numberOrText(value: string | undefined): number | string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : value.trim();
}

function check(line: number, raw: Record<string, unknown>): ImportMemberRow {
  const clean = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  const parsed = importGroupMemberItemSchema.safeParse(clean);
  if (parsed.success) return { line, member: parsed.data, problems: [] };
  return {
    line,
    member: {
      Member_Account:
        typeof raw.Member_Account === 'string' ? raw.Member_Account : String(raw.Member_Account ?? ''),
    },
    problems: parsed.error.issues.map((i) => ({
      field: i.path.map(String).join('.') || 'Member_Account',
      rule: i.message,
    })),
  };
}

/** Parses pasted or loaded text: JSON when it starts with `[`, CSV lines otherwise. */
export function parseImportMembers(text: string): ParsedImport {
  const trimmed = text.trim();
  if (trimmed === '') return { rows: [] };
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      return { error: 'badJson' };
    }
    if (!Array.isArray(json)) return { error: 'notArray' };
    return {
      rows: json.map((item, i) =>
        check(
          i + 1,
          typeof item === 'object' && item !== null
            ? (item as Record<string, unknown>)
            : { Member_Account: item },
        ),
      ),
    };
  }
  const rows: ImportMemberRow[] = [];
  trimmed.split(/\r?\n/).forEach((lineText, i) => {
    const cells = lineText.split(',').map((c) => c.trim());
    if (cells.every((c) => c === '')) return;
    if (i === 0 && /^(userid|member_account|account)$/i.test(cells[0] ?? '')) return;
    const [account, role, joinTime, unread] = cells;
    rows.push(
      check(i + 1, {
        Member_Account: account,
        Role: role ? role : undefined,
        JoinTime: numberOrText(joinTime),
        UnreadMsgNum: numberOrText(unread),
      }),
    );
  });
  return { rows };
}
