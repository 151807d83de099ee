/**
 * Fills the EMPTY methodologists' template (GET /v1/standards/template.xlsx) the way a
 * methodologist does in Excel: types values into the Standard, Terms and Professions sheets,
 * fills the sheet «Карта 1», copies it for the second card and fills the copy. The standard is
 * invented (library work, two cards); nothing comes from an exported edition. Ids are left
 * blank: the importer gives them.
 *
 *   node --import tsx scripts/make-two-card-xlsx.ts     # test/fixtures/workbench/two-card-standard.xlsx
 */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import {
  BLOCK_TITLES,
  CARD_COLUMNS,
  CARD_ROWS as R,
  type CardColumn,
  EMPTY_CARD_SHEET,
  SHEETS,
  STANDARD_ROWS as S,
} from '../src/domain/workbench/xlsx-template-layout.js';
import { editionToWorkbook } from '../src/exports/standard-xlsx/edition-workbook.js';

type Row = Partial<Record<CardColumn, string | number>>;
const OUT = 'test/fixtures/workbench/two-card-standard.xlsx';

/** Writes rows below the header row, over the empty template's bare rows. */
function fill(sheet: ExcelJS.Worksheet, rows: Row[]): void {
  sheet.spliceRows(2, sheet.rowCount);
  rows.forEach((row, i) => {
    for (const [column, value] of Object.entries(row)) {
      sheet.getCell(i + 2, CARD_COLUMNS[column as CardColumn].index).value = value;
    }
  });
}

function table(sheet: ExcelJS.Worksheet, rows: (string | number)[][]): void {
  rows.forEach((row, i) => {
    row.forEach((value, j) => {
      if (value !== '') sheet.getCell(i + 2, j + 1).value = value;
    });
  });
}

const standard: Row[] = [
  { type: BLOCK_TITLES.order },
  {
    type: S.standard,
    id: 'library-work',
    kk: 'Кітапхана ісі саласындағы кәсіптік стандарт',
    ru: 'Профессиональный стандарт в области библиотечного дела',
    en: 'Professional standard in library work',
  },
  { type: S.edition, id: 'library-work-2026', kk: 'жоба' },
  {
    type: S.issuer,
    kk: 'Қазақстан Республикасының Мәдениет және ақпарат министрі',
    ru: 'Министр культуры и информации Республики Казахстан',
  },
  { type: S.legalBasis, kk: 'Қазақстан Республикасы Еңбек кодексінің 117-бабына сәйкес' },
  { type: BLOCK_TITLES.provisions },
  {
    type: S.provision,
    number: '1',
    kind: 'мақсаты',
    kk: 'Кітапхана ісі саласындағы кәсіптік стандарт біліктілік деңгейіне қойылатын талаптарды анықтау үшін арналған.',
  },
];

function card(spec: {
  code: string;
  level: number;
  name: string;
  nameRu: string;
  rule: string;
  functions: { name: string; tasks: { name: string; skills: string[]; knowledge: string[] }[] }[];
}): Row[] {
  const rows: Row[] = [
    { type: BLOCK_TITLES.card },
    { type: R.title, kk: `Мамандық картасы: ${spec.name}` },
    { type: R.code, kk: spec.code },
    { type: R.name, kk: spec.name, ru: spec.nameRu },
    { type: R.level, kk: spec.level },
    { type: BLOCK_TITLES.qualification },
    { type: R.group, group: 'жалпы' },
    { type: R.rule, kk: spec.rule, years: 1 },
    { type: R.education, educationLevel: 'жоғары', fields: 'тиісті' },
    { type: R.educationLevel, kk: 'Жоғары білім (кітапхана ісі)', educationLevel: 'жоғары' },
    { type: BLOCK_TITLES.functions },
  ];
  spec.functions.forEach((f, i) => {
    rows.push({ type: R.labourFunction, number: String(i + 1), kk: f.name });
    for (const t of f.tasks) {
      rows.push({ type: R.task, kk: t.name });
      rows.push(...t.skills.map((s, j) => ({ type: R.skill, number: String(j + 1), kk: s })));
      rows.push(...t.knowledge.map((k, j) => ({ type: R.knowledge, number: String(j + 1), kk: k })));
    }
  });
  rows.push(
    { type: BLOCK_TITLES.more },
    { type: R.personalCompetencies, kk: 'Ұқыптылық, жауапкершілік, оқырмандармен қарым-қатынас жасай білу.' },
    { type: R.workingConditions, kk: 'Кітапхана ғимаратында, қалыпты еңбек жағдайлары.' },
  );
  return rows;
}

const librarian = card({
  code: '2622-1-001',
  level: 5,
  name: 'Кітапханашы',
  nameRu: 'Библиотекарь',
  rule: 'Жоғары білім, кітапханада жұмыс өтілі кемінде 1 жыл.',
  functions: [
    {
      name: 'Кітапхана қорын қалыптастыру',
      tasks: [
        {
          name: 'Жаңа басылымдарды қабылдау және есепке алу',
          skills: ['Кітаптарды жүйелі каталогтау', 'Түскен басылымдарды тіркеу кітабына енгізу'],
          knowledge: ['Кітапхана қорын есепке алу тәртібі'],
        },
      ],
    },
    {
      name: 'Оқырмандарға қызмет көрсету',
      tasks: [
        {
          name: 'Оқырмандарға кітап беру',
          skills: ['Оқырман формулярын толтыру'],
          knowledge: ['Кітапхананы пайдалану ережелері'],
        },
      ],
    },
  ],
});

const bibliographer = card({
  code: '2622-1-002',
  level: 6,
  name: 'Библиограф',
  nameRu: 'Библиограф',
  rule: 'Жоғары білім, кітапханада жұмыс өтілі кемінде 1 жыл.',
  functions: [
    {
      name: 'Библиографиялық қызмет көрсету',
      tasks: [
        {
          name: 'Библиографиялық көрсеткіштер құрастыру',
          skills: ['Тақырыптық библиографиялық тізім жасау'],
          knowledge: ['Библиографиялық сипаттама стандарттары'],
        },
      ],
    },
  ],
});

async function main(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await editionToWorkbook(undefined)) as unknown as ArrayBuffer);
  const sheet = (name: string) => {
    const found = workbook.getWorksheet(name);
    if (!found) throw new Error(`the empty template has no sheet ${name}`);
    return found;
  };
  fill(sheet(SHEETS.standard), standard);
  table(sheet(SHEETS.terms), [
    ['', '1', 'кітапхана қоры', 'библиотечный фонд', '', 'кітапханада сақталатын құжаттардың жиынтығы', '', ''],
  ]);
  table(sheet(SHEETS.professions), [
    [
      '',
      '1',
      'кітапханашы',
      'библиотекарь',
      '',
      '5',
      'кітапханашы – СБШ бойынша 5 біліктілік деңгейі;',
      '2622-1-001/5',
      '',
    ],
    [
      '',
      '2',
      'библиограф',
      'библиограф',
      '',
      '6',
      'библиограф – СБШ бойынша 6 біліктілік деңгейі.',
      '2622-1-002/6',
      '',
    ],
  ]);
  // The methodologist's "Move or copy sheet": the second card starts as a copy of the first.
  const first = sheet(EMPTY_CARD_SHEET);
  const second = workbook.addWorksheet('Карта 2');
  second.model = { ...first.model, id: second.id, name: 'Карта 2' } as ExcelJS.WorksheetModel;
  fill(first, librarian);
  fill(second, bibliographer);
  writeFileSync(OUT, new Uint8Array(await workbook.xlsx.writeBuffer()));
  console.log(`wrote ${OUT}`);
}

await main();
