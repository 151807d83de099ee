/**
 * Bounds on a zip archive (an XLSX workbook), read from its central directory before anything
 * is inflated. A 1 MB upload can declare 400 MB of sheet XML, and exceljs would inflate all of
 * it and take the process down; here the declared sizes are summed and such a file is refused
 * in microseconds. The format (PKWARE APPNOTE 4.3.12, 4.3.16): an End Of Central Directory
 * record at the end points at the central directory, one 46-byte header (+ name, extra field,
 * comment) per entry, each with its uncompressed size.
 *
 * Declared sizes can lie, and exceljs reads the local entries in file order, not the directory.
 * So the entries must also tile the file exactly (no local entry the directory does not list),
 * and each is inflated once here with its declared size as a hard limit on the output.
 */
import { inflateRawSync } from 'node:zlib';
import { AppError, validationFailed } from '../domain/shared/errors.js';
import { message, restateAll, type Texts } from '../domain/shared/messages/index.js';

export type ZipLimits = {
  /** The sum of the entries' inflated sizes. */
  maxInflatedBytes: number;
  maxEntries: number;
};

/** 100 MB of XML is about 200,000 rows of a staff list, the most any upload reads. */
export const XLSX_LIMITS: ZipLimits = { maxInflatedBytes: 100 * 1024 * 1024, maxEntries: 10_000 };

const LOCAL_SIGNATURE = 0x04034b50;
const DESCRIPTOR_SIGNATURE = 0x08074b50;
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
/** A ZIP64 archive marks its sizes and counts with all ones; no workbook within the bounds needs it. */
const ZIP64_MARK = 0xffffffff;

type ZipReason =
  | 'notZip'
  | 'empty'
  | 'damagedToc'
  | 'partsMismatch'
  | 'cutShort'
  | 'inflatesMore'
  | 'packing'
  | 'extraData';

// English in the error (logs, the CLI); `zipFailureTexts` gives it in every language.
const notAWorkbook = (reason: ZipReason) =>
  validationFailed(message('en', 'zip.notWorkbook', { reason: message('en', `zip.reason.${reason}`) }));

/**
 * A bound's or a broken archive's error in kk, ru and en: `reason` when the file is not a
 * readable archive (for a sentence of the importer's own), `sentence` for the whole message.
 * `null` for any other error.
 */
export function zipFailureTexts(error: unknown): { reason: Texts | null; sentence: Texts } | null {
  if (!(error instanceof AppError)) return null;
  const sentence = restateAll(error.message, 'zip.');
  if (!sentence) return null;
  const said = /^The file is not a readable XLSX workbook: (.*)\.$/.exec(error.message)?.[1];
  return { reason: said === undefined ? null : restateAll(said, 'zip.reason.'), sentence };
}

/** Where the End Of Central Directory record starts: it is last, followed only by a comment ≤ 64 KiB. */
function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - 0xffff);
  for (let at = view.byteLength - EOCD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

/**
 * Throws `validation_failed` naming the bound when the archive is not a zip, is empty, has too
 * many entries or declares more inflated bytes than allowed; returns the number of entries.
 */
export function checkZipBounds(bytes: Uint8Array, limits: ZipLimits = XLSX_LIMITS): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = view.byteLength >= EOCD_SIZE ? findEndRecord(view) : -1;
  if (end < 0) throw notAWorkbook('notZip');
  const entries = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entries === 0) throw notAWorkbook('empty');
  if (entries === 0xffff || directoryOffset === ZIP64_MARK || entries > limits.maxEntries) {
    throw validationFailed(message('en', 'zip.tooManyParts', { max: String(limits.maxEntries) }));
  }
  let at = directoryOffset;
  let inflated = 0;
  const parts: Part[] = [];
  for (let i = 0; i < entries; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw notAWorkbook('damagedToc');
    }
    const size = view.getUint32(at + 24, true);
    inflated += size === ZIP64_MARK ? Number.POSITIVE_INFINITY : size;
    if (inflated > limits.maxInflatedBytes) {
      throw validationFailed(
        message('en', 'zip.tooLarge', { mb: String(Math.round(limits.maxInflatedBytes / 1024 / 1024)) }),
      );
    }
    parts.push({
      local: view.getUint32(at + 42, true),
      compressed: view.getUint32(at + 20, true),
      size,
      method: view.getUint16(at + 10, true),
    });
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  checkParts(bytes, view, parts, directoryOffset);
  return entries;
}

type Part = { local: number; compressed: number; size: number; method: number };

/** The local entries lie back to back up to the directory, and none inflates past its declared size. */
function checkParts(bytes: Uint8Array, view: DataView, parts: Part[], directoryOffset: number): void {
  const sorted = [...parts].sort((a, b) => a.local - b.local);
  let expected = 0;
  for (const part of sorted) {
    const at = part.local;
    if (at !== expected || at + 30 > directoryOffset || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
      throw notAWorkbook('partsMismatch');
    }
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + part.compressed;
    if (end > directoryOffset) throw notAWorkbook('cutShort');
    if (part.method === 8) {
      try {
        inflateRawSync(bytes.subarray(start, end), { maxOutputLength: Math.max(1, part.size) });
      } catch {
        throw notAWorkbook('inflatesMore');
      }
    } else if (part.method !== 0 || part.compressed !== part.size) {
      throw notAWorkbook('packing');
    }
    expected = end;
    // Bit 3: a data descriptor (signature optional, CRC, sizes) follows the data.
    if (view.getUint16(at + 6, true) & 0x8) {
      expected += end + 4 <= directoryOffset && view.getUint32(end, true) === DESCRIPTOR_SIGNATURE ? 16 : 12;
    }
  }
  if (expected !== directoryOffset) throw notAWorkbook('extraData');
}
