/**
 * The item bank of a card as a QTI 3.0 content package (a ZIP with `imsmanifest.xml` and one
 * `qti-assessment-item` per item): single and multiple choice as `qti-choice-interaction`
 * (`max-choices` 1 or 0) scored by `match_correct`, a short answer as
 * `qti-text-entry-interaction` whose accepted answers are mapped by `map_response`. The knowledge
 * ids are LOM keywords of each item's resource in the manifest. Export only: Kasip reads Moodle
 * XML and GIFT. The ZIP is written here (stored, not deflated: question text is small) so that
 * the package needs no library. Pure.
 */
import { printable } from './gift-and-moodle.js';
import type { TestItemContent } from './instruments.js';

export type QtiItem = { id: string; content: TestItemContent };

const xml = (text: string) =>
  printable(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Option ids may start with a digit; QTI identifiers may not. */
const choiceId = (id: string) => `o_${id}`;

export function qtiItemXml({ id, content: c }: QtiItem): string {
  const short = c.kind === 'short';
  const head = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="item-${xml(id)}" title="${xml(c.stem.slice(0, 60))}" adaptive="false" time-dependent="false" xml:lang="${c.lang}">`,
  ];
  const declaration = short
    ? [
        '  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string">',
        `    <qti-correct-response><qti-value>${xml(c.key[0] ?? '')}</qti-value></qti-correct-response>`,
        '    <qti-mapping default-value="0">',
        ...c.key.map((k) => `      <qti-map-entry map-key="${xml(k)}" mapped-value="1" case-sensitive="false"/>`),
        '    </qti-mapping>',
        '  </qti-response-declaration>',
      ]
    : [
        `  <qti-response-declaration identifier="RESPONSE" cardinality="${c.kind === 'single' ? 'single' : 'multiple'}" base-type="identifier">`,
        `    <qti-correct-response>${c.key.map((k) => `<qti-value>${choiceId(k)}</qti-value>`).join('')}</qti-correct-response>`,
        '  </qti-response-declaration>',
      ];
  const body = short
    ? [`    <p>${xml(c.stem)}</p>`, '    <qti-text-entry-interaction response-identifier="RESPONSE"/>']
    : [
        `    <qti-choice-interaction response-identifier="RESPONSE" max-choices="${c.kind === 'single' ? 1 : 0}" shuffle="true">`,
        `      <qti-prompt>${xml(c.stem)}</qti-prompt>`,
        ...c.options.map(
          (o) => `      <qti-simple-choice identifier="${choiceId(o.id)}">${xml(o.text)}</qti-simple-choice>`,
        ),
        '    </qti-choice-interaction>',
      ];
  const template = short ? 'map_response' : 'match_correct';
  return [
    ...head,
    ...declaration,
    '  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>',
    '  <qti-item-body>',
    ...body,
    '  </qti-item-body>',
    `  <qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/${template}.xml"/>`,
    '</qti-assessment-item>',
    '',
  ].join('\n');
}

export function qtiManifest(card: { code: string; level: number }, items: readonly QtiItem[]): string {
  const resources = items.map(({ id, content }) =>
    [
      `    <resource identifier="item-${xml(id)}" type="imsqti_item_xmlv3p0" href="items/${xml(id)}.xml">`,
      '      <metadata><imsmd:lom><imsmd:general>',
      ...content.knowledgeIds.map(
        (k) => `        <imsmd:keyword><imsmd:string>${xml(k)}</imsmd:string></imsmd:keyword>`,
      ),
      '      </imsmd:general></imsmd:lom></metadata>',
      `      <file href="items/${xml(id)}.xml"/>`,
      '    </resource>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" xmlns:imsmd="http://ltsc.ieee.org/xsd/LOM" identifier="kasip-${card.code}-${card.level}">`,
    '  <metadata><schema>QTI Package</schema><schemaversion>3.0.0</schemaversion></metadata>',
    '  <organizations/>',
    '  <resources>',
    ...resources,
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

/** The package: the manifest first, then each item. */
export function qtiPackage(card: { code: string; level: number }, items: readonly QtiItem[]): Uint8Array<ArrayBuffer> {
  return storedZip([
    { name: 'imsmanifest.xml', text: qtiManifest(card, items) },
    ...items.map((item) => ({ name: `items/${item.id}.xml`, text: qtiItemXml(item) })),
  ]);
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) crc = (CRC_TABLE[(crc ^ b) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A ZIP of stored (uncompressed) entries with UTF-8 names and a fixed date, so the same bank gives the same bytes. */
export function storedZip(entries: readonly { name: string; text: string }[]): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  const DOS_DATE = (1 << 5) | 1; // 1980-01-01
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const data = encoder.encode(entry.text);
    const crc = crc32(data);
    const local = new Uint8Array(30 + name.length + data.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(6, 0x0800, true); // UTF-8 names
    l.setUint16(8, 0, true); // stored
    l.setUint16(10, 0, true);
    l.setUint16(12, DOS_DATE, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, data.length, true);
    l.setUint32(22, data.length, true);
    l.setUint16(26, name.length, true);
    l.setUint16(28, 0, true);
    local.set(name, 30);
    local.set(data, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, 0x0800, true);
    c.setUint16(10, 0, true);
    c.setUint16(12, 0, true);
    c.setUint16(14, DOS_DATE, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, data.length, true);
    c.setUint32(24, data.length, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, entries.length, true);
  e.setUint16(10, entries.length, true);
  e.setUint32(12, centralSize, true);
  e.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
