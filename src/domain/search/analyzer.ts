/**
 * The analyser search uses: documents are stemmed in their own language; a query word may be
 * Kazakh, Russian or English (people type both, and translations are indexed), so each query
 * word stands for its stems in all three. A Latin-script word may also be Kazakh in the 2021 or
 * 2018 alphabet or in informal ASCII: it stands for the Kazakh stems of its Cyrillic candidates
 * too (../script/latin-to-cyrillic), and is still tried as English (`social worker`). Fuzzy
 * matching compares keys in which Kazakh letters are folded to the Russian-keyboard letters
 * people type instead (ә → а, қ → к…), which is how words typed without Kazakh letters are found.
 */
import { cyrillicCandidates, restoreKazakhLetters } from '../script/latin-to-cyrillic.js';
import { foldForTrigram, tokenize } from './kazakh-normalize.js';
import { analyze, stemEnglish, stemKazakh, stemRussian } from './kazakh-stemmer.js';
import type { Analyzer } from './search-index.js';

/** The stems a query word may stand for, in every language and script; the word's own stems first. */
export function queryVariants(word: string): string[] {
  const variants = [stemKazakh(word), stemRussian(word), stemEnglish(word)];
  for (const candidate of cyrillicCandidates(word)) variants.push(stemKazakh(candidate));
  if (typedWithoutKazakhLetters(word)) variants.push(stemKazakh(restoreKazakhLetters(word)));
  return [...new Set(variants)];
}

/**
 * A Cyrillic word with none of the Kazakh letters (and none that only Russian uses) may be Kazakh
 * typed on a Russian keyboard (кызметкер): its letters put back by vowel harmony are one more
 * reading, which finds the exact stem where the typo matching would only find a near one.
 */
function typedWithoutKazakhLetters(word: string): boolean {
  return /^[а-яё-]+$/.test(word) && !/[әғқңөұүһіщъьёюяцчф]/.test(word);
}

export const kazakhAnalyzer: Analyzer = {
  document: (text, lang) => analyze(text, lang),
  words: (text) => tokenize(text),
  query: (text) => tokenize(text).map(queryVariants),
  fuzzyKey: (stem) => foldForTrigram(stem),
};
