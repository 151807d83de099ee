/**
 * The shapes the web app reads from the registry API (/api/openapi.json). Written out here
 * because the web app talks to the server over HTTP only and imports nothing from src/.
 */
import type { Lang } from '../i18n';

/** A text in the language the page asked for (`?lang=`), or the official Kazakh text when there is no translation. */
export type Display = { text: string; lang: Lang; official: boolean };

export type Source = { lines: [number, number]; parts?: [number, number][]; displaced?: string[] };

export type Localized = { kk: string; ru?: string; en?: string; display: Display; source?: Source };

/** Edition fields carry kk/ru/en without a `display`; the page picks the language itself. */
export type RawLocalized = { kk: string; ru?: string; en?: string; source?: Source };

export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  code?: string;
  detail?: string;
  requestId?: string;
  errors?: { path: string; message: string }[];
};

export type Provision = RawLocalized & {
  id: string;
  number?: string;
  kind: 'purpose' | 'uses' | 'aim' | 'basis';
  source: Source;
};

export type Edition = {
  id: string;
  current: boolean;
  status: string;
  orderDate: string;
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
  counts: Record<string, number>;
};

export type CardRef = { code: string; level: number };

export type CardSummary = {
  id: string;
  code: string;
  level: number;
  name: Localized;
  profession: { id: string; name: Display } | null;
  counts: { labourFunctions: number; tasks: number; skills: number; knowledge: number };
};

export type CardList = { edition: string; total: number; cards: CardSummary[]; nextCursor: string | null };

export type NumberedText = Localized & { id: string; number?: string; note?: string; source: Source };

export type Task = { id: string; name: Localized; skills: NumberedText[]; knowledge: NumberedText[]; note?: string };

export type LabourFunction = {
  id: string;
  number?: string;
  name: Localized;
  tasks: Task[];
  skills?: NumberedText[];
  knowledge?: NumberedText[];
  note?: string;
};

export type Category = 'higher' | 'first' | 'second' | 'none';
export type EducationLevel = 'basic-secondary' | 'tvet' | 'higher' | 'postgraduate';
export type EducationField = 'social' | 'economic' | 'pedagogical' | 'medical' | 'psychological' | 'legal' | 'other';

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

export type Card = {
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
};

export type CardDetail = {
  edition: string;
  profession: { id: string; name: Localized } | null;
  otherLevels: (CardRef & { name: Display })[];
  card: Card;
};

export type Term = { id: string; number?: string; term: Localized; definition: Localized; source?: Source };
export type Terms = { edition: string; terms: Term[] };

export type Profession = {
  id: string;
  number?: string;
  name: Localized;
  levels: number[];
  cards: CardRef[];
  hasCard: boolean;
  source?: Source;
};
export type Professions = { edition: string; professions: Profession[] };

export type Levels = { edition: string; levels: { level: number; cards: (CardRef & { name: Display })[] }[] };

export type CareerGraph = {
  edition: string;
  nodes: { id: string; code: string; level: number; name: Display }[];
  edges: { from: string; to: string; kind: 'stated' | 'next-level'; linkId?: string }[];
  unresolved: { from: string; linkId: string; level: number; name: Display }[];
};

export type HitType = 'card' | 'profession' | 'labourFunction' | 'task' | 'skill' | 'knowledge' | 'term';
export type SearchHit = {
  type: HitType;
  id: string;
  card: CardRef | null;
  text: string;
  highlight: string;
  score: number;
};
export type SearchResult = { edition: string; query: string; hits: SearchHit[] };

export type SourceText = { edition: string; lines: string[] };

// ---------------------------------------------------------------------------------------------
// Tools: category check, career paths, self-assessment (gap), quality checks, edition diffs.

export type Trilingual = { kk: string; ru: string; en: string };

export type Person = {
  education: { level: EducationLevel; field: EducationField; certificate?: 'social-training' };
  experience: { category: Category; years: number }[];
};

export type CategoryRequest = Person & { card: CardRef };

export type RuleRef = {
  id: string;
  group: string;
  category: Category | null;
  text: string;
  source: { lines: [number, number] };
};

export type Shortfall =
  | { kind: 'education-level'; need: EducationLevel; have: EducationLevel }
  | { kind: 'education-field'; need: EducationField[]; have: EducationField }
  | { kind: 'certificate'; need: 'social-training' }
  | { kind: 'experience'; needYears: number; haveYears: number; missingYears: number; inCategory: Category | null };

