import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { HttpError } from './errors.ts';

export const DOCUMENT_TYPES: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/** Files uploaded by users, kept under the data folder by an opaque key. */
export class FileStore {
  constructor(private readonly dir: string) {}

  /**
   * Checks a document by its content (magic bytes), never by its name, and stores it.
   * Returns the key and the detected MIME type.
   */
  async saveDocument(data: Buffer): Promise<{ key: string; mimeType: string }> {
    const type = await fileTypeFromBuffer(data);
    if (!type || !DOCUMENT_TYPES[type.mime]) {
      throw new HttpError(415, 'unsupported_file_type', 'Upload a PDF or Word (.docx) document.');
    }
    await mkdir(this.dir, { recursive: true });
    const key = `${randomUUID()}.${type.ext}`;
    await writeFile(join(this.dir, key), data, { flag: 'wx' });
    return { key, mimeType: type.mime };
  }

  open(key: string) {
    return createReadStream(join(this.dir, key));
  }

  async remove(key: string): Promise<void> {
    await rm(join(this.dir, key), { force: true });
  }
}
