/**
 * The coverage matrix: every skill and knowledge item of the programme's cards against its
 * modules. An item is covered when an outcome links it; a skill is "theory only" when every
 * module that covers it is neither a practice module nor has practice hours (a skill is learnt
 * by doing it). Every item of a card is required: the programme is final only when each is
 * covered or carries a written exception. Hours per labour function split each module's hours
 * over the functions of the items it links, in proportion to how many it links in each. Pure.
 */
import { type CardEntry, type CardEntryKind, cardEntries } from '../assessment/coverage.js';
import type { Card } from '../standard/schemas.js';
import { type ProgrammeContent, type ProgrammeModule, isPractical } from './programme.js';

export type CoverageStatus = 'covered' | 'theory-only' | 'uncovered' | 'excepted';

export type CoverageCell = { moduleId: string; outcomeIds: string[] };

export type CoverageRow = {
  itemId: string;
  kind: CardEntryKind;
  /** The official Kazakh text. */
  kk: string;
  cardCode: string;
  cardLevel: number;
  labourFunctionId: string;
  taskId: string | null;
  /** The modules whose outcomes link the item, in the programme's order. */
  cells: CoverageCell[];
  status: CoverageStatus;
  /** The written reason, when the item is excepted. */
  exceptionReason: string | null;
};

export type FunctionHours = {
  labourFunctionId: string;
  cardCode: string;
  cardLevel: number;
  kk: string;
  hours: number;
  items: number;
  covered: number;
};

export type CoverageReport = {
  rows: CoverageRow[];
  functions: FunctionHours[];
  /** Hours of modules that link no item of the cards (general modules, usually). */
  unattributedHours: number;
  totals: {
    skills: number;
    knowledge: number;
    uncoveredSkills: number;
    uncoveredKnowledge: number;
    theoryOnlySkills: number;
    excepted: number;
  };
  /** What the header declares against what the modules add up to, in the programme's unit. */
  volume: { unit: ProgrammeContent['volume']['unit']; declared: number; planned: number };
  /** Links to ids that are not items of the programme's cards (from another card, or removed). */
  unknownLinks: { moduleId: string; outcomeId: string; itemId: string }[];
  /** The items that keep the programme from being final: uncovered and not excepted. */
  blockers: CoverageRow[];
};

type Located = CardEntry & { cardCode: string; cardLevel: number };

function entriesOf(cards: readonly Card[]): Located[] {
  return cards.flatMap((card) =>
    cardEntries(card).map((e) => ({ ...e, cardCode: card.code.value, cardLevel: card.level.value })),
  );
}

const moduleHours = (m: ProgrammeModule) => m.hours.theory + m.hours.practice;

export function coverageReport(content: ProgrammeContent, cards: readonly Card[]): CoverageReport {
  const entries = entriesOf(cards);
  const known = new Map(entries.map((e) => [e.id, e]));
  const exceptions = new Map(content.exceptions.map((e) => [e.itemId, e.reason]));

  // item id → module id → outcome ids
  const links = new Map<string, Map<string, string[]>>();
  const unknownLinks: CoverageReport['unknownLinks'] = [];
  for (const module of content.modules)
    for (const outcome of module.outcomes)
      for (const itemId of outcome.itemIds) {
        if (!known.has(itemId)) {
          unknownLinks.push({ moduleId: module.id, outcomeId: outcome.id, itemId });
          continue;
        }
        const byModule = links.get(itemId) ?? new Map<string, string[]>();
        byModule.set(module.id, [...(byModule.get(module.id) ?? []), outcome.id]);
        links.set(itemId, byModule);
      }

  const modulesById = new Map(content.modules.map((m) => [m.id, m]));
  const rows: CoverageRow[] = entries.map((e) => {
    const byModule = links.get(e.id) ?? new Map<string, string[]>();
    const cells = content.modules
      .filter((m) => byModule.has(m.id))
      .map((m) => ({ moduleId: m.id, outcomeIds: byModule.get(m.id) ?? [] }));
    const practical = cells.some((c) => {
      const m = modulesById.get(c.moduleId);
      return m !== undefined && isPractical(m);
    });
    const reason = exceptions.get(e.id) ?? null;
    let status: CoverageStatus;
    if (cells.length === 0) status = reason === null ? 'uncovered' : 'excepted';
    else status = e.kind === 'skill' && !practical ? 'theory-only' : 'covered';
    return {
      itemId: e.id,
      kind: e.kind,
      kk: e.kk,
      cardCode: e.cardCode,
      cardLevel: e.cardLevel,
      labourFunctionId: e.labourFunctionId,
      taskId: e.taskId,
      cells,
      status,
      exceptionReason: cells.length === 0 ? reason : null,
    };
  });

  const functions = functionHours(content, cards, known, rows);
  const attributed = functions.reduce((sum, f) => sum + f.hours, 0);
  const totalHours = content.modules.reduce((sum, m) => sum + moduleHours(m), 0);
  const count = (pred: (r: CoverageRow) => boolean) => rows.filter(pred).length;
  const planned =
    content.volume.unit === 'hours' ? totalHours : content.modules.reduce((sum, m) => sum + (m.credits ?? 0), 0);

  return {
    rows,
    functions,
    unattributedHours: round(totalHours - attributed),
    totals: {
      skills: count((r) => r.kind === 'skill'),
      knowledge: count((r) => r.kind === 'knowledge'),
      uncoveredSkills: count((r) => r.kind === 'skill' && r.status === 'uncovered'),
      uncoveredKnowledge: count((r) => r.kind === 'knowledge' && r.status === 'uncovered'),
      theoryOnlySkills: count((r) => r.status === 'theory-only'),
      excepted: count((r) => r.status === 'excepted'),
    },
    volume: { unit: content.volume.unit, declared: content.volume.value, planned },
    unknownLinks,
    blockers: rows.filter((r) => r.status === 'uncovered'),
  };
}

/** Hours to a tenth: a module's share of a function is rarely a whole number. */
const round = (n: number) => Math.round(n * 10) / 10;

function functionHours(
  content: ProgrammeContent,
  cards: readonly Card[],
  known: Map<string, Located>,
  rows: readonly CoverageRow[],
): FunctionHours[] {
  const hours = new Map<string, number>();
  for (const module of content.modules) {
    const perFunction = new Map<string, number>();
    const seen = new Set<string>();
    for (const outcome of module.outcomes)
      for (const itemId of outcome.itemIds) {
        const entry = known.get(itemId);
        if (!entry || seen.has(itemId)) continue;
        seen.add(itemId);
        perFunction.set(entry.labourFunctionId, (perFunction.get(entry.labourFunctionId) ?? 0) + 1);
      }
    const linked = [...perFunction.values()].reduce((a, b) => a + b, 0);
    for (const [fn, n] of perFunction) hours.set(fn, (hours.get(fn) ?? 0) + (moduleHours(module) * n) / linked);
  }
  return cards.flatMap((card) =>
    card.labourFunctions.map((f) => {
      const own = rows.filter((r) => r.labourFunctionId === f.id);
      return {
        labourFunctionId: f.id,
        cardCode: card.code.value,
        cardLevel: card.level.value,
        kk: f.name.kk,
        hours: round(hours.get(f.id) ?? 0),
        items: own.length,
        covered: own.filter((r) => r.status === 'covered' || r.status === 'theory-only').length,
      };
    }),
  );
}
