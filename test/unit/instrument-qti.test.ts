/**
 * The QTI 3.0 package of a bank: a ZIP read back here by an independent reader (its own CRC),
 * holding a manifest that lists each item with its knowledge ids, and one well-formed
 * `qti-assessment-item` per item with the key as the correct response.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { TestItemContent } from '../../src/domain/assessment/instruments.js';
import { qtiPackage } from '../../src/domain/assessment/qti.js';

/** Bit by bit, not by table: a second CRC-32 to check the writer's. */
function crcBitwise(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Reads the central directory and each stored entry (name → text), checking sizes and CRCs. */
function unzip(zip: Uint8Array): Map<string, string> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.byteLength - 22;
  expect(view.getUint32(eocd, true)).toBe(0x06054b50);
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const out = new Map<string, string>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    expect(view.getUint16(local + 8, true), 'stored').toBe(0);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = zip.subarray(start, start + size);
    expect(crcBitwise(data), name).toBe(crc);
    out.set(name, decoder.decode(data));
    at += 46 + nameLength;
  }
  return out;
}

const item = (over: Partial<TestItemContent>): TestItemContent => ({
  cardCode: '2635-3-001',
  cardLevel: 5,
  knowledgeIds: ['2635-3-001.5.f1.t1.k1'],
  kind: 'single',
  stem: 'Ең жоғары заң <қайсы> & неге?',
  options: [
    { id: 'a', text: 'Конституция' },
    { id: '2b', text: 'Кодекс' },
  ],
  key: ['a'],
  difficulty: 1,
  lang: 'kk',
  author: 'Бекова А.',
  ...over,
});

describe('QTI 3.0 package', () => {
  it('holds a manifest and one item per test item, each well-formed with its key', () => {
    const items = [
      { id: '00000000-0000-4000-8000-000000000001', content: item({}) },
      { id: '00000000-0000-4000-8000-000000000002', content: item({ kind: 'multiple', key: ['a', '2b'] }) },
      {
        id: '00000000-0000-4000-8000-000000000003',
        content: item({ kind: 'short', options: [], key: ['Конституция', 'ҚР Конституциясы'], lang: 'ru' }),
      },
    ];
    const files = unzip(qtiPackage({ code: '2635-3-001', level: 5 }, items));
    expect([...files.keys()]).toEqual(['imsmanifest.xml', ...items.map((i) => `items/${i.id}.xml`)]);
    for (const [name, text] of files) expect(XMLValidator.validate(text), name).toBe(true);
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' });
    const manifest = parser.parse(files.get('imsmanifest.xml') ?? '').manifest;
    expect(manifest.resources.resource.map((r: Record<string, string>) => r['@_href'])).toEqual(
      items.map((i) => `items/${i.id}.xml`),
    );
    expect(files.get('imsmanifest.xml')).toContain('<imsmd:string>2635-3-001.5.f1.t1.k1</imsmd:string>');

    const single = parser.parse(files.get(`items/${items[0]?.id}.xml`) ?? '')['qti-assessment-item'];
    expect(single['qti-response-declaration']['@_cardinality']).toBe('single');
    expect(single['qti-response-declaration']['qti-correct-response']['qti-value']).toBe('o_a');
    expect(single['qti-item-body']['qti-choice-interaction']['qti-prompt']).toBe('Ең жоғары заң <қайсы> & неге?');
    const multiple = parser.parse(files.get(`items/${items[1]?.id}.xml`) ?? '')['qti-assessment-item'];
    expect(multiple['qti-response-declaration']['qti-correct-response']['qti-value']).toEqual(['o_a', 'o_2b']);
    expect(multiple['qti-item-body']['qti-choice-interaction']['@_max-choices']).toBe('0');
    const short = files.get(`items/${items[2]?.id}.xml`) ?? '';
    expect(short).toContain('<qti-map-entry map-key="ҚР Конституциясы" mapped-value="1" case-sensitive="false"/>');
    expect(short).toContain('xml:lang="ru"');
  });

  it('writes the same bytes for the same bank', () => {
    const items = [{ id: 'x1', content: item({}) }];
    expect(qtiPackage({ code: '2635-3-001', level: 5 }, items)).toEqual(
      qtiPackage({ code: '2635-3-001', level: 5 }, items),
    );
  });
});
