/**
 * A text filter that matches in any script, for short texts such as card names (the cards
 * page's filter): every word of the query must occur in one of the texts, compared after the
 * same normalisation as search (kazakh-normalize.ts) with Kazakh letters folded to the ones a
 * Russian keyboard offers (қ → к, ә → а…; э → а too, since people type э for ә), so
 * «элеуметтик кызметкер» finds «Әлеуметтік қызметкер». A Latin word also stands for its
 * Cyrillic readings (2021, 2018 and informal alphabets: ../script/latin-to-cyrillic.ts) and
 * for itself, so `aleumettik`, `äleumettık` and `social` all work. Pure.
 */
import { cyrillicCandidates } from '../script/latin-to-cyrillic.js';
import { foldForTrigram, normalizeKazakh } from './kazakh-normalize.js';

/** Queries longer than this are cut: a filter box holds a few words. */
const MAX_QUERY = 200;

/** The key texts and query words are compared by: the typo matching's folded key, with э read as ә too. */
export function keyboardKey(text: string): string {
  return foldForTrigram(text).replace(/э/g, 'а');
}

/**
 * A predicate over a list of texts (names in kk, ru, en, a code): true when every query word,
 * in one of its readings, occurs in one of them. An empty query matches everything.
 */
export function anyScriptMatcher(query: string): (texts: readonly (string | null | undefined)[]) => boolean {
  const words = normalizeKazakh(query.slice(0, MAX_QUERY))
    .split(' ')
    .filter((w) => w !== '');
  const readings = words.map((word) => [...new Set([word, ...cyrillicCandidates(word)].map(keyboardKey))]);
  return (texts) => {
    const keys = texts.filter((t): t is string => typeof t === 'string' && t !== '').map(keyboardKey);
    return readings.every((options) => options.some((option) => keys.some((key) => key.includes(option))));
  };
}
