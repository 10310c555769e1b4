/** Offering text the console made (an export, a report) as a file download. */

/**
 * Saves `text` as `filename`. CSV gets a UTF-8 byte-order mark, without which spreadsheets misread the
 * Chinese headers and names; other types are saved as they are.
 */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const blob = new Blob(type.startsWith('text/csv') ? ['\uFEFF', text] : [text], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers are still reading the blob when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
