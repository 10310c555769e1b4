/** Offers an export as a file download, typed by its format (CSV with the byte-order mark spreadsheets need). */
import { downloadText } from '../../../lib/download';
import { exportMimeTypes, type ExportFormat } from './formats';

/** Saves `text` as `filename` in `format`. */
export function saveExport(filename: string, text: string, format: ExportFormat): void {
  downloadText(filename, text, exportMimeTypes[format]);
}
