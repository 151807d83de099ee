/**
 * The shapes the web app reads from the registry API. They come from the committed OpenAPI
 * document (openapi/openapi.json) through the generated ./schema.d.ts (`npm run openapi`), so
 * the web app and the server cannot drift apart; the web app still imports nothing from src/.
 *
 * A type the document describes fully is a plain alias of `components['schemas'][...]`. Where
 * the document leaves a part open (an object whose other keys pass through as `unknown`: the
 * card's body, edition texts, shortfalls), the type spells that part out with `Narrow`, which
 * only compiles while the spelled-out shape still fits the document: the document wins.
 */
import type { components } from './schema';

type Schemas = components['schemas'];

/** `Client`, checked to be a narrowing of the document's `Schema`: a field that contradicts the document fails here. */
type Narrow<Schema, Client extends Schema> = Client;

/** A text in the language the page asked for (`?lang=`), or the official Kazakh text when there is no translation. */
export type Display = Schemas['Display'];

/**
 * Where a text is in the official source. The document has no schema of its own for it (only
 * `lines` inline, the rest passes through), so it is written out here.
 */
export type Source = { lines: [number, number]; parts?: [number, number][]; displaced?: string[] };

export type Localized = Narrow<
  Schemas['Localized'],
  { kk: string; ru?: string; en?: string; display: Display; source?: Source }
>;

/** Edition fields carry kk/ru/en without a `display` (open in the document); the page picks the language itself. */
export type RawLocalized = { kk: string; ru?: string; en?: string; source?: Source };

export type Problem = Schemas['Problem'];

/** The open parts of an edition (provisions, title, order), spelled out. */
export type Provision = RawLocalized & {
  id: string;
  number?: string;
  kind: 'purpose' | 'uses' | 'aim' | 'basis';
  source: Source;
};

type EditionSchema = Schemas['EditionSummary'];

export type Edition = Narrow<
  EditionSchema,
  Omit<EditionSchema, 'title' | 'order' | 'provisions'> & {
    title: RawLocalized;
    order: {
      number: string;
      date: string;
      registration: { number: string; date: string };
      inForceFrom: string;
      issuer: RawLocalized;
      legalBasis: RawLocalized;
      source?: Source;
    };
    provisions: Provision[];
  }
>;

/** An entry of GET /v1/editions: the same schema as one edition. */
export type EditionListEntry = Edition;

export type CardRef = NonNullable<Schemas['SearchHit']['card']>;

export type CardSummary = Schemas['CardSummary'];

export type CardList = Schemas['CardList'];

// ---------------------------------------------------------------------------------------------
// The card's body: the document describes only its id, code, level, name and labour functions'
// ids and names; the rest passes through, and is spelled out here.

export type NumberedText = Localized & { id: string; number?: string; note?: string; source: Source };

export type Task = { id: string; name: Localized; skills: NumberedText[]; knowledge: NumberedText[]; note?: string };

export type LabourFunction = Narrow<
  Schemas['CardDetail']['card']['labourFunctions'][number],
  {
    id: string;
    number?: string;
    name: Localized;
    tasks: Task[];
    skills?: NumberedText[];
    knowledge?: NumberedText[];
    note?: string;
  }
>;

export type Person = Omit<Schemas['CategoryRequest'], 'card'>;
export type Category = Person['experience'][number]['category'];
export type EducationLevel = Person['education']['level'];
export type EducationField = Person['education']['field'];

export type QualificationRule = Localized & {
  id: string;
  category?: Category;
  source: Source;
  education: { minLevel: EducationLevel; fields?: EducationField[] | 'relevant'; certificate?: 'social-training' }[];
  experience?: { minYears: number; inCategory?: Category; where?: string };
  note?: string;
};

export type QualificationGroup = {
  id: string;
  group: 'high-level-specialist' | 'mid-level-specialist' | 'general';
  label?: Localized;
  rules: QualificationRule[];
};

export type Card = Narrow<
  Schemas['CardDetail']['card'],
  {
    id: string;
    title: Localized;
    code: { value: string; source: Source };
    name: Localized;
    level: { value: number; source: Source };
    otherNames: (Localized & { id: string; code?: string; source: Source })[];
    qualification: { basis?: Localized; groups: QualificationGroup[] };
    educationLevel: Localized & { levels: EducationLevel[]; fields?: EducationField[] };
    labourFunctions: LabourFunction[];
    personalCompetencies?: Localized;
    links: (Localized & { id: string; level: number; source: Source; card?: CardRef; note?: string })[];
    qualificationLink: (Localized & { id: string; source: Source })[];
    workingConditions?: Localized;
    source: { lines: [number, number] };
    notes?: string[];
  }
