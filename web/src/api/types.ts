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
