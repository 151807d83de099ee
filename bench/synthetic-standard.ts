/**
 * Synthetic editions of realistic shape for the scale benchmark. An edition has terms,
 * professions and about ten cards (cards → labour functions → tasks → skills and knowledge, with
 * other names, qualification rules, links), close to the bundled edition (515 items). Texts are
 * Kazakh-like phrases built from real Kazakh stems with case, plural and possessive suffixes
 * chosen by vowel harmony and consonant assimilation, so the analyser and the search index see
 * text with the statistics of real data. Every text is written into the edition's official text
 * and cites its lines, so loading runs the same fidelity checks as for real data (and finds no
 * problem). Deterministic: the same seed and index give the same edition.
 */
import type { Edition } from '../src/domain/standard/edition.js';
import type {
  Card,
  EditionMeta,
  LabourFunction,
  NumberedText,
  Profession,
  QualificationGroup,
  Task,
  Term,
} from '../src/domain/standard/schemas.js';

/** mulberry32: a small, fast, deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)] as T;
}

// --- Kazakh morphology (enough to make believable word forms) ---------------------------------

const BACK_VOWELS = new Set(['а', 'о', 'ұ', 'ы', 'я', 'ё']);
const FRONT_VOWELS = new Set(['ә', 'ө', 'ү', 'і', 'е', 'э', 'и', 'ю']);
const VOWELS = new Set([...BACK_VOWELS, ...FRONT_VOWELS]);
/** Word-final consonants after which suffixes start voiceless (loanwords in б/г/д/в too: психологтың). */
const VOICELESS = new Set(['п', 'т', 'к', 'қ', 'с', 'ш', 'щ', 'ф', 'х', 'һ', 'ц', 'ч', 'б', 'г', 'д', 'в']);
const VOICING: Record<string, string> = { п: 'б', к: 'г', қ: 'ғ' };
const NASALS = new Set(['м', 'н', 'ң']);
const SONORANTS = new Set(['л', 'р', 'й', 'у']);

/** Back or front, by the word's last vowel (у is a consonant here: оңалту is back). */
function isBack(word: string): boolean {
  for (let i = word.length - 1; i >= 0; i--) {
    const ch = word[i] as string;
    if (BACK_VOWELS.has(ch)) return true;
    if (FRONT_VOWELS.has(ch)) return false;
  }
  return true;
}

type Ending = 'vowel' | 'nasal' | 'sonorant' | 'voiced' | 'voiceless';
function ending(word: string): Ending {
  const last = word.at(-1) ?? 'а';
  if (VOWELS.has(last)) return 'vowel';
  if (NASALS.has(last)) return 'nasal';
  if (SONORANTS.has(last)) return 'sonorant';
  if (VOICELESS.has(last)) return 'voiceless';
  return 'voiced'; // з, ж
}

/** back/front pair by harmony */
const h = (word: string, back: string, front: string): string => (isBack(word) ? back : front);

export const suffix = {
  plural(w: string): string {
    const e = ending(w);
    const c = e === 'vowel' || (e === 'sonorant' && !w.endsWith('л')) ? 'л' : e === 'voiceless' ? 'т' : 'д';
    return w + c + h(w, 'ар', 'ер');
  },
  /** A final п, к, қ is voiced before the vowel: мектеп → мектебі, мүгедектік → мүгедектігі. */
  possessive3(w: string): string {
    if (ending(w) === 'vowel') return w + h(w, 'сы', 'сі');
    const voiced = VOICING[w.at(-1) ?? ''];
    return (voiced ? w.slice(0, -1) + voiced : w) + h(w, 'ы', 'і');
  },
  genitive(w: string, afterPossessive = false): string {
    const e = ending(w);
    const c = afterPossessive || e === 'vowel' || e === 'nasal' ? 'н' : e === 'voiceless' ? 'т' : 'д';
    return w + c + h(w, 'ың', 'ің');
  },
  dative(w: string, afterPossessive = false): string {
    if (afterPossessive) return w + h(w, 'на', 'не');
    return w + (ending(w) === 'voiceless' ? h(w, 'қа', 'ке') : h(w, 'ға', 'ге'));
  },
  locative(w: string, afterPossessive = false): string {
    if (afterPossessive) return w + h(w, 'нда', 'нде');
    return w + (ending(w) === 'voiceless' ? h(w, 'та', 'те') : h(w, 'да', 'де'));
  },
  ablative(w: string, afterPossessive = false): string {
    const e = ending(w);
    const c = afterPossessive || e === 'nasal' ? 'н' : e === 'voiceless' ? 'т' : 'д';
    return w + c + h(w, 'ан', 'ен');
  },
  accusative(w: string, afterPossessive = false): string {
    if (afterPossessive) return `${w}н`;
    const e = ending(w);
    const c = e === 'vowel' ? 'н' : e === 'voiceless' ? 'т' : 'д';
    return w + c + h(w, 'ы', 'і');
  },
  instrumental(w: string): string {
    const e = ending(w);
    return w + (e === 'voiceless' ? 'пен' : e === 'voiced' ? 'бен' : 'мен');
  },
};