export type CategoryAnswer = {
  eligible: boolean;
  category: Category | null;
  group: QualificationGroup['group'] | null;
  explanation: {
    matched: RuleRef | null;
    checked: { rule: RuleRef; met: boolean; shortfalls: Shortfall[] }[];
    notes: string[];
  };
  next: { category: Category | null; rule: RuleRef; missing: Shortfall[] } | null;
  summary: Trilingual;
};

export type CategoryResult = CategoryAnswer & { edition: string; card: CardRef };

export type CareerItem = {
  id: string;
  kk: string;
  ru?: string;
  en?: string;
  display: Display;
  labourFunction: string | null;
  task: string | null;
};

export type CareerPair = { from: CareerItem; to: CareerItem; similarity: number };

export type CareerDeltaSection = {
  same: CareerPair[];
  changed: CareerPair[];
  added: CareerItem[];
  removed: CareerItem[];
  counts: { same: number; changed: number; added: number; removed: number };
};

export type DeltaKind = 'labourFunctions' | 'tasks' | 'skills' | 'knowledge';

export type CareerRequirements = {
  education: Localized & { levels: string[]; fields: string[] | null; source: { lines: [number, number] } };
  entry: (Localized & {
    group: string;
    id: string;
    category: Category | null;
    source: { lines: [number, number] };
    experience: { minYears: number; inCategory: Category | null; where: string | null } | null;
  })[];
  minYears: number | null;
  higherEducation: boolean;
};

export type CareerStep = {
  from: CardRef;
  to: CardRef;
  kind: 'stated' | 'next-level';
  linkId: string | null;
  delta: Record<DeltaKind, CareerDeltaSection>;
  requires: CareerRequirements;
};

export type CareerPaths = { edition: string; from: CardRef; to: CardRef; paths: { steps: CareerStep[] }[] };

export type Rating = 'none' | 'partial' | 'full';

export type SelfAssessment = {
  card: CardRef;
  ratings: Record<string, Rating>;
  savedAt?: string;
  person?: Person;
};

export type GapCounts = {
  items: number;
  full: number;
  partial: number;
  none: number;
  unrated: number;
  percent: number | null;
};

export type GapItem = CareerItem & { kind: 'skill' | 'knowledge'; rating: Rating | null };

export type GapReport = {
  edition: string;
  card: CardRef & { name: Localized };
  overall: GapCounts;
  labourFunctions: (GapCounts & { id: string; number: string | null; kk: string; display: Display })[];
  missing: GapItem[];
  partial: GapItem[];
  covered: GapItem[];
  warnings: { code: string; itemId?: string; message: string }[];
  requirements: CategoryAnswer | null;
};

export type Severity = 'error' | 'warning' | 'info';

export type QualityFinding = {
  rule: string;
  severity: Severity;
  message: Trilingual | string;
  location: { card: CardRef | null; path: string; itemId?: string };
  source: { lines: [number, number] } | null;
  evidence?: { text?: string; match?: string; similarity?: number };
};

export type QualityReport = {
  edition: string;
  summary: {
    total: number;
    bySeverity: Record<Severity, number>;
    byRule: Record<string, Record<Severity, number>>;
  };
  rules: { id: string; family: string; severity: Severity; description: string }[];
  findings: QualityFinding[];
};

export type ChangeKind =
  | 'metadataChanged'
  | 'added'
  | 'removed'
  | 'reworded'
  | 'moved'
  | 'renumbered'
  | 'levelChanged'
  | 'codeChanged'
  | 'requirementChanged'
  | 'attributesChanged';

export type DiffLocation = {
  id: string;
  kind: string;
  card: CardRef | null;
  path: string;
  parentId: string | null;
  lines: [number, number] | null;
  text: string | null;
} | null;

export type EditionChange = {
  kind: ChangeKind;
  itemKind: string;
  from: DiffLocation;
  to: DiffLocation;
  field?: string;
  words?: { op: 'same' | 'add' | 'del'; text: string }[];
  fields?: { field: string; from?: unknown; to?: unknown }[];
  movedTo?: 'task' | 'function' | 'card';
  message: Trilingual;
};

export type DiffEdition = {
  id: string;
  standardId: string;
  status: string;
  order: { number: string; date: string };
  supersedes: string | null;
};

export type EditionDiff = {
  from: DiffEdition;
  to: DiffEdition;
  summary: { kk: string[]; ru: string[]; en: string[] };
  counts: Record<string, number>;
  changes: EditionChange[];
};

export type EditionListEntry = Edition & { standardId: string; loadedAt: string };
