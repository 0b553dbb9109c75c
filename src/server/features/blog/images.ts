import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import sharp, { type Metadata } from 'sharp';
import { HttpError } from '../../platform/errors.ts';
import type { StoredImage } from './queries.ts';
import { widthsFor } from './reading.ts';

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);
/** Refuse decompression bombs: a small file that would decode to a huge bitmap. */
const MAX_PIXELS = 40_000_000;
const FILE_RE = /^[0-9a-f-]{36}-\d{1,4}\.webp$/;

const notAnImage = () =>
  new HttpError(415, 'unsupported_file_type', 'Upload a JPEG, PNG or WebP image.', {
    image: 'Choose a JPEG, PNG or WebP image',
  });

/** Cover images, stored as WebP at a few widths under the data folder. */
export class BlogImages {
  constructor(private readonly dir: string) {}

  /** Checks the bytes (magic number, then a real decode), resizes and stores every width. */
  async save(data: Buffer): Promise<StoredImage> {
    const type = await fileTypeFromBuffer(data);
    if (!type || !IMAGE_TYPES.has(type.mime)) throw notAnImage();
    let meta: Metadata;
    try {
      meta = await sharp(data, { limitInputPixels: MAX_PIXELS }).metadata();
    } catch {
      throw notAnImage();
    }
    if (!meta.width || !meta.height) throw notAnImage();
    // EXIF orientation swaps the sides of a portrait photo taken on a phone.
    const rotated = (meta.orientation ?? 1) >= 5;
    const width = rotated ? meta.height : meta.width;
    const height = rotated ? meta.width : meta.height;
    const key = randomUUID();
    const widths = widthsFor(width);
    await mkdir(this.dir, { recursive: true });
    try {
      for (const w of widths) {
        const out = await sharp(data, { limitInputPixels: MAX_PIXELS })
          .rotate()
          .resize({ width: w, withoutEnlargement: true })
          .webp({ quality: 80 })
          .toBuffer();
        await writeFile(join(this.dir, `${key}-${w}.webp`), out, { flag: 'wx' });
      }
    } catch {
      await this.remove(key, widths);
      throw notAnImage();
    }
    return { key, width, height, widths };
  }

  /** The upload's key in a stored file's name, or null for any name this store did not make. */
  static keyOf(file: string): string | null {
    return FILE_RE.test(file) ? file.slice(0, 36) : null;
  }

  /** A stored file by its public name, or null for any name this store did not make. */
  async open(file: string) {
    if (BlogImages.keyOf(file) === null) return null;
    const path = join(this.dir, file);
    try {
      await stat(path);
    } catch {
      return null;
    }
    return createReadStream(path);
  }

  async remove(key: string, widths: readonly number[]): Promise<void> {
    await Promise.all(widths.map((w) => rm(join(this.dir, `${key}-${w}.webp`), { force: true })));
  }
}
