/**
 * The shapes the web app reads from the registry API. They come from the committed OpenAPI
 * document (openapi/openapi.json) through the generated ./schema.d.ts (`npm run openapi`), so
 * the web app and the server cannot drift apart; the web app still imports nothing from src/.
 *
 * Every type here is a plain alias of `components['schemas'][...]` (or a part of one), named
 * for the pages: the document describes every answer exactly. The one hand-written type,
 * `RawLocalized`, is what `pick()` accepts, a shape several generated types share.
 */
import type { components } from './schema';

type Schemas = components['schemas'];

/** A text in the language the page asked for (`?lang=`), or the official Kazakh text when there is no translation. */
export type Display = Schemas['Display'];

/** Where a text is in the official source. */
export type Source = Schemas['Source'];

/** Official Kazakh text with optional translations and its `display`. */
export type Localized = Schemas['Localized'];

/** A text as printed, with where it is printed, and its `display`. */
export type SourcedText = Schemas['SourcedText'];

/** Edition fields carry kk/ru/en without a `display`; the page picks the language itself. */
export type RawLocalized = { kk: string; ru?: string; en?: string; source?: Source };

export type Problem = Schemas['Problem'];

/** A paragraph of the edition's chapters 1–2 (purpose, uses, aims, basis). */
export type Provision = Schemas['Provision'];

export type Edition = Schemas['EditionSummary'];

/** An entry of GET /v1/editions: the same schema as one edition. */
export type EditionListEntry = Edition;

export type CardRef = Schemas['CardKey'];

export type CardSummary = Schemas['CardSummary'];

export type CardList = Schemas['CardList'];

// ---------------------------------------------------------------------------------------------
// The card's body.

export type NumberedText = Schemas['NumberedText'];

export type Task = Schemas['Task'];

export type LabourFunction = Schemas['LabourFunction'];

export type Person = Omit<Schemas['CategoryRequest'], 'card'>;
export type Category = Person['experience'][number]['category'];
export type EducationLevel = Person['education']['level'];
export type EducationField = Person['education']['field'];

export type QualificationRule = Schemas['QualificationRule'];

export type QualificationGroup = Schemas['QualificationGroup'];

export type Card = Schemas['Card'];

export type CardDetail = Schemas['CardDetail'];

export type Term = Schemas['Terms']['terms'][number];
export type Terms = Schemas['Terms'];

export type Profession = Schemas['Professions']['professions'][number];
export type Professions = Schemas['Professions'];

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

export type Shortfall = ShortfallSchema;

/** The answer of a category check without the request's edition and card (also a gap report's `requirements`). */
export type CategoryAnswer = Omit<CategorySchema, 'edition' | 'card'>;

export type CategoryResult = CategorySchema;

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

export type GapReport = GapSchema;

export type QualityFinding = Schemas['QualityFinding'];

export type Severity = QualityFinding['severity'];

export type QualityReport = Schemas['QualityReport'];

export type EditionChange = Schemas['EditionChange'];

export type ChangeKind = EditionChange['kind'];

export type DiffLocation = Schemas['DiffLocation'];

export type DiffEdition = Schemas['EditionDiff']['from'];

export type EditionDiff = Schemas['EditionDiff'];
