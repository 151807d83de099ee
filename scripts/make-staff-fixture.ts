/**
 * Writes a realistic staff list of a Kazakh territorial social-service centre (ТӘҚКО) as HR
 * keeps it: Kazakh headers and values, DD.MM.YYYY dates (a few written 1.9.2015 or with «ж.»),
 * valid IINs, cards and levels that exist in the bundled edition. It is seeded, so the same
 * arguments give the same file. Every 25th row has a realistic mistake the import must refuse:
 * an appointment date before the birth date, or an education nobody can read («жогарғы??»).
 *
 *   node --import tsx scripts/make-staff-fixture.ts                     # test/fixtures/hr/staff-50.kk.csv
 *   node --import tsx scripts/make-staff-fixture.ts --rows 10000 --out /tmp/staff-10k.csv
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { iinCheckDigit } from '../src/domain/access/iin.js';
import { stringifyCsv } from '../src/domain/shared/csv.js';

/** No date in the file is later than this, so any later `today` reads it the same way. */
export const FIXTURE_AS_OF = '2025-12-31';

/** Mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const between = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

const MEN = ['Ерлан', 'Нұрлан', 'Бауыржан', 'Асхат', 'Ержан', 'Дәурен', 'Мұрат', 'Айдос', 'Қайрат', 'Серік', 'Тимур'];
const WOMEN = [
  'Гүлнар',
  'Айгүл',
  'Әсем',
  'Жанар',
  'Сәуле',
  'Динара',
  'Ақмарал',
  'Мөлдір',
  'Гүлмира',
  'Салтанат',
  'Аяулым',
  'Назерке',
  'Перизат',
  'Бибігүл',
  'Жібек',
];
const FATHERS = ['Ерлан', 'Серік', 'Болат', 'Қанат', 'Мұхтар', 'Асқар', 'Жұмабай', 'Төлеген', 'Нұрлыбек', 'Сағын'];
/** Surnames in their masculine form; a woman's adds «а». */
const SURNAMES = [
  'Сәрсенбаев',
  'Жақсыбеков',
  'Тұрсынов',
  'Омаров',
  'Әбілқасымов',
  'Нұрғалиев',
  'Бекмұханбетов',
  'Қасымов',
  'Сейітов',
  'Мұқанов',
  'Ахметов',
  'Жұмабеков',
  'Оспанов',
  'Ысқақов',
  'Төлеубаев',
];

type Post = {
  title: string;
  code: string;
  level: number;
  education: readonly (readonly [level: string, field: string])[];
  weight: number;
};

