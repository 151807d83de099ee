/**
 * What an evidence file is, read from its bytes and never from its name or declared type: a
 * photo (JPEG, PNG, WebP, HEIC) or a document (PDF, DOCX). A file whose first bytes match none
 * of these is refused, whatever its name says, so a script renamed `photo.jpg` is never stored
 * and later served. Also reads a multipart/form-data body (the browser's form upload) down to
 * its one file. Pure; every read is bounds-checked, so arbitrary bytes give null, never a throw.
 */

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export const EVIDENCE_TYPES = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
} as const;
export type EvidenceMediaType = keyof typeof EVIDENCE_TYPES;
export const EVIDENCE_MEDIA_TYPES = Object.keys(EVIDENCE_TYPES) as EvidenceMediaType[];

const ascii = (bytes: Uint8Array, at: number, length: number) =>
  at + length <= bytes.length ? String.fromCharCode(...bytes.subarray(at, at + length)) : '';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/** HEIF brands that mean HEVC-coded images (what phones write); AVIF and others are not accepted. */
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx']);

function isHeic(bytes: Uint8Array): boolean {
  if (ascii(bytes, 4, 4) !== 'ftyp') return false;
  const boxSize = ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
  if (boxSize < 16 || boxSize > 4096 || boxSize > bytes.length) return false;
  const major = ascii(bytes, 8, 4);
  if (HEIC_BRANDS.has(major)) return true;
  // The generic HEIF brands: HEIC only when a compatible brand says so.
  if (major !== 'mif1' && major !== 'msf1') return false;
  for (let at = 16; at + 4 <= boxSize; at += 4) if (HEIC_BRANDS.has(ascii(bytes, at, 4))) return true;
  return false;
}

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** The entry names of a ZIP archive from its central directory, or null when it is not a readable ZIP. */
export function zipEntryNames(bytes: Uint8Array, limit = 5000): string[] | null {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return null;
  // The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KiB.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= lowest; at -= 1) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const names: string[] = [];
  for (let i = 0; i < Math.min(count, limit); i += 1) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
    const nameLength = u16(bytes, at + 28);
    const extra = u16(bytes, at + 30);
    const comment = u16(bytes, at + 32);
    if (at + 46 + nameLength > bytes.length) return null;
    names.push(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

function isDocx(bytes: Uint8Array): boolean {
  const names = zipEntryNames(bytes);
  if (names === null) return false;
  return names.includes('[Content_Types].xml') && names.some((n) => n.startsWith('word/'));
}

/** The media type the bytes are, or null when they are none of the accepted kinds. */
export function sniffEvidenceType(bytes: Uint8Array): EvidenceMediaType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf';
  if (isHeic(bytes)) return 'image/heic';
  if (isDocx(bytes)) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return null;
}

/**
 * A file name safe to keep and to send back in Content-Disposition: the last path segment,
 * control and quoting characters dropped, at most 200 characters, with the extension of what the
 * bytes ARE (a `report.exe` that is a PDF is kept as `report.exe.pdf`).
 */
export function evidenceFileName(given: string | null | undefined, type: EvidenceMediaType): string {
  const extension = EVIDENCE_TYPES[type];
  const base =
    (given ?? '')
      .split(/[\\/]/)
      .at(-1)
      ?.split('')
      // Control characters (code points below 32, and DEL) would break the header line.
      .filter((ch) => ch.charCodeAt(0) >= 32 && ch.charCodeAt(0) !== 127 && !'"<>|*?:'.includes(ch))
      .join('')
      .trim()
      .slice(0, 180) ?? '';
  const name = base === '' ? 'evidence' : base;
  const has = name.toLowerCase().endsWith(`.${extension}`) || (extension === 'jpg' && /\.jpe?g$/i.test(name));
  return has ? name : `${name}.${extension}`;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  if (first === undefined) return -1;
  for (let at = haystack.indexOf(first, from); at >= 0; at = haystack.indexOf(first, at + 1)) {
    if (at + needle.length > haystack.length) return -1;
    let i = 1;
    while (i < needle.length && haystack[at + i] === needle[i]) i += 1;
    if (i === needle.length) return at;
  }
  return -1;
}

/**
 * The first file part of a multipart/form-data body: its file name and bytes. The boundary is
 * read from the body's first line (the adapter passes bytes without the Content-Type's
 * parameters); null when the body is not such a form or has no file part.
 */
export function multipartFile(body: Uint8Array): { name: string | null; bytes: Uint8Array } | null {
  const lineEnd = indexOf(body, new Uint8Array([13, 10]), 0);
  if (lineEnd < 3 || lineEnd > 200 || body[0] !== 45 || body[1] !== 45) return null;
  const delimiter = new Uint8Array([13, 10, ...body.subarray(0, lineEnd)]);
  const headerEnd = new Uint8Array([13, 10, 13, 10]);
  let at = lineEnd + 2;
  for (let part = 0; part < 20; part += 1) {
    const headersStop = indexOf(body, headerEnd, at);
    if (headersStop < 0 || headersStop - at > 8192) return null;
    const headers = new TextDecoder().decode(body.subarray(at, headersStop));
    const next = indexOf(body, delimiter, headersStop + 4);
    if (next < 0) return null;
    const disposition = /content-disposition:\s*form-data([^\r\n]*)/i.exec(headers)?.[1] ?? '';
    const fileName = /filename\*?="([^"]*)"/i.exec(disposition)?.[1];
    if (fileName !== undefined)
      return { name: fileName === '' ? null : fileName, bytes: body.slice(headersStop + 4, next) };
    at = next + delimiter.length;
    // The closing delimiter ends in "--"; any other is followed by CRLF and the next part.
    if (body[at] === 45 && body[at + 1] === 45) return null;
    at += 2;
  }
  return null;
}