type Case = 'nom' | 'gen' | 'dat' | 'loc' | 'abl' | 'acc' | 'ins';

/** A noun form: optional plural, optional 3rd-person possessive, then a case. */
export function inflect(stem: string, opts: { plural?: boolean; possessive?: boolean; case: Case }): string {
  let w = stem;
  if (opts.plural) w = suffix.plural(w);
  const poss = Boolean(opts.possessive);
  if (poss) w = suffix.possessive3(w);
  switch (opts.case) {
    case 'nom':
      return w;
    case 'gen':
      return suffix.genitive(w, poss);
    case 'dat':
      return suffix.dative(w, poss);
    case 'loc':
      return suffix.locative(w, poss);
    case 'abl':
      return suffix.ablative(w, poss);
    case 'acc':
      return suffix.accusative(w, poss);
    case 'ins':
      return poss ? `${w}мен` : suffix.instrumental(w);
  }
}

/** Real Kazakh noun stems of the social, medical, legal, educational and technical fields. */
const NOUNS = [
  'бала',
  'отбасы',
  'адам',
  'құжат',
  'жұмыс',
  'қызмет',
  'қызметкер',
  'маман',
  'ұйым',
  'бағдарлама',
  'жоспар',
  'сала',
  'талап',
  'азамат',
  'қарт',
  'тұрғын',
  'заң',
  'құқық',
  'ақпарат',
  'жағдай',
  'мақсат',
  'сапа',
  'шара',
  'тапсырма',
  'жоба',
  'мүгедектік',
  'психолог',
  'сотталған',
  'көмек',
  'кеңес',
  'есеп',
  'білім',
  'дағды',
  'денсаулық',
  'тәрбие',
  'мектеп',
  'өтініш',
  'мәселе',
  'өмір',
  'күтім',
  'еңбек',
  'жасөспірім',
  'қауіпсіздік',
  'жүйе',
  'әрекет',
  'нәтиже',
  'әдіс',
  'мекеме',
  'аурухана',
  'дәрігер',
  'мұғалім',
  'оқушы',
  'студент',
  'ата-ана',
  'қамқоршы',
  'қаржы',
  'бюджет',
  'шарт',
  'келісім',
  'тексеру',
  'құрылыс',
  'жабдық',
  'техника',
  'станок',
  'электр',
  'желі',
  'су',
  'жер',
  'егін',
  'мал',
  'өнім',
  'тауар',
  'сауда',
  'көлік',
  'жүргізуші',
  'жолаушы',
  'жүк',
  'қойма',
  'өндіріс',
  'зауыт',
  'цех',
  'инженер',
  'зертхана',
  'сынама',
  'үлгі',
  'стандарт',
  'норма',
  'ереже',
  'нұсқаулық',
  'тіркеу',
  'деректер',
  'бағдар',
  'мониторинг',
  'сараптама',
  'қорытынды',
  'ұсыным',
  'әдістеме',
  'оңалту',
  'бейімдеу',
  'сүйемелдеу',
  'қолдау',
  'қорғау',
  'тәуекел',
  'дағдарыс',
  'зорлық-зомбылық',
  'тәуелділік',
  'мінез-құлық',
  'клиент',
  'пациент',
  'тұтынушы',
  'басшы',
  'бөлімше',
  'комиссия',
  'орган',
  'кәсіпорын',
];

