import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evidenceFileName,
  multipartFile,
  sniffEvidenceType,
  zipEntryNames,
} from '../../src/domain/assessment/evidence-type.js';
import { zipOf } from '../support/zip.js';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

const SAMPLES = {
  jpeg: bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF rest'),
  png: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'),
  webp: bytes('RIFF', [0x10, 0, 0, 0], 'WEBPVP8 '),
  pdf: bytes('%PDF-1.7\n%âãÏÓ\n'),
  heic: bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic', 'rest'),
  heifGeneric: bytes([0, 0, 0, 0x18], 'ftypmif1', [0, 0, 0, 0], 'mif1heic'),
  avif: bytes([0, 0, 0, 0x18], 'ftypavif', [0, 0, 0, 0], 'mif1avif'),
};

describe('evidence types by content', () => {
  it('knows each accepted kind by its first bytes', () => {
    expect(sniffEvidenceType(SAMPLES.jpeg)).toBe('image/jpeg');
    expect(sniffEvidenceType(SAMPLES.png)).toBe('image/png');
    expect(sniffEvidenceType(SAMPLES.webp)).toBe('image/webp');
    expect(sniffEvidenceType(SAMPLES.pdf)).toBe('application/pdf');
    expect(sniffEvidenceType(SAMPLES.heic)).toBe('image/heic');
    expect(sniffEvidenceType(SAMPLES.heifGeneric)).toBe('image/heic');
  });

  it('refuses what only looks right by name or is another kind', () => {
    expect(sniffEvidenceType(bytes('<script>alert(1)</script>'))).toBeNull();
    expect(sniffEvidenceType(bytes('MZ\x90\x00'))).toBeNull();
    expect(sniffEvidenceType(SAMPLES.avif)).toBeNull();
    expect(sniffEvidenceType(new Uint8Array())).toBeNull();
    expect(sniffEvidenceType(bytes('RIFF', [0, 0, 0, 0], 'WAVE'))).toBeNull();
  });

  it('takes a DOCX only when the ZIP holds [Content_Types].xml and word/', () => {
    const docx = zipOf([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document/>' },
    ]);
    expect(zipEntryNames(docx)).toEqual(['[Content_Types].xml', 'word/document.xml']);
    expect(sniffEvidenceType(docx)).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    // An XLSX, and a plain ZIP of anything, are not Word documents.
    const xlsx = zipOf([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
    ]);
    expect(sniffEvidenceType(xlsx)).toBeNull();
    expect(sniffEvidenceType(zipOf([{ name: 'word/x.xml', data: 'x' }]))).toBeNull();
    // A ZIP cut short loses its directory: refused, not thrown on.
    expect(sniffEvidenceType(docx.subarray(0, docx.length - 10))).toBeNull();
  });

  it('never throws on arbitrary bytes, including ones that start like an accepted kind', () => {
    const prefixes = [[], [0xff, 0xd8, 0xff], [0x50, 0x4b, 0x03, 0x04], [0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70]];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 600 }), (prefix, rest) => {
        const input = new Uint8Array([...prefix, ...rest]);
        const type = sniffEvidenceType(input);
        expect(type === null || typeof type === 'string').toBe(true);
        multipartFile(input);
      }),
      { numRuns: 500 },
    );
  });

  it('names the kept file after what it is', () => {
    expect(evidenceFileName('photo.JPEG', 'image/jpeg')).toBe('photo.JPEG');
    expect(evidenceFileName('report.exe', 'application/pdf')).toBe('report.exe.pdf');
    expect(evidenceFileName('C:\\Users\\a\\"x".png', 'image/png')).toBe('x.png');
    expect(evidenceFileName(null, 'image/webp')).toBe('evidence.webp');
  });
});

describe('multipart form upload', () => {
  const form = (parts: string[], boundary = 'XyZ123') =>
    Buffer.concat([
      ...parts.map((p) => Buffer.from(`--${boundary}\r\n${p}\r\n`, 'latin1')),
      Buffer.from(`--${boundary}--\r\n`),
    ]);

  it('finds the file part after other fields, bytes exact', () => {
    const body = form([
      'Content-Disposition: form-data; name="note"\r\n\r\nhello',
      `Content-Disposition: form-data; name="file"; filename="shot.png"\r\nContent-Type: text/plain\r\n\r\n${Buffer.from(SAMPLES.png).toString('latin1')}`,
    ]);
    const file = multipartFile(new Uint8Array(body));
    expect(file?.name).toBe('shot.png');
    expect([...(file?.bytes ?? [])]).toEqual([...SAMPLES.png]);
  });

  it('answers null for a form without a file, or a body that is no form', () => {
    expect(multipartFile(new Uint8Array(form(['Content-Disposition: form-data; name="a"\r\n\r\nb'])))).toBeNull();
    expect(multipartFile(bytes('%PDF-1.7'))).toBeNull();
  });
});
