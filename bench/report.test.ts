import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSection } from './report';

describe('writeSection', () => {
  it('replaces only its own section and keeps the others', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bench-')), 'b.md');
    writeFileSync(file, '# B\n\nintro\n\n## One\n\nold one\n\n## Two\n\ntwo stays\n');
    writeSection(file, '## One', '## One\n\nnew one\n');
    expect(readFileSync(file, 'utf8')).toBe('# B\n\nintro\n\n## One\n\nnew one\n\n## Two\n\ntwo stays\n');
  });

  it('appends a new section, and creates the file with a header when missing', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bench-')), 'b.md');
    writeSection(file, '## Three', 'three');
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('# Benchmarks')).toBe(true);
    expect(text.endsWith('## Three\n\nthree\n')).toBe(true);
  });
});