/** Verbal nouns that end tasks and skills ("…құжаттарды дайындау"). */
const ACTIONS = [
  'жүргізу',
  'ұйымдастыру',
  'дайындау',
  'талдау',
  'бағалау',
  'анықтау',
  'әзірлеу',
  'көрсету',
  'бақылау',
  'үйлестіру',
  'қолдау',
  'оңалту',
  'сүйемелдеу',
  'кеңес беру',
  'тіркеу',
  'қорғау',
  'жоспарлау',
  'зерттеу',
  'қамтамасыз ету',
  'жүзеге асыру',
  'енгізу',
  'жетілдіру',
  'тексеру',
  'есепке алу',
  'ақпараттандыру',
  'жинау',
  'өңдеу',
  'сақтау',
  'пайдалану',
  'түсіндіру',
];

const ADJECTIVES = [
  'әлеуметтік',
  'психологиялық',
  'медициналық',
  'кәсіптік',
  'құқықтық',
  'педагогикалық',
  'отбасылық',
  'жеке',
  'арнаулы',
  'мемлекеттік',
  'жергілікті',
  'қажетті',
  'тиісті',
  'негізгі',
  'заманауи',
  'техникалық',
  'экономикалық',
  'қаржылық',
  'экологиялық',
  'цифрлық',
  'ұлттық',
  'халықаралық',
  'өндірістік',
  'санитариялық',
];

const LINKERS = ['және', 'мен', 'немесе', 'бойынша', 'үшін', 'туралы', 'арналған', 'жөніндегі', 'кезінде', 'негізінде'];

/** What a knowledge item is about ("…әдістері", "…тәртібі"). */
const KNOWLEDGE_HEADS = ['негіздері', 'әдістері', 'тәртібі', 'талаптары', 'ережелері', 'түрлері', 'ерекшеліктері'];

const CASES: Case[] = ['gen', 'dat', 'loc', 'abl', 'acc', 'ins'];

function nounForm(rng: Rng, c?: Case): string {
  return inflect(pick(rng, NOUNS), {
    plural: rng() < 0.3,
    possessive: rng() < 0.25,
    case: c ?? (rng() < 0.35 ? 'nom' : pick(rng, CASES)),
  });
}

/** A noun phrase of `words` words: adjectives, inflected nouns and linkers, ending in a noun. */
function nounPhrase(rng: Rng, words: number): string[] {
  const out: string[] = [];
  while (out.length < words - 1) {
    const r = rng();
    if (r < 0.3) out.push(pick(rng, ADJECTIVES));
    else if (r < 0.45 && out.length > 0) out.push(pick(rng, LINKERS));
    else out.push(nounForm(rng));
  }
  out.push(nounForm(rng, rng() < 0.5 ? 'nom' : 'acc'));
  return out;
}

const capitalize = (s: string): string => s.charAt(0).toLocaleUpperCase('kk') + s.slice(1);

/** A task or skill: "<noun phrase> <action>." */
function actionText(rng: Rng, min: number, max: number, stop = true): string {
  const words = int(rng, min, max);
  const text = [...nounPhrase(rng, words - 1), pick(rng, ACTIONS)].join(' ');
  return capitalize(text) + (stop ? '.' : '');
}

function knowledgeText(rng: Rng): string {
  const text = [...nounPhrase(rng, int(rng, 2, 7)), pick(rng, KNOWLEDGE_HEADS)].join(' ');
  return `${capitalize(text)}${rng() < 0.6 ? ';' : '.'}`;
}

function professionName(rng: Rng): string {
  const head = pick(rng, ['маман', 'қызметкер', 'психолог', 'инженер', 'басшы', 'кеңесші', 'оператор', 'шебер']);
  const kind = rng();
  if (kind < 0.4) return `${pick(rng, ADJECTIVES)} ${nounForm(rng, 'nom')} жөніндегі ${head}`;
  if (kind < 0.7) return `${pick(rng, ADJECTIVES)} ${head}`;
  return `${inflect(pick(rng, NOUNS), { case: 'nom' })} ${pick(rng, ['саласындағы', 'жөніндегі', 'бойынша'])} ${head}`;
}

