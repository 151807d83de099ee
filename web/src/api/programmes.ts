/**
 * Programmes for the list and new-programme pages: the generated types under short names, the
 * typed calls (list, proposal, create), the current edition a new document is read from, and the
 * one request the typed client cannot make — a curriculum uploaded as a form with progress.
 */
import type { Lang } from '../i18n';
import { apiUrl, fetchJson } from './client';
import type { components, paths } from './schema';
import { api, call } from './session';
import { uploadWithProgress } from './upload';
import type { CardList } from './types';

type Schemas = components['schemas'];

export type Programme = Schemas['Programme'];
export type ProgrammeContent = Programme['content'];
export type ProgrammeSummary = Schemas['ProgrammeSummary'];
export type ProgrammeList =
  paths['/v1/orgs/{orgId}/programmes']['get']['responses'][200]['content']['application/json'];
export type ProgrammeType = ProgrammeContent['type'];
export type ProgrammeLang = ProgrammeContent['lang'];
export type ProgrammeStatus = Programme['status'];
export type VolumeUnit = ProgrammeContent['volume']['unit'];

/** The answer of POST …/programmes:import: a document to review (nothing stored yet) and what was read. */
export type ProgrammeImport = Schemas['ProgrammeImport'];

/** In the order the forms list them; a Record, so a value the API adds fails to compile here. */
const TYPE_SET: Record<ProgrammeType, true> = {
  'tvet-modular': true,
  'higher-education': true,
  'upgrading-course': true,
  'short-course': true,
};
const STATUS_SET: Record<ProgrammeStatus, true> = { draft: true, final: true, archived: true };
export const PROGRAMME_TYPES = Object.keys(TYPE_SET) as ProgrammeType[];
export const PROGRAMME_LANGS: readonly ProgrammeLang[] = ['kk', 'ru'];
export const PROGRAMME_STATUSES = Object.keys(STATUS_SET) as ProgrammeStatus[];

/** Universities count credits; colleges and training centres count hours. */
export function unitOf(type: ProgrammeType): VolumeUnit {
  return type === 'higher-education' ? 'credits' : 'hours';
}

/** The language a programme is most likely written in, from the page's: Russian pages write Russian ones. */
export function defaultProgrammeLang(lang: Lang): ProgrammeLang {
  return lang === 'ru' ? 'ru' : 'kk';
}

export const PAGE_SIZE = 20;

export type ListFilter = { status: ProgrammeStatus | ''; card: string; q: string; page: number };

export function listProgrammes(orgId: string, filter: ListFilter): Promise<ProgrammeList> {
  return call(
    api.GET('/v1/orgs/{orgId}/programmes', {
      params: {
        path: { orgId },
        query: {
          status: filter.status || undefined,
          card: filter.card || undefined,
          q: filter.q || undefined,
          page: filter.page,
          pageSize: PAGE_SIZE,
        },
      },
    }),
  );
}

export type NewProgrammeChoice = {
  code: string;
  level: number;
  type: ProgrammeType;
  lang: ProgrammeLang;
  /** Empty: the proposal (or the import) names the programme. */
  title: string;
  /** Null: not given. */
  volume: number | null;
};

export function proposeProgramme(orgId: string, choice: NewProgrammeChoice): Promise<ProgrammeContent> {
  return call(
    api.GET('/v1/orgs/{orgId}/programmes:propose', {
      params: {
        path: { orgId },
        query: {
          card: choice.code,
          level: choice.level,
          type: choice.type,
          lang: choice.lang,
          title: choice.title || undefined,
          volume: choice.volume ?? undefined,
        },
      },
    }),
  );
}

export function createProgramme(orgId: string, content: ProgrammeContent): Promise<Programme> {
  return call(api.POST('/v1/orgs/{orgId}/programmes', { params: { path: { orgId } }, body: { content } }));
}

/** The current edition's id: the first page of the card list names it (and is cached from the card picker). */
export async function currentEditionId(lang: Lang): Promise<string> {
  const list = await fetchJson<CardList>(apiUrl('/cards', { lang, limit: 100, cursor: null }));
  return list.edition;
}

