/** Offers text as a file download; a byte-order mark only for CSV, which spreadsheets need to read UTF-8. */
import { exportMimeTypes, type ExportFormat } from './formats';

/** Saves `text` as `filename` in `format`. */
export function saveExport(filename: string, text: string, format: ExportFormat): void {
  const blob = new Blob(format === 'csv' ? ['\uFEFF', text] : [text], { type: exportMimeTypes[format] });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