/** The centre's posts, on cards and levels of the bundled edition (data/standards/…/cards). */
const POSTS: readonly Post[] = [
  {
    title: 'Үйде әлеуметтік көмек көрсету бөлімшесінің меңгерушісі',
    code: '1344-0-004',
    level: 7,
    education: [
      ['жоғары', 'Әлеуметтік жұмыс'],
      ['магистратура', 'Әлеуметтік жұмыс'],
      ['Жоғары', 'Экономика'],
    ],
    weight: 2,
  },
  {
    title: 'Әлеуметтік жұмыс жөніндегі маман',
    code: '2635-3-001',
    level: 5,
    education: [
      ['жоғары', 'Әлеуметтік жұмыс'],
      ['жоғары', 'Педагогика және психология'],
    ],
    weight: 8,
  },
  {
    title: 'Әлеуметтік жұмыс жөніндегі маман',
    code: '2635-3-001',
    level: 6,
    education: [
      ['жоғары', 'Әлеуметтік жұмыс'],
      ['магистратура', 'Әлеуметтік жұмыс'],
    ],
    weight: 3,
  },
  {
    title: 'Әлеуметтік жұмыс жөніндегі маман (әлеуметтік-медициналық қызметтер)',
    code: '2635-3-001',
    level: 4,
    education: [
      ['ТжКБ', 'Мейіргер ісі'],
      ['техникалық және кәсіптік', 'Әлеуметтік жұмыс'],
    ],
    weight: 4,
  },
  { title: 'Әлеуметтік психолог', code: '2634-9-004', level: 6, education: [['жоғары', 'Психология']], weight: 2 },
  {
    title: 'Үйде қызмет көрсету жөніндегі әлеуметтік қызметкер',
    code: '3412-0-008',
    level: 4,
    education: [
      ['ТжКБ', 'Әлеуметтік жұмыс'],
      ['орта арнаулы', 'Мейіргер ісі'],
      ['орта', 'басқа'],
    ],
    weight: 14,
  },
  {
    title: 'Кейс-менеджер, отбасын сүйемелдеу жөніндегі әлеуметтік қызметкер',
    code: '3412-0-008',
    level: 5,
    education: [
      ['жоғары', 'Әлеуметтік жұмыс'],
      ['ТжКБ', 'Әлеуметтік жұмыс'],
    ],
    weight: 5,
  },
  {
    title: 'Арнаулы әлеуметтік қызметтерге қажеттілікті бағалау жөніндегі әлеуметтік қызметкер',
    code: '3412-0-009',
    level: 6,
    education: [
      ['жоғары', 'Әлеуметтік жұмыс'],
      ['жоғары', 'Психология'],
    ],
    weight: 3,
  },
];

const UNIVERSITIES = [
  'Л.Н. Гумилев атындағы Еуразия ұлттық университеті',
  'Әл-Фараби атындағы ҚазҰУ',
  'Абай атындағы ҚазҰПУ',
  'Е.А. Бөкетов атындағы Қарағанды университеті',
  'Ш. Уәлиханов атындағы КУ',
];
const COLLEGES = [
  'Астана гуманитарлық колледжі',
  'Астана медициналық колледжі',
  'Көкшетау жоғары медициналық колледжі',
  'Ақмола аграрлық колледжі',
  '№ 2 Қарағанды жоғары политехникалық колледжі',
];

const HEADERS = [
  '№ р/с',
  'Табель №',
  'Т.А.Ә.',
  'ЖСН',
  'Туған күні',
  'Телефон',
  'Лауазымы',
  'Карточка коды',
  'Деңгейі',
  'Лауазымға тағайындалған күні',
  'Білімі',
  'Мамандығы',
  'Сертификат',
  'Оқу орны',
  'Бітірген жылы',
  'Еңбек өтілі',
  'Демалыстар',
];

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const dotted = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** How HR happened to write a date in this cell: mostly 01.09.2015, sometimes 1.9.2015 or «01.09.2015 ж.». */
function written(rng: Rng, iso: string, suffix = true): string {
  const r = rng();
  if (r < 0.06) return `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}.${iso.slice(0, 4)}`;
  if (r < 0.1 && suffix) return `${dotted(iso)} ж.`;
  return dotted(iso);
}

/** A valid IIN: the birth date (YYMMDD), century and sex (3/4: 1900s, 5/6: 2000s), a serial, the check digit. */
function iin(rng: Rng, birth: string, female: boolean): string {
  const century = (birth < '2000' ? 3 : 5) + (female ? 1 : 0);
  const date = `${birth.slice(2, 4)}${birth.slice(5, 7)}${birth.slice(8, 10)}`;
  for (;;) {
    const eleven = `${date}${century}${String(between(rng, 1, 9999)).padStart(4, '0')}`;
    const check = iinCheckDigit(eleven);
    if (check !== null) return `${eleven}${check}`;
  }
}

const CATEGORY_STEPS = ['санатсыз', 'екінші', 'бірінші', 'жоғары'] as const;

