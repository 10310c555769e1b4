/** Writing one benchmark's section of docs/benchmarks.md without touching the other sections. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const HEADER = `# Benchmarks

Measured by \`npm run bench\`. These machines are noisy: read the ratios and medians, not single numbers.
Each section says when and on what it was measured.
`;

/**
 * Replaces the section that starts with `heading` (a `## ` line) up to the next `## ` heading, or appends
 * it when absent; creates the file with its header when missing.
 */
export function writeSection(file: string, heading: string, section: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const body = section.startsWith(heading) ? section : `${heading}\n\n${section}`;
  const at = text.indexOf(`${heading}\n`);
  const next = at < 0 ? -1 : text.indexOf('\n## ', at + heading.length);
  const updated =
    at < 0
      ? `${text.trimEnd()}\n\n${body.trimEnd()}\n`
      : `${text.slice(0, at)}${body.trimEnd()}\n${next < 0 ? '' : text.slice(next)}`;
  writeFileSync(file, updated);
}
