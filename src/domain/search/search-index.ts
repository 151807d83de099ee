/**
 * An in-memory search index over one edition's items. Documents are analysed into stems (the
 * analyser is injected: Kazakh, Russian and English stemming live in ./analyzer); a query
 * matches a stem exactly, or a similar stem (trigrams) to tolerate typos. Names weigh more than
 * body text, and a hit that matches every query word outranks one that matches some.
 */
import { trigramSimilarity, trigrams } from './trigram.js';

export const HIT_TYPES = ['card', 'profession', 'labourFunction', 'task', 'skill', 'knowledge', 'term'] as const;
export type HitType = (typeof HIT_TYPES)[number];

export type SearchDocument = {
  id: string;
  type: HitType;
  card: { code: string; level: number } | null;
  /** The text shown in the hit (official Kazakh). */
  text: string;
  /** Every text of the item, each with its language: official text, translations, a definition. */
  fields: { text: string; lang: 'kk' | 'ru' | 'en' }[];
};

export type Analyzer = {
  /** Stems of a document text in a known language. */
  document: (text: string, lang: 'kk' | 'ru' | 'en') => string[];
  /** Variants of each query word (a word may be Kazakh, Russian or English): one list per word. */
  query: (text: string) => string[][];
  /** The form of a stem compared by trigrams (e.g. with keyboard look-alikes folded). */
  fuzzyKey: (stem: string) => string;
};

export type SearchHit = {
  type: HitType;
  id: string;
  card: { code: string; level: number } | null;
  text: string;
  score: number;
  matched: string[];
};

/** Names weigh more than body text. */
const TYPE_WEIGHT: Record<HitType, number> = {
  card: 1,
  profession: 0.95,
  labourFunction: 0.85,
  task: 0.8,
  term: 0.8,
  skill: 0.65,
  knowledge: 0.6,
};

const FUZZY_MIN = 0.45;

type Indexed = { doc: SearchDocument; stems: Set<string> };

export class SearchIndex {
  private readonly docs: Indexed[];
  /** stem → indexes of the documents that contain it */
  private readonly postings = new Map<string, number[]>();
  private readonly vocabulary: { stem: string; grams: Set<string> }[] = [];
  private readonly analyzer: Analyzer;

  constructor(documents: readonly SearchDocument[], analyzer: Analyzer) {
    this.analyzer = analyzer;
    this.docs = documents.map((doc) => ({
      doc,
      stems: new Set(doc.fields.flatMap((f) => analyzer.document(f.text, f.lang))),
    }));
    this.docs.forEach(({ stems }, i) => {
      for (const stem of stems) {
        const list = this.postings.get(stem);
        if (list) list.push(i);
        else this.postings.set(stem, [i]);
      }
    });
    for (const stem of this.postings.keys()) this.vocabulary.push({ stem, grams: trigrams(analyzer.fuzzyKey(stem)) });
  }

  get size(): number {
    return this.docs.length;
  }

  /** Index stems close to a query stem, with how close (1 = the same). */
  private expand(variants: string[]): Map<string, number> {
    const out = new Map<string, number>();
    for (const variant of variants) {
      if (this.postings.has(variant)) out.set(variant, 1);
      const grams = trigrams(this.analyzer.fuzzyKey(variant));
      // Short stems match too much by trigrams; only their exact form counts.
      if (variant.length < 4) continue;
      for (const { stem, grams: other } of this.vocabulary) {
        const s = trigramSimilarity(grams, other);
        if (s >= FUZZY_MIN && s > (out.get(stem) ?? 0)) out.set(stem, s);
      }
    }
    return out;
  }

  search(query: string, opts: { limit: number; types?: readonly HitType[] }): SearchHit[] {
    const words = this.analyzer.query(query).filter((v) => v.length > 0);
    if (words.length === 0) return [];
    const perWord = words.map((variants) => this.expand(variants));
    const scores = new Map<number, { sum: number; matched: number; stems: string[] }>();
    perWord.forEach((stems) => {
      const best = new Map<number, { score: number; stem: string }>();
      for (const [stem, similarity] of stems) {
        for (const i of this.postings.get(stem) ?? []) {
          const current = best.get(i);
          if (!current || similarity > current.score) best.set(i, { score: similarity, stem });
        }
      }
      for (const [i, { score, stem }] of best) {
        const s = scores.get(i) ?? { sum: 0, matched: 0, stems: [] };
        s.sum += score;
        s.matched += 1;
        s.stems.push(stem);
        scores.set(i, s);
      }
    });
    const hits: SearchHit[] = [];
    for (const [i, s] of scores) {
      const { doc, stems } = this.docs[i] as Indexed;
      if (opts.types && !opts.types.includes(doc.type)) continue;
      const coverage = s.matched / words.length;
      // A short text that is mostly the query (a name) beats a long one that mentions it.
      const focus = Math.min(1, (words.length + 2) / (stems.size + 2));
      const score = (s.sum / words.length) * coverage * TYPE_WEIGHT[doc.type] * (0.75 + 0.25 * focus);
      hits.push({
        type: doc.type,
        id: doc.id,
        card: doc.card,
        text: doc.text,
        score: Math.round(score * 1e4) / 1e4,
        matched: s.stems,
      });
    }
    return hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, opts.limit);
  }
}