/** Experience from the first job to today, a category step every 3–6 years, the last period open. */
function experience(rng: Rng, start: number, asOf: number, topStep: number): { cell: string; lastStart: number } {
  const parts: string[] = [];
  let from = start;
  let step = rng() < 0.3 ? 1 : 0;
  let lastStart = start;
  for (;;) {
    const end = from + between(rng, 3 * 365, 6 * 365);
    const label = CATEGORY_STEPS[Math.min(step, topStep)] as string;
    const dash = pick(rng, ['–', '–', ' – ', '-']);
    lastStart = from;
    if (end >= asOf || step >= topStep) {
      parts.push(`${label}: ${written(rng, isoOf(from), false)}${dash}`);
      return { cell: parts.join('; '), lastStart };
    }
    parts.push(`${label}: ${written(rng, isoOf(from), false)}${dash}${written(rng, isoOf(end), false)}`);
    from = end + 1;
    step++;
  }
}

export function staffFixture(rows: number, seed: number): string {
  const rng = random(seed);
  const asOf = dayOf(FIXTURE_AS_OF);
  const weighted = POSTS.flatMap((p) => Array.from({ length: p.weight }, () => p));
  const table: string[][] = [HEADERS];
  for (let i = 0; i < rows; i++) {
    const female = rng() < 0.78; // social work in Kazakhstan is mostly women's work
    const surname = pick(rng, SURNAMES);
    const father = pick(rng, FATHERS);
    const name = female ? `${surname}а ${pick(rng, WOMEN)} ${father}қызы` : `${surname} ${pick(rng, MEN)} ${father}ұлы`;
    const birth = between(rng, dayOf('1966-01-01'), dayOf('2002-12-31'));
    const birthIso = isoOf(birth);
    const post = pick(rng, weighted);
    const [educationLevel, field] = pick(rng, post.education);
    const higher = /жоғары|магистр/i.test(educationLevel);
    const graduation = Number(birthIso.slice(0, 4)) + (higher ? between(rng, 21, 23) : between(rng, 19, 20));
    const start = Math.min(dayOf(`${graduation}-09-01`) + between(rng, 0, 400), asOf - 200);
    // Without higher education the highest category is rarely reached; keep it to the first.
    const exp = experience(rng, start, asOf, higher ? 3 : 2);
    let since = rng() < 0.6 ? exp.lastStart : between(rng, start, asOf - 30);
    let educationCell = educationLevel;
    // The mistakes an import must catch, every 25th row: a year typed wrong, a word nobody can read.
    if (i % 25 === 16) {
      if (Math.floor(i / 25) % 2 === 0) since = birth - between(rng, 200, 3000);
      else educationCell = 'жогарғы??';
    }
    const leave =
      female && rng() < 0.2
        ? `бала күтімі: ${dotted(isoOf(start + 700))}–${dotted(isoOf(start + 700 + 3 * 365 - 1))}`
        : '';
    table.push([
      String(i + 1),
      String(1001 + i).padStart(5, '0'),
      name,
      rng() < 0.95 ? iin(rng, birthIso, female) : '',
      written(rng, birthIso),
      `8 (7${between(rng, 0, 7)}${between(rng, 0, 9)}) ${between(rng, 100, 999)}-${between(rng, 10, 99)}-${between(rng, 10, 99)}`,
      post.title,
      post.code,
      String(post.level),
      written(rng, isoOf(since)),
      educationCell,
      field,
      post.code === '3412-0-008' && rng() < 0.5 ? 'бар' : '',
      pick(rng, higher ? UNIVERSITIES : COLLEGES),
      String(graduation),
      exp.cell,
      leave,
    ]);
  }
  return stringifyCsv(table);
}

if (process.argv[1]?.endsWith('make-staff-fixture.ts')) {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '50' },
      out: { type: 'string', default: 'test/fixtures/hr/staff-50.kk.csv' },
      seed: { type: 'string', default: '262' },
    },
  });
  const rows = Number(values.rows);
  writeFileSync(values.out, staffFixture(rows, Number(values.seed)));
  console.log(`${values.out}: ${rows} rows`);
}
