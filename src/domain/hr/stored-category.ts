/**
 * A person's category as HR keeps it: the engine's answer for their position's card on a day,
 * stored with its explanation, the edition it was computed on and a fingerprint of the card's
 * requirement rules. When a newer edition is current, the fingerprint tells whether that edition
 * changes the rules the answer rests on (the answer is then marked affected) or only other text.
 */
import { type CategoryResult, determineCategory } from '../qualification/category.js';
import type { Card } from '../standard/schemas.js';
import { type StaffRecord, engineInput } from './staff-record.js';

export type CategoryStatus = 'assigned' | 'not-met' | 'no-requirements' | 'no-card';

export type ComputedCategory = {
  status: CategoryStatus;
  category: CategoryResult['category'];
  result: CategoryResult | null;
  rulesHash: string;
};

/** JSON with sorted keys, so the same rules always give the same text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** FNV-1a over the rules' text: a change detector, not a security hash (the domain does no IO or crypto). */
export function rulesHash(card: Card | undefined): string {
  if (!card) return 'no-card';
  let h = 0x811c9dc5;
  const text = stableJson({ qualification: card.qualification, education: card.educationLevel });
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function computeCategory(record: StaffRecord, card: Card | undefined, asOf: string): ComputedCategory {
  if (!card) return { status: 'no-card', category: null, result: null, rulesHash: rulesHash(card) };
  const result = determineCategory(card, engineInput(record, asOf));
  const noRules = result.explanation.checked.length === 0;
  return {
    status: noRules ? 'no-requirements' : result.eligible ? 'assigned' : 'not-met',
    category: result.category,
    result,
    rulesHash: rulesHash(card),
  };
}

/**
 * Whether a stored answer still holds: `current`; `edition-changed` (a newer edition, same rules:
 * the answer stands); `rules-changed` or `card-removed` (the newer edition affects it);
 * `position-changed` (the record now points at another card).
 */
export type Staleness = 'current' | 'edition-changed' | 'rules-changed' | 'card-removed' | 'position-changed';

export function staleness(
  stored: { editionId: string; rulesHash: string; cardCode: string; cardLevel: number },
  record: StaffRecord,
  current: { editionId: string; card: Card | undefined },
): Staleness {
  if (stored.cardCode !== record.position.cardCode || stored.cardLevel !== record.position.level)
    return 'position-changed';
  if (stored.editionId === current.editionId) return 'current';
  if (!current.card) return 'card-removed';
  return rulesHash(current.card) === stored.rulesHash ? 'edition-changed' : 'rules-changed';
}