/** A document with the chosen header and no modules: the designer writes them in the editor. */
export function emptyProgramme(choice: NewProgrammeChoice, editionId: string, fallbackTitle: string): ProgrammeContent {
  return {
    title: choice.title || fallbackTitle,
    type: choice.type,
    lang: choice.lang,
    volume: { unit: unitOf(choice.type), value: choice.volume ?? 0 },
    cards: [{ code: choice.code, level: choice.level, editionId }],
    modules: [],
    exceptions: [],
  };
}

/** The designer's own volume wins over what a proposal or an import put in the header. */
export function withVolume(content: ProgrammeContent, volume: number | null): ProgrammeContent {
  return volume === null ? content : { ...content, volume: { unit: unitOf(content.type), value: volume } };
}

/** What a proposal or an import holds, for the preview before it is created. */
export function contentCounts(content: ProgrammeContent) {
  const outcomes = content.modules.flatMap((m) => m.outcomes ?? []);
  const items = new Set(outcomes.flatMap((o) => o.itemIds ?? []));
  const suggestions = outcomes.reduce(
    (n, o) => n + (o.suggestions ?? []).filter((s) => s.state === 'pending').length,
    0,
  );
  return { modules: content.modules.length, outcomes: outcomes.length, items: items.size, suggestions };
}

/** The bound the import route sets on a curriculum file (10 MB), checked before the upload starts. */
export const CURRICULUM_MAX_BYTES = 10 * 1024 * 1024;
export const CURRICULUM_ACCEPT =
  '.xlsx,.docx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * POST a curriculum (XLSX or DOCX) with the header choices as a multipart form — fields `file`,
 * `card`, `level`, `type`, `lang`, `title` — and read the import's preview; `onProgress` gets the
 * share of the file sent (0..1). Messages come back in the page's language (`?lang=`).
 */
export function uploadCurriculum(opts: {
  orgId: string;
  file: File;
  choice: NewProgrammeChoice;
  uiLang: Lang;
  csrfToken: string;
  onProgress: (share: number) => void;
}): Promise<ProgrammeImport> {
  const { orgId, file, choice, uiLang, csrfToken, onProgress } = opts;
  const form = new FormData();
  form.append('file', file, file.name);
  form.append('card', choice.code);
  form.append('level', String(choice.level));
  form.append('type', choice.type);
  form.append('lang', choice.lang);
  if (choice.title) form.append('title', choice.title);
  return uploadWithProgress<ProgrammeImport>({
    // `lang` in the query is the language of the answer's messages; the form's `lang` is the programme's.
    url: `/api/v1/orgs/${encodeURIComponent(orgId)}/programmes:import?lang=${uiLang}`,
    body: form,
    csrfToken,
    headers: { 'Accept-Language': uiLang },
    onProgress,
  });
}

/** The header fields a problem's field error can name, as the new-programme form has them. */
export type HeaderField = 'card' | 'type' | 'lang' | 'title' | 'volume' | 'file';

/**
 * The form field a field error's path names, wherever the request carried it: `query.card`,
 * `json.content.title`, `json.content.cards.0.code`, `form.file`, `content.volume.value`; null for
 * any other path (a module's text in an imported file, say).
 */
export function headerFieldOf(path: string): HeaderField | null {
  const parts = path.split('.');
  // Where the request carried it (`body.form.file` for the import's form), then the document.
  while (['json', 'body', 'query', 'param', 'form', 'content'].includes(parts[0] ?? '')) parts.shift();
  const head = parts[0] ?? '';
  if (head === 'card' || head === 'cards' || head === 'level') return 'card';
  if (head === 'type' || head === 'lang' || head === 'title' || head === 'volume' || head === 'file') return head;
  return null;
}

/** A typed-in volume: null when left empty, NaN when it is not a number from 0 to 100 000. */
export function parseVolume(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && value >= 0 && value <= 100_000 ? value : Number.NaN;
}

/** A curriculum the import can read: an .xlsx or .docx (by name; the server reads the bytes). */
export function isCurriculumFile(name: string): boolean {
  return /\.(xlsx|docx)$/i.test(name);
}