>;

export type CardDetail = Narrow<Schemas['CardDetail'], Omit<Schemas['CardDetail'], 'card'> & { card: Card }>;

type TermSchema = Schemas['Terms']['terms'][number];
export type Term = Narrow<
  TermSchema,
  { id: string; uuid: string; number?: string; term: Localized; definition: Localized; source?: Source }
>;
export type Terms = Narrow<Schemas['Terms'], Omit<Schemas['Terms'], 'terms'> & { terms: Term[] }>;

type ProfessionSchema = Schemas['Professions']['professions'][number];
export type Profession = Narrow<
  ProfessionSchema,
  {
    id: string;
    uuid: string;
    number?: string;
    name: Localized;
    levels: number[];
    cards: CardRef[];
    hasCard: boolean;
    source?: Source;
  }
>;
export type Professions = Narrow<
  Schemas['Professions'],
  Omit<Schemas['Professions'], 'professions'> & { professions: Profession[] }
>;

export type Levels = Schemas['Levels'];

export type CareerGraph = Schemas['CareerGraph'];

export type SearchHit = Schemas['SearchHit'];
export type HitType = SearchHit['type'];
export type SearchResult = Schemas['SearchResult'];

export type SourceText = Schemas['SourceText'];

// ---------------------------------------------------------------------------------------------
// Tools: category check, career paths, self-assessment (gap), quality checks, edition diffs.

export type Trilingual = Schemas['QualityMessage'];

export type CategoryRequest = Schemas['CategoryRequest'];

type CategorySchema = Schemas['CategoryResult'];

export type RuleRef = NonNullable<CategorySchema['explanation']['matched']>;

type ShortfallSchema = CategorySchema['explanation']['checked'][number]['shortfalls'][number];

/** The document names a shortfall's `kind` only; what each kind carries is spelled out here. */
export type Shortfall = Narrow<
  ShortfallSchema,
  | { kind: 'education-level'; need: EducationLevel; have: EducationLevel }
  | { kind: 'education-field'; need: EducationField[]; have: EducationField }
  | { kind: 'certificate'; need: 'social-training' }
  | { kind: 'experience'; needYears: number; haveYears: number; missingYears: number; inCategory: Category | null }
>;

/** The answer of a category check without the request's edition and card (also a gap report's `requirements`). */
export type CategoryAnswer = Narrow<
  Omit<CategorySchema, 'edition' | 'card'>,
  Omit<CategorySchema, 'edition' | 'card' | 'explanation' | 'next'> & {
    explanation: {
      matched: RuleRef | null;
      checked: { rule: RuleRef; met: boolean; shortfalls: Shortfall[] }[];
      notes: string[];
    };
    next: { category: Category | null; rule: RuleRef; missing: Shortfall[] } | null;
  }
>;

export type CategoryResult = Narrow<CategorySchema, CategoryAnswer & Pick<CategorySchema, 'edition' | 'card'>>;

export type CareerItem = Schemas['CareerItem'];

export type CareerDeltaSection = Schemas['CareerDeltaSection'];

export type CareerPair = CareerDeltaSection['same'][number];

export type CareerRequirements = Schemas['CareerRequirements'];

export type CareerStep = Schemas['CareerStep'];

export type DeltaKind = keyof CareerStep['delta'];

export type CareerPaths = Schemas['CareerPaths'];

/** A self-assessment as saved and sent to the gap report (POST /v1/career/gap). */
export type SelfAssessment = Schemas['GapRequest'];

export type Rating = SelfAssessment['ratings'][string];

type GapSchema = Schemas['GapReport'];

export type GapCounts = GapSchema['overall'];

export type GapItem = Schemas['GapItem'];

export type GapReport = Narrow<GapSchema, Omit<GapSchema, 'requirements'> & { requirements: CategoryAnswer | null }>;

export type QualityFinding = Schemas['QualityFinding'];

export type Severity = QualityFinding['severity'];

export type QualityReport = Schemas['QualityReport'];

export type EditionChange = Schemas['EditionChange'];

export type ChangeKind = EditionChange['kind'];

export type DiffLocation = Schemas['DiffLocation'];

export type DiffEdition = Schemas['EditionDiff']['from'];

export type EditionDiff = Schemas['EditionDiff'];