// --- the edition --------------------------------------------------------------------------------

/** The official text being written, line by line; `put` returns the 1-based lines a text occupies. */
class OfficialText {
  readonly lines: string[] = [];
  private readonly rng: Rng;
  constructor(rng: Rng) {
    this.rng = rng;
  }
  get next(): number {
    return this.lines.length + 1;
  }
  /** Long texts are sometimes broken over two lines, as the PDF does. */
  put(text: string): [number, number] {
    const from = this.next;
    const cut = text.length > 70 && this.rng() < 0.5 ? text.indexOf(' ', Math.floor(text.length / 2)) : -1;
    if (cut > 0) this.lines.push(text.slice(0, cut), text.slice(cut + 1));
    else this.lines.push(text);
    return [from, this.next - 1];
  }
  label(text: string): [number, number] {
    this.lines.push(text);
    return [this.next - 1, this.next - 1];
  }
}

export type SyntheticOptions = { seed?: number };

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * The `index`-th synthetic edition (0-based): its own standard (`synthetic-std-NNNN`) and
 * edition (`synthetic-NNNN`), ordered before 2023 so the bundled edition stays the current one.
 */
export function syntheticEdition(index: number, { seed = 20240601 }: SyntheticOptions = {}): Edition {
  const rng = prng(seed + index * 7919);
  const text = new OfficialText(rng);
  const editionId = `synthetic-${pad(index + 1, 4)}`;
  const standardTitle = `${capitalize(pick(rng, ADJECTIVES))} ${nounForm(rng, 'nom')} саласындағы кәсіптік стандарт`;
  const titleLines = text.put(standardTitle);
  const issuer = `${capitalize(nounForm(rng, 'nom'))} министрі`;
  const legalBasis = `Қазақстан Республикасы Еңбек кодексінің ${int(rng, 2, 200)}-бабына сәйкес`;
  const orderFrom = text.next;
  text.put(issuer);
  text.put(legalBasis);
  const orderLines: [number, number] = [orderFrom, text.next - 1];
  const provisions: EditionMeta['provisions'] = [];
  const kinds = ['purpose', 'uses', 'aim', 'aim'] as const;
  kinds.forEach((kind, i) => {
    const kk = `${capitalize(nounPhrase(rng, int(rng, 8, 16)).join(' '))}.`;
    provisions.push({ id: `${editionId}.p${i + 1}`, number: String(i + 1), kind, kk, source: { lines: text.put(kk) } });
  });
  const year = 2005 + (index % 17);
  const month = pad(1 + (index % 12), 2);
  const day = pad(1 + (index % 28), 2);
  const date = `${year}-${month}-${day}`;
  const meta: EditionMeta = {
    id: editionId,
    standard: { id: `synthetic-std-${pad(index + 1, 4)}`, title: { kk: standardTitle, source: { lines: titleLines } } },
    status: 'in-force',
    order: {
      number: String(100 + index),
      date,
      registration: { number: String(30000 + index), date },
      inForceFrom: date,
      issuer: { kk: issuer },
      legalBasis: { kk: legalBasis },
      source: { lines: orderLines },
    },
    provisions,
    sourceFile: 'source.kk.txt',
  };

  const terms: Term[] = [];
  text.label('Терминдер мен анықтамалар:');
  const termCount = int(rng, 10, 20);
  for (let i = 0; i < termCount; i++) {
    const term = nounPhrase(rng, int(rng, 1, 3)).join(' ');
    const definition = nounPhrase(rng, int(rng, 6, 18)).join(' ');
    terms.push({
      id: `term-${i + 1}`,
      number: String(i + 1),
      term: { kk: term },
      definition: { kk: definition },
      source: { lines: text.put(`${i + 1}) ${term} – ${definition};`) },
    });
  }

  // Professions with consecutive SQF levels, ten cards in all, and a few listed without a card.
  type Plan = { name: string; code: string; levels: number[] };
  const plans: Plan[] = [];
  const codes = new Set<string>();
  let cardsLeft = 10;
  while (cardsLeft > 0) {
    const n = Math.min(cardsLeft, int(rng, 1, 3));
    const first = int(rng, 3, 8 - n + 1);
    let code: string;
    do code = `${int(rng, 1000, 9999)}-${int(rng, 0, 9)}-${pad(int(rng, 1, 999), 3)}`;
    while (codes.has(code));
    codes.add(code);
    plans.push({ name: professionName(rng), code, levels: Array.from({ length: n }, (_, i) => first + i) });
    cardsLeft -= n;
  }
  const unlisted = int(rng, 1, 3);
  for (let i = 0; i < unlisted; i++) plans.push({ name: professionName(rng), code: '', levels: [int(rng, 3, 7)] });

  text.label('Кәсіптердің тізбесі:');
  const professions: Profession[] = plans.map((p, i) => {
    const range = p.levels.length > 1 ? `${p.levels[0]}-${p.levels.at(-1)}` : String(p.levels[0]);
    const kk = `${p.name} – СБШ бойынша ${range} біліктілік деңгейі;`;
    return {
      id: `prof-${i + 1}`,
      number: String(i + 1),
      name: { kk: p.name },
      levels: p.levels,
      kk,
      source: { lines: text.put(`${i + 1}) ${kk}`) },
      cards: p.code ? p.levels.map((level) => ({ code: p.code, level })) : [],
    };
  });

  const cards: Card[] = [];
  for (const plan of plans) {
    if (!plan.code) continue;
    for (const level of plan.levels) cards.push(syntheticCard(rng, text, plan, level, plans));
  }

  return { meta, terms, professions, cards, sourceText: text.lines.join('\n') };
}

