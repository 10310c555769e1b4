/**
 * The hourly message archives `open_msg_svc/get_history` links to (../shared/im-api/13-operations.md):
 * an archive is built once, the first time its hour is asked for, and then served unchanged (the
 * real service produces each hour's file once and cannot regenerate it). The files are a cache: they
 * are not saved with the state and are rebuilt from the stored messages after a restart.
 */
import { z } from 'zod';
import type { StoreSlice } from '../slice';

/** How long archives exist (13-operations.md: deleted after 7 days). */
export const ARCHIVE_KEEP_SECONDS = 7 * 86_400;

/** One built archive file. */
export interface ArchiveFile {
  /** `<SdkAppId>_<ChatType>_<MsgTime>.gz`, the seed's naming. */
  name: string;
  /** Unix second the archived hour starts at. */
  hourStart: number;
  gzip: Uint8Array;
  fileSize: number;
  fileMd5: string;
  gzipMd5: string;
  /** Unix second the latest download link stops working. */
  expiresAt: number;
}

const savedSchema = z.array(z.never());

/** Built archive files by name; nothing of it is persisted. */
export class ArchivesSlice implements StoreSlice<never[]> {
  readonly key = 'archives';
  readonly schema = savedSchema;
  private readonly files = new Map<string, ArchiveFile>();

  /** Starts empty: archives are rebuilt on demand (reset and reload drop them). */
  load(): void {
    this.files.clear();
  }

  snapshot(): never[] {
    return [];
  }

  /** Archives keep the messages of deleted accounts, like the real files do. */
  purgeUser(): void {}

  summary(): Record<string, number> {
    return { archiveFiles: this.files.size };
  }

  /** The built file of that name, if any (expired links are the download route's concern). */
  file(name: string): ArchiveFile | undefined {
    return this.files.get(name);
  }

  /** Keeps a built file and drops those whose hour is more than 7 days before `nowSeconds`. */
  put(file: ArchiveFile, nowSeconds: number): void {
    for (const [name, f] of this.files) {
      if (f.hourStart < nowSeconds - ARCHIVE_KEEP_SECONDS - 3600) this.files.delete(name);
    }
    this.files.set(file.name, file);
  }
}
