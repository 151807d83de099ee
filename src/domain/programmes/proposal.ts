/**
 * A programme proposed from a card, as TVET modular curricula are built: one professional module
 * per labour function, one learning outcome per task (linking the task's skills and knowledge),
 * and one assessment criterion per skill, drafted from the skill's text. Lists the card prints
 * once for a whole function get an outcome of their own, named after the function. Hours are left
 * at zero: only the designer knows them, and the matrix flags a module without practice hours.
 * The designer edits everything afterwards. Pure.
 */
import type { Card, LabourFunction } from '../standard/schemas.js';
import type {
  Outcome,
  ProgrammeContent,
  ProgrammeLang,
  ProgrammeModule,
  ProgrammeType,
  VolumeUnit,
} from './programme.js';

export type ProposalOptions = {
  type: ProgrammeType;
  lang: ProgrammeLang;
  /** The edition the card was read from. */
  editionId: string;
  title?: string | undefined;
  volume?: number | undefined;
};

/** Universities count credits; colleges and training centres count hours. */
export const defaultUnit = (type: ProgrammeType): VolumeUnit => (type === 'higher-education' ? 'credits' : 'hours');

/** The module code prefix in the programme's language: «КМ» кәсіптік модуль, «ПМ» профессиональный модуль. */
const MODULE_PREFIX: Record<ProgrammeLang, string> = { kk: 'КМ', ru: 'ПМ' };

const TITLE_PREFIX: Record<ProgrammeLang, string> = {
  kk: 'Білім беру бағдарламасы',
  ru: 'Образовательная программа',
};

/** A name in the programme's language when the card has it (Russian names are unofficial), else Kazakh. */
const nameIn = (text: { kk: string; ru?: string | undefined }, lang: ProgrammeLang) =>
  (lang === 'ru' ? text.ru : undefined) ?? text.kk;

/** Outcome texts are sentences; the printed ones end with a full stop or none. */
const sentence = (text: string) => text.trim().replace(/[.;:,]+$/u, '');

function functionModule(f: LabourFunction, index: number, lang: ProgrammeLang): ProgrammeModule {
  const moduleId = `m${index + 1}`;
  const outcomes: Outcome[] = f.tasks.map((task, t) => {
    const outcomeId = `${moduleId}-o${t + 1}`;
    return {
      id: outcomeId,
      text: sentence(nameIn(task.name, lang)),
      itemIds: [...task.skills.map((s) => s.id), ...task.knowledge.map((k) => k.id)],
      criteria: task.skills.slice(0, 50).map((s, c) => ({ id: `${outcomeId}-c${c + 1}`, text: sentence(s.kk) })),
      method: task.skills.length > 0 ? 'practical-task' : 'test',
      suggestions: [],
    };
  });
  const shared = [...(f.skills ?? []), ...(f.knowledge ?? [])];
  if (shared.length > 0) {
    const outcomeId = `${moduleId}-o${outcomes.length + 1}`;
    outcomes.push({
      id: outcomeId,
      text: sentence(nameIn(f.name, lang)),
      itemIds: shared.map((s) => s.id),
      criteria: (f.skills ?? []).slice(0, 50).map((s, c) => ({ id: `${outcomeId}-c${c + 1}`, text: sentence(s.kk) })),
      method: (f.skills ?? []).length > 0 ? 'practical-task' : 'test',
      suggestions: [],
    });
  }
  return {
    id: moduleId,
    code: `${MODULE_PREFIX[lang]} ${String(index + 1).padStart(2, '0')}`,
    name: sentence(nameIn(f.name, lang)),
    kind: 'professional',
    hours: { theory: 0, practice: 0 },
    credits: null,
    outcomes,
  };
}

export function proposeProgramme(card: Card, options: ProposalOptions): ProgrammeContent {
  const cardName = nameIn(card.name, options.lang);
  return {
    title: options.title?.trim() || `${TITLE_PREFIX[options.lang]}: ${cardName} (${card.level.value})`,
    type: options.type,
    lang: options.lang,
    volume: { unit: defaultUnit(options.type), value: options.volume ?? 0 },
    cards: [{ code: card.code.value, level: card.level.value, editionId: options.editionId }],
    modules: card.labourFunctions.map((f, i) => functionModule(f, i, options.lang)),
    exceptions: [],
  };
}