function numbered(text: OfficialText, idPrefix: string, count: number, make: () => string): NumberedText[] {
  return Array.from({ length: count }, (_, i) => {
    const kk = make();
    return { id: `${idPrefix}${i + 1}`, number: String(i + 1), kk, source: { lines: text.put(`${i + 1}. ${kk}`) } };
  });
}

function syntheticCard(
  rng: Rng,
  text: OfficialText,
  plan: { name: string; code: string; levels: number[] },
  level: number,
  plans: readonly { name: string; code: string; levels: number[] }[],
): Card {
  const id = `${plan.code}.${level}`;
  const labels: [number, number][] = [];
  const from = text.next;
  const name = capitalize(plan.name);
  const title = { kk: `Мамандық картасы ${name}`, source: { lines: text.put(`Мамандық картасы ${name}`) } };
  labels.push(text.label('Кәсіп коды'));
  const code = { value: plan.code, source: { lines: text.put(plan.code) } };
  const nameItem = { kk: name, source: { lines: text.put(name) } };
  labels.push(text.label('Кәсіптің басқа ықтимал атаулары:'));
  const otherNames = Array.from({ length: int(rng, 0, 3) }, (_, i) => {
    const other = capitalize(professionName(rng));
    const otherCode = `${int(rng, 1000, 9999)}-${int(rng, 0, 9)}-${pad(int(rng, 1, 999), 3)}`;
    return { id: `${id}.n${i + 1}`, code: otherCode, kk: other, source: { lines: text.put(`${otherCode} ${other}`) } };
  });
  labels.push(text.label('СБШ бойынша біліктілік деңгейі'));
  const levelItem = { value: level, source: { lines: text.put(String(level)) } };

  labels.push(text.label('Біліктілікке қойылатын талаптар:'));
  const minLevel: 'tvet' | 'higher' | 'postgraduate' = level <= 5 ? 'tvet' : level <= 7 ? 'higher' : 'postgraduate';
  const categories = ['higher', 'first', 'second', 'none'] as const;
  const categoryWord = { higher: 'жоғары', first: 'бірінші', second: 'екінші', none: 'санатсыз' } as const;
  let rule = 0;
  const groups: QualificationGroup[] = Array.from({ length: rng() < 0.3 ? 2 : 1 }, (_, g) => ({
    id: `${id}.g${g + 1}`,
    group: g === 0 ? 'mid-level-specialist' : 'high-level-specialist',
    rules: Array.from({ length: int(rng, 2, 5) }, (_, r) => {
      const category = categories[Math.min(r, 3)] ?? 'none';
      const years = category === 'none' ? 0 : 4 - Math.min(r, 3);
      const where = `${pick(rng, ADJECTIVES)} ${nounForm(rng, 'gen')} ${nounForm(rng, 'loc')}`;
      const kk =
        category === 'none'
          ? `санатсыз: ${pick(rng, ADJECTIVES)} білім.`
          : `${categoryWord[category]} санатты: ${pick(rng, ADJECTIVES)} білім және ${where} жұмыс өтілі кемінде ${years} жыл;`;
      rule += 1;
      return {
        id: `${id}.q${rule}`,
        category,
        kk,
        source: { lines: text.put(kk) },
        education: [{ minLevel }],
        ...(category === 'none' ? {} : { experience: { minYears: years, where } }),
      };
    }),
  }));

  const educationText = `${capitalize(pick(rng, ADJECTIVES))} білім`;
  labels.push(text.label('Кәсіптік білім деңгейі'));
  const educationLevel = { kk: educationText, source: { lines: text.put(educationText) }, levels: [minLevel] };

  const labourFunctions: LabourFunction[] = Array.from({ length: int(rng, 1, 3) }, (_, f) => {
    const fid = `${id}.f${f + 1}`;
    const fname = actionText(rng, 3, 7, false);
    labels.push(text.label(`Еңбек функциясы ${f + 1}:`));
    const fn: LabourFunction = {
      id: fid,
      number: String(f + 1),
      name: { kk: fname, source: { lines: text.put(fname) } },
      tasks: [],
    };
    fn.tasks = Array.from({ length: int(rng, 1, 2) }, (_, t): Task => {
      const tid = `${fid}.t${t + 1}`;
      labels.push(text.label('Тапсырма:'));
      const tname = actionText(rng, 3, 8, false);
      const name = { kk: tname, source: { lines: text.put(tname) } };
      labels.push(text.label('Дағдылар:'));
      const skills = numbered(text, `${tid}.s`, int(rng, 3, 7), () => actionText(rng, 4, 14));
      labels.push(text.label('Білім:'));
      const knowledge = numbered(text, `${tid}.k`, int(rng, 3, 8), () => knowledgeText(rng));
      return { id: tid, name, skills, knowledge };
    });
    return fn;
  });

  labels.push(text.label('Жеке құзыреттерге қойылатын талаптар'));
  const competencies = `${capitalize(nounPhrase(rng, int(rng, 6, 14)).join(', '))}.`;
  const personalCompetencies = { kk: competencies, source: { lines: text.put(competencies) } };

  labels.push(text.label('Басқа біліктілік деңгейлерімен байланысы:'));
  const sameProfession = plan.levels.filter((l) => l !== level);
  const links = Array.from({ length: int(rng, 1, 2) }, (_, i) => {
    const target = sameProfession[i];
    const other = pick(rng, plans);
    const linkLevel = target ?? Math.min(8, level + 1);
    const kk = capitalize(target !== undefined ? plan.name : other.name);
    return {
      id: `${id}.l${i + 1}`,
      level: linkLevel,
      kk,
      source: { lines: text.put(`${linkLevel} ${kk}`) },
      ...(target !== undefined ? { card: { code: plan.code, level: target } } : {}),
    };
  });

  labels.push(text.label('Біліктілік анықтамалығымен байланысы:'));
  const qualificationLink = Array.from({ length: int(rng, 1, 3) }, (_, i) => {
    const kk = capitalize(nounPhrase(rng, int(rng, 3, 12)).join(' '));
    return { id: `${id}.ql${i + 1}`, kk, source: { lines: text.put(kk) } };
  });

  return {
    id,
    title,
    code,
    name: nameItem,
    level: levelItem,
    otherNames,
    qualification: { groups },
    educationLevel,
    labourFunctions,
    personalCompetencies,
    links,
    qualificationLink,
    labels,
    source: { lines: [from, text.next - 1] },
  };
}
