/**
 * The editor's changes to a programme document, as pure functions from one document to the next
 * (the page keeps the draft; every edit replaces it). Ids of new modules, outcomes and criteria
 * are made here, in the shape the server accepts (`^[A-Za-z0-9_.-]{1,64}$`).
 */
import type {
  ProgrammeContent,
  ProgrammeCriterion,
  ProgrammeModule,
  ProgrammeOutcome,
  SuggestedItem,
} from '../../api/programme-editor';

/** A short random id; the document only needs it unique within itself. */
export function newId(prefix: string): string {
  const random =
    typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID().replaceAll('-', '').slice(0, 12)
      : Math.random().toString(36).slice(2, 14);
  return `${prefix}-${random}`;
}

/** The module code prefix in the programme's language, as the proposal writes it. */
const MODULE_PREFIX: Record<ProgrammeContent['lang'], string> = { kk: 'КМ', ru: 'ПМ' };

/** The next «КМ 0N» (or «ПМ 0N»): one past the highest number already used with that prefix. */
export function nextModuleCode(content: Pick<ProgrammeContent, 'lang' | 'modules'>): string {
  const prefix = MODULE_PREFIX[content.lang];
  let highest = 0;
  for (const m of content.modules) {
    const match = /^(\S+)\s*0*(\d+)$/u.exec(m.code.trim());
    if (match && match[1] === prefix) highest = Math.max(highest, Number(match[2]));
  }
  return `${prefix} ${String(highest + 1).padStart(2, '0')}`;
}

export function emptyModule(content: Pick<ProgrammeContent, 'lang' | 'modules' | 'volume'>): ProgrammeModule {
  return {
    id: newId('m'),
    code: nextModuleCode(content),
    name: '',
    kind: 'professional',
    hours: { theory: 0, practice: 0 },
    credits: content.volume.unit === 'credits' ? 0 : null,
    outcomes: [],
  };
}

export function emptyOutcome(): ProgrammeOutcome {
  return { id: newId('o'), text: '', itemIds: [], criteria: [], method: 'practical-task', suggestions: [] };
}

export const emptyCriterion = (): ProgrammeCriterion => ({ id: newId('c'), text: '' });

/** The list with the element at `index` moved by `by` places (clamped to the list). */
export function move<T>(list: readonly T[], index: number, by: number): T[] {
  const to = Math.max(0, Math.min(list.length - 1, index + by));
  if (to === index || index < 0 || index >= list.length) return [...list];
  const copy = [...list];
  const [taken] = copy.splice(index, 1) as [T];
  copy.splice(to, 0, taken);
  return copy;
}

export function updateModule(
  content: ProgrammeContent,
  moduleId: string,
  change: (m: ProgrammeModule) => ProgrammeModule,
): ProgrammeContent {
  return { ...content, modules: content.modules.map((m) => (m.id === moduleId ? change(m) : m)) };
}

export function updateOutcome(
  content: ProgrammeContent,
  outcomeId: string,
  change: (o: ProgrammeOutcome) => ProgrammeOutcome,
): ProgrammeContent {
  return {
    ...content,
    modules: content.modules.map((m) =>
      m.outcomes.some((o) => o.id === outcomeId)
        ? { ...m, outcomes: m.outcomes.map((o) => (o.id === outcomeId ? change(o) : o)) }
        : m,
    ),
  };
}

/** Link items to an outcome: added in the order given, never twice; a pending suggestion for one is settled. */
export function linkItems(outcome: ProgrammeOutcome, itemIds: readonly string[]): ProgrammeOutcome {
  const linked = new Set(outcome.itemIds);
  const added = itemIds.filter((id) => !linked.has(id) && linked.add(id));
  const now = new Set(added);
  return {
    ...outcome,
    itemIds: [...outcome.itemIds, ...added],
    suggestions: outcome.suggestions.filter((s) => !now.has(s.itemId)),
  };
}

export function unlinkItem(outcome: ProgrammeOutcome, itemId: string): ProgrammeOutcome {
  return { ...outcome, itemIds: outcome.itemIds.filter((id) => id !== itemId) };
}

/** Accepting moves the item into the links and drops the suggestion. */
export function acceptSuggestion(outcome: ProgrammeOutcome, itemId: string): ProgrammeOutcome {
  const linked = outcome.itemIds.includes(itemId) ? outcome.itemIds : [...outcome.itemIds, itemId];
  return { ...outcome, itemIds: linked, suggestions: outcome.suggestions.filter((s) => s.itemId !== itemId) };
}

/** Every pending suggestion accepted, best first; rejected ones stay rejected. */
export function acceptAllSuggestions(outcome: ProgrammeOutcome): ProgrammeOutcome {
  const pending = outcome.suggestions.filter((s) => s.state === 'pending').sort((a, b) => b.score - a.score);
  return pending.reduce((o, s) => acceptSuggestion(o, s.itemId), outcome);
}

/** Rejecting keeps the suggestion, marked, so the engine's next answer does not bring it back. */
export function rejectSuggestion(outcome: ProgrammeOutcome, itemId: string): ProgrammeOutcome {
  return {
    ...outcome,
    suggestions: outcome.suggestions.map((s) => (s.itemId === itemId ? { ...s, state: 'rejected' as const } : s)),
  };
}

/** A rejected suggestion back to pending (a click on "reject" by mistake). */
export function restoreSuggestion(outcome: ProgrammeOutcome, itemId: string): ProgrammeOutcome {
  return {
    ...outcome,
    suggestions: outcome.suggestions.map((s) => (s.itemId === itemId ? { ...s, state: 'pending' as const } : s)),
  };
}

/** The most suggestions an outcome may hold (the document's limit). */
export const MAX_SUGGESTIONS = 50;

/**
 * The engine's answers added as pending suggestions: never an item already linked, already
 * suggested or rejected; best first, up to the document's limit. Returns how many were added.
 */
export function addSuggestions(
  outcome: ProgrammeOutcome,
  answers: readonly Pick<SuggestedItem, 'itemId' | 'score'>[],
): { outcome: ProgrammeOutcome; added: number } {
  const known = new Set([...outcome.itemIds, ...outcome.suggestions.map((s) => s.itemId)]);
  const room = MAX_SUGGESTIONS - outcome.suggestions.length;
  const fresh = [...answers]
    .sort((a, b) => b.score - a.score)
    .filter((a) => !known.has(a.itemId) && known.add(a.itemId))
    .slice(0, Math.max(0, room))
    .map((a) => ({ itemId: a.itemId, score: Math.min(1, Math.max(0, a.score)), state: 'pending' as const }));
  return { outcome: { ...outcome, suggestions: [...outcome.suggestions, ...fresh] }, added: fresh.length };
}

/** Which outcomes link each item (for the picker's "already covered by" hint). */
export function linksByItem(content: ProgrammeContent): Map<string, { module: ProgrammeModule; outcomeId: string }[]> {
  const out = new Map<string, { module: ProgrammeModule; outcomeId: string }[]>();
  for (const module of content.modules)
    for (const outcome of module.outcomes)
      for (const itemId of outcome.itemIds) {
        const list = out.get(itemId) ?? [];
        list.push({ module, outcomeId: outcome.id });
        out.set(itemId, list);
      }
  return out;
}
