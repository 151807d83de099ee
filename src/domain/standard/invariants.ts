/**
 * Invariants of an edition. Errors make an edition unloadable (the data would be ambiguous to
 * store); warnings are defects of the standard itself that must still load, so the quality
 * checks and the people reading it can see them.
 */
import { type Edition, cardKeyString } from './edition.js';
import { professionCodeSchema } from './schemas.js';

export type InvariantIssue = { severity: 'error' | 'warning'; path: string; message: string };

function collectIds(node: unknown, path: string, seen: Map<string, string>, issues: InvariantIssue[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => {
      collectIds(child, `${path}[${i}]`, seen, issues);
    });
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (typeof record.id === 'string') {
    const first = seen.get(record.id);
    if (first) issues.push({ severity: 'error', path, message: `id "${record.id}" is used twice (first at ${first})` });
    else seen.set(record.id, path);
  }
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'source' && typeof value === 'object') collectIds(value, path ? `${path}.${key}` : key, seen, issues);
  }
}

export function checkInvariants(edition: Edition): InvariantIssue[] {
  const issues: InvariantIssue[] = [];
  const lineCount = edition.sourceText.split('\n').length;
  collectIds({ terms: edition.terms, professions: edition.professions, cards: edition.cards }, '', new Map(), issues);

  const cardKeys = new Set<string>();
  edition.cards.forEach((card, i) => {
    const at = `cards[${i}] (${card.id})`;
    const key = cardKeyString({ code: card.code.value, level: card.level.value });
    if (cardKeys.has(key))
      issues.push({ severity: 'error', path: at, message: `a second card with code and level ${key}` });
    cardKeys.add(key);
    if (!professionCodeSchema.safeParse(card.code.value).success) {
      issues.push({
        severity: 'warning',
        path: at,
        message: `code "${card.code.value}" is not of the form NNNN-N-NNN`,
      });
    }
    if (card.level.value < 1 || card.level.value > 8) {
      issues.push({ severity: 'error', path: at, message: `level ${card.level.value} is outside the framework's 1–8` });
    }
    if (card.source.lines[1] > lineCount) {
      issues.push({
        severity: 'error',
        path: at,
        message: `cites line ${card.source.lines[1]}, past the end of the text`,
      });
    }
    for (const other of card.otherNames) {
      if (other.code && !professionCodeSchema.safeParse(other.code).success) {
        issues.push({ severity: 'warning', path: `${at}.otherNames`, message: `code "${other.code}" is malformed` });
      }
    }
    if (card.labourFunctions.length === 0)
      issues.push({ severity: 'warning', path: at, message: 'no labour functions' });
    card.labourFunctions.forEach((fn, f) => {
      if (fn.tasks.length === 0) {
        issues.push({
          severity: 'warning',
          path: `${at}.labourFunctions[${f}]`,
          message: 'a labour function without tasks',
        });
      }
      const functionWide = (fn.skills?.length ?? 0) + (fn.knowledge?.length ?? 0);
      fn.tasks.forEach((task, t) => {
        if (task.skills.length + task.knowledge.length + functionWide === 0) {
          issues.push({
            severity: 'warning',
            path: `${at}.labourFunctions[${f}].tasks[${t}]`,
            message: 'a task without skills or knowledge',
          });
        }
      });
    });
    for (const link of card.links) {
      if (
        link.card &&
        !edition.cards.some((c) => c.code.value === link.card?.code && c.level.value === link.card?.level)
      ) {
        issues.push({
          severity: 'warning',
          path: `${at}.links`,
          message: `link "${link.kk}" points to ${cardKeyString(link.card)}, which has no card`,
        });
      }
    }
  });
  edition.professions.forEach((profession, i) => {
    for (const ref of profession.cards) {
      if (!cardKeys.has(cardKeyString(ref))) {
        issues.push({
          severity: 'error',
          path: `professions[${i}]`,
          message: `profession "${profession.name.kk}" names card ${cardKeyString(ref)}, which is not in the edition`,
        });
      }
    }
  });
  return issues;
}
