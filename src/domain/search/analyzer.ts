/**
 * The analyser search uses: documents are stemmed in their own language; a query word may be
 * Kazakh, Russian or English (people type both, and translations are indexed), so each query
 * word stands for its stems in all three. Fuzzy matching compares keys in which Kazakh letters
 * are folded to the Russian-keyboard letters people type instead (ә → а, қ → к…).
 */
import { foldForTrigram, tokenize } from './kazakh-normalize.js';
import { analyze, stemEnglish, stemKazakh, stemRussian } from './kazakh-stemmer.js';
import type { Analyzer } from './search-index.js';

export const kazakhAnalyzer: Analyzer = {
  document: (text, lang) => analyze(text, lang),
  words: (text) => tokenize(text),
  query: (text) => tokenize(text).map((word) => [...new Set([stemKazakh(word), stemRussian(word), stemEnglish(word)])]),
  fuzzyKey: (stem) => foldForTrigram(stem),
};
