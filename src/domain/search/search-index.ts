/**
 * An in-memory search index over one edition's items. Documents are analysed into stems (the
 * analyser is injected: Kazakh, Russian and English stemming live in ./analyzer); a query
 * matches a stem exactly, or a similar stem (trigrams) to tolerate typos. Names weigh more than
 * body text, and a hit that matches every query word outranks one that matches some. Query words
 * are weighed by their rarity in the edition (BM25's IDF), so in «паллиативтік көмек» the one
 * skill about palliative care beats the many texts that only mention help.
 */
import type { Lang } from '../shared/messages/lang.js';
import { TrigramIndex, trigrams } from './trigram.js';

export const HIT_TYPES = ['card', 'profession', 'labourFunction', 'task', 'skill', 'knowledge', 'term'] as const;
export type HitType = (typeof HIT_TYPES)[number];

export type SearchDocument = {
  id: string;
  type: HitType;
  card: { code: string; level: number } | null;
  /** The text shown in the hit (official Kazakh). */
  text: string;
  /** Every text of the item, each with its language: official text, translations, a definition.
   * `name` marks the texts that name the item (a card's name and other names, a term) as
   * opposed to body text (a term's definition). */
  fields: { text: string; lang: Lang; name?: boolean }[];
};

export type Analyzer = {
  /** Stems of a document text in a known language. */
  document: (text: string, lang: Lang) => string[];
  /** The normalised words of a text, before stemming (typos are matched against these too). */
  words: (text: string) => string[];
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
/** Words whose stems are kept for highlighting: far more than an edition's vocabulary in three
 * languages (Order 262: about 9,000), so the bound only matters for texts outside the index. */
const MAX_KEPT_WORDS = 100_000;
/** Query words whose close stems are kept: the words people search for repeat far more often
 * than whole queries do, and finding a word's close stems by trigrams is a third of a ranking. */
const MAX_KEPT_EXPANSIONS = 20_000;
/** A query that is exactly one of an item's names outranks items that merely contain its words. */
const EXACT_NAME_BONUS = 1.3;

type Indexed = { doc: SearchDocument; stems: Set<string>; names: Set<string>[] };

export class SearchIndex {
  private readonly docs: Indexed[];
  /** stem → indexes of the documents that contain it */
  private readonly postings = new Map<string, number[]>();
  private readonly vocabulary = new TrigramIndex<string>();
  /** Surface words of the documents with the stems they gave: a typo that defeats the stemmer
   * ("сотталғандрмен") is still close to a word as written. */
  private readonly surfaceVocabulary = new TrigramIndex<Set<string>>();
  private readonly analyzer: Analyzer;
  /** `lang:word` → its stems. Hits are highlighted on every request; stemming their words again
   * each time was about two thirds of a search's CPU. */
  private readonly keptWordStems = new Map<string, string[]>();
  /** A query word with its variants → its close stems (`expand`); the index never changes. */
  private readonly keptExpansions = new Map<string, ReadonlyMap<string, number>>();

  constructor(documents: readonly SearchDocument[], analyzer: Analyzer) {
    this.analyzer = analyzer;
    const surface = new Map<string, Set<string>>();
    this.docs = documents.map((doc) => {
      const stems = new Set<string>();
      const names: Set<string>[] = [];
      for (const field of doc.fields) {
        const fieldStems = analyzer.document(field.text, field.lang);
        for (const stem of fieldStems) stems.add(stem);
        if (field.name) names.push(new Set(fieldStems));
        analyzer.words(field.text).forEach((word, k) => {
          const stem = fieldStems[k];
          if (stem === undefined || word.length < 4) return;
          const known = surface.get(word) ?? new Set<string>();
          known.add(stem);
          surface.set(word, known);
        });
      }
      return { doc, stems, names };
    });
    for (const [word, wordStems] of surface) {
      this.surfaceVocabulary.add(wordStems, trigrams(analyzer.fuzzyKey(word)));
    }
    this.docs.forEach(({ stems }, i) => {
      for (const stem of stems) {
        const list = this.postings.get(stem);
        if (list) list.push(i);
        else this.postings.set(stem, [i]);
      }
    });
    for (const stem of this.postings.keys()) this.vocabulary.add(stem, trigrams(analyzer.fuzzyKey(stem)));
  }

  get size(): number {
    return this.docs.length;
  }

  /** The stems of one word of a text in `lang`, as the analyser gives them, kept once known. */
  stemsOfWord(word: string, lang: Lang): string[] {
    const key = `${lang}:${word}`;
    const kept = this.keptWordStems.get(key);
    if (kept) return kept;
    const stems = this.analyzer.document(word, lang);
    if (this.keptWordStems.size < MAX_KEPT_WORDS) this.keptWordStems.set(key, stems);
    return stems;
  }

  /** `expand`, kept per word and variants while there is room. */
  private expandKept(word: string, variants: string[]): ReadonlyMap<string, number> {
    const key = `${word}\u0000${variants.join('\u0001')}`;
    const kept = this.keptExpansions.get(key);
    if (kept) return kept;
    const expanded = this.expand(word, variants);
    if (this.keptExpansions.size < MAX_KEPT_EXPANSIONS) this.keptExpansions.set(key, expanded);
    return expanded;
  }

  /** Index stems close to a query word (its stems, or the word as typed), with how close (1 = the same). */
  private expand(word: string, variants: string[]): Map<string, number> {
    const out = new Map<string, number>();
    if (word.length >= 4) {
      const grams = trigrams(this.analyzer.fuzzyKey(word));
      for (const { value: stems, similarity: s } of this.surfaceVocabulary.similar(grams, FUZZY_MIN)) {
        for (const stem of stems) if (s > (out.get(stem) ?? 0)) out.set(stem, Math.min(s, 0.99));
      }
    }
    for (const variant of variants) {
      if (this.postings.has(variant)) out.set(variant, 1);
      const grams = trigrams(this.analyzer.fuzzyKey(variant));
      // Short stems match too much by trigrams; only their exact form counts.
      if (variant.length < 4) continue;
      for (const { value: stem, similarity: s } of this.vocabulary.similar(grams, FUZZY_MIN)) {
        if (s > (out.get(stem) ?? 0)) out.set(stem, s);
      }
    }
    return out;
  }

  /**
   * How much a query word counts: its BM25 inverse document frequency over the edition, so a
   * rare word ("паллиативтік") outweighs a common one ("көмек") in a query of both. The word's
   * document frequency is soft: a document it matches only fuzzily counts by its similarity, so
   * a typo is weighed like the word it stands for.
   */
  private weightOf(matches: ReadonlyMap<number, { score: number }>): number {
    let df = 0;
    for (const { score } of matches.values()) df += score;
    const n = this.docs.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  search(query: string, opts: { limit: number; types?: readonly HitType[] }): SearchHit[] {
    const typed = this.analyzer.words(query);
    const words = this.analyzer.query(query).filter((v) => v.length > 0);
    if (words.length === 0) return [];
    const perWord = words.map((variants, k) => this.expandKept(typed[k] ?? '', variants));
    /** Per document: weighted similarity, weighted share of the query matched, stems, exact stems. */
    const scores = new Map<number, { sum: number; matched: number; stems: string[]; exact: Set<string> }>();
    // Each query word's best match in each document, then the word's weight from how many it matches.
    const matchesPerWord = perWord.map((stems) => {
      // Stems as good as the best are all kept: a word whose Kazakh and Russian stems both match
      // (a loanword) is then marked in the translation as well as in the official text.
      const best = new Map<number, { score: number; stems: string[] }>();
      for (const [stem, similarity] of stems) {
        for (const i of this.postings.get(stem) ?? []) {
          const current = best.get(i);
          if (!current || similarity > current.score) best.set(i, { score: similarity, stems: [stem] });
          else if (similarity === current.score) current.stems.push(stem);
        }
      }
      return best;
    });
    const weights = matchesPerWord.map((best) => this.weightOf(best));
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    matchesPerWord.forEach((best, k) => {
      const weight = (weights[k] ?? 0) / totalWeight;
      for (const [i, { score, stems }] of best) {
        const s = scores.get(i) ?? { sum: 0, matched: 0, stems: [], exact: new Set<string>() };
        s.sum += score * weight;
        s.matched += weight;
        s.stems.push(...stems);
        if (score === 1) s.exact.add(stems[0] as string);
        scores.set(i, s);
      }
    });
    const hits: SearchHit[] = [];
    for (const [i, s] of scores) {
      const { doc, stems, names } = this.docs[i] as Indexed;
      if (opts.types && !opts.types.includes(doc.type)) continue;
      // Both are shares of the query's weight: rare words found count for more than common ones.
      const coverage = s.matched;
      // A short text that is mostly the query (a name) beats a long one that mentions it.
      const focus = Math.min(1, (words.length + 2) / (stems.size + 2));
      const exactName =
        s.exact.size === words.length &&
        names.some((n) => n.size === s.exact.size && [...n].every((stem) => s.exact.has(stem)));
      const score =
        s.sum * coverage * TYPE_WEIGHT[doc.type] * (0.75 + 0.25 * focus) * (exactName ? EXACT_NAME_BONUS : 1);
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
