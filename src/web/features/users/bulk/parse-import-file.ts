/**
 * The dry run of an account import file: every row is checked against the contract's rules for
 * `account_import` (UserID, Nick, FaceUrl byte limits) before anything is sent. CSV: UserID, nickname,
 * face URL columns, with an optional header row naming them (any order); TXT: one UserID per line.
 * Every bad row is kept with its line number, field and rule; repeated UserIDs are reported and imported once.
 */
import { parseCsv } from '../../../../api/csv';
import { accountImportRequestSchema } from '../../../../api/endpoints/im_open_login_svc/account_import';

/** The fields of one import row. */
export type ImportField = 'UserID' | 'Nick' | 'FaceUrl' | 'row';

/** One row to import; `problems` is set for a row that breaks a rule (it is reported, never sent). */
export interface ImportRow {
  line: number;
  userId: string;
  nick?: string;
  faceUrl?: string;
  problems?: ImportProblem[];
}

/** A broken rule: where, which field, the value and the contract's rule text (English, for `ruleText`). */
export interface ImportProblem {
  line: number;
  field: ImportField;
  value: string;
  rule: string;
}

/** A UserID seen again: the later line is not imported. */
export interface ImportDuplicate {
  line: number;
  userId: string;
  firstLine: number;
}

/** The result of the dry run. */
export interface ImportPlan {
  /** Rows in file order, without duplicates; rows with `problems` are reported, not sent. */
  rows: ImportRow[];
  /** Rows that pass every rule. */
  valid: number;
  problems: ImportProblem[];
  duplicates: ImportDuplicate[];
  /** Data rows read (header excluded, blank lines skipped). */
  records: number;
  header: boolean;
}

const HEADER_NAMES: Record<string, Exclude<ImportField, 'row'>> = {
  userid: 'UserID',
  identifier: 'UserID',
  account: 'UserID',
  用户id: 'UserID',
  账号: 'UserID',
  nick: 'Nick',
  nickname: 'Nick',
  昵称: 'Nick',
  faceurl: 'FaceUrl',
  face: 'FaceUrl',
  avatar: 'FaceUrl',
  avatarurl: 'FaceUrl',
  头像: 'FaceUrl',
};

const norm = (cell: string) =>
  cell
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');

/** Whether the file is plain text with one UserID per line (by name), else CSV. */
export function isTxtFile(name: string): boolean {
  return /\.txt$/i.test(name);
}

/** Reads and checks an import file's text. */
export function planImport(text: string, format: 'csv' | 'txt'): ImportPlan {
  const problems: ImportProblem[] = [];
  const raw: { line: number; cells: string[] }[] = [];
  if (format === 'txt') {
    text
      .replace(/^\uFEFF/, '')
      .split(/\r\n|\r|\n/)
      .forEach((cell, i) => {
        if (cell.trim() !== '') raw.push({ line: i + 1, cells: [cell] });
      });
  } else {
    const parsed = parseCsv(text);
    raw.push(...parsed.records);
    for (const e of parsed.errors) problems.push({ line: e.line, field: 'row', value: '', rule: e.message });
  }

  let columns: (Exclude<ImportField, 'row'> | undefined)[] = ['UserID', 'Nick', 'FaceUrl'];
  let header = false;
  const first = raw[0];
  if (first && HEADER_NAMES[norm(first.cells[0] ?? '')] !== undefined) {
    header = true;
    columns = first.cells.map((c) => HEADER_NAMES[norm(c)]);
    raw.shift();
  }
  const width = format === 'txt' ? 1 : header ? columns.length : 3;

  const rows: ImportRow[] = [];
  const duplicates: ImportDuplicate[] = [];
  const firstLine = new Map<string, number>();
  let valid = 0;
  for (const { line, cells } of raw) {
    const row: ImportRow = { line, userId: '' };
    const rowProblems: ImportProblem[] = [];
    if (cells.length > width && cells.slice(width).some((c) => c.trim() !== '')) {
      rowProblems.push({
        line,
        field: 'row',
        value: cells.join(','),
        rule: `has ${cells.length} columns; expected at most ${width} (UserID, nickname, face URL)`,
      });
    }
    cells.forEach((cell, i) => {
      const field = columns[i];
      if (field === 'UserID') row.userId = cell.trim();
      else if (field === 'Nick' && cell !== '') row.nick = cell;
      else if (field === 'FaceUrl' && cell.trim() !== '') row.faceUrl = cell.trim();
    });
    const body = {
      UserID: row.userId,
      ...(row.nick !== undefined ? { Nick: row.nick } : {}),
      ...(row.faceUrl !== undefined ? { FaceUrl: row.faceUrl } : {}),
    };
    const check = accountImportRequestSchema.safeParse(body);
    if (!check.success) {
      const seen = new Set<string>();
      for (const issue of check.error.issues) {
        const field = (issue.path[0] as ImportField | undefined) ?? 'row';
        if (seen.has(field)) continue;
        seen.add(field);
        const value =
          field === 'UserID' ? row.userId : field === 'Nick' ? (row.nick ?? '') : (row.faceUrl ?? '');
        rowProblems.push({ line, field, value, rule: issue.message });
      }
    }
    if (rowProblems.length === 0 && row.userId) {
      const earlier = firstLine.get(row.userId);
      if (earlier !== undefined) {
        duplicates.push({ line, userId: row.userId, firstLine: earlier });
        continue;
      }
      firstLine.set(row.userId, line);
      valid += 1;
    } else {
      row.problems = rowProblems;
      problems.push(...rowProblems);
    }
    rows.push(row);
  }
  problems.sort((a, b) => a.line - b.line);
  return { rows, valid, problems, duplicates, records: raw.length, header };
}
