/**
 * The documents of an edition's search index: one per card (its name and other names), per
 * profession, labour function, task, skill, knowledge item and term.
 */
import type { SearchDocument } from '../../domain/search/search-index.js';
import type { Executor } from './edition.repository.js';

type Text = { kk?: string; ru?: string; en?: string };

function fieldsOf(name: boolean, ...texts: (Text | undefined)[]): SearchDocument['fields'] {
  const out: SearchDocument['fields'] = [];
  for (const t of texts) {
    if (!t) continue;
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const text = t[lang];
      if (text) out.push({ text, lang, name });
    }
  }
  return out;
}

/** Kinds whose own text is a name (of a card, a function, a task…) rather than a statement. */
const NAMED_KINDS = new Set(['card', 'profession', 'labourFunction', 'task', 'term']);

export async function searchDocuments(ex: Executor, editionId: string): Promise<SearchDocument[]> {
  const rows = await ex
    .selectFrom('item')
    .select(['id', 'kind', 'parent_id', 'card_code', 'card_level', 'text_kk', 'text_ru', 'text_en', 'data'])
    .where('edition_id', '=', editionId)
    .where('deprecated', '=', false)
    .where('kind', 'in', ['card', 'otherName', 'profession', 'labourFunction', 'task', 'skill', 'knowledge', 'term'])
    .orderBy('id')
    .execute();
  const otherNames = new Map<string, Text[]>();
  for (const r of rows) {
    if (r.kind !== 'otherName' || !r.parent_id) continue;
    const list = otherNames.get(r.parent_id) ?? [];
    list.push({ kk: r.text_kk ?? undefined, ru: r.text_ru ?? undefined, en: r.text_en ?? undefined });
    otherNames.set(r.parent_id, list);
  }
  const docs: SearchDocument[] = [];
  for (const r of rows) {
    if (r.kind === 'otherName' || !r.text_kk) continue;
    const own: Text = { kk: r.text_kk, ru: r.text_ru ?? undefined, en: r.text_en ?? undefined };
    const card = r.card_code !== null && r.card_level !== null ? { code: r.card_code, level: r.card_level } : null;
    const fields = [
      ...fieldsOf(NAMED_KINDS.has(r.kind), own),
      ...(r.kind === 'card' ? fieldsOf(true, ...(otherNames.get(r.id) ?? [])) : []),
      ...(r.kind === 'term' ? fieldsOf(false, r.data.definition as Text) : []),
    ];
    docs.push({ id: r.id, type: r.kind as SearchDocument['type'], card, text: r.text_kk, fields });
  }
  return docs;
}
