/**
 * The Kazakh stemmer measured on outside data: 8,778 tokens with hand-checked lemmas from the
 * apertium-kaz treebank (../shared/eval/kk-treebank/dev.tsv; CC BY-SA 4.0, read in place, never
 * copied into the repository — see its README), per part of speech:
 *
 * - conflation recall: the share of tokens whose stem equals the stem of their lemma;
 * - over-stemming: the share of distinct lemmas whose stem equals another lemma's stem; and the
 *   same with verb lemmas entered in their -у form (`жолдау`, not the bare stem `жолда`, which
 *   reads as `жол` + locative), the entries a search index meets. Both are printed.
 *
 * Verbs are scored twice: against the annotation's bare verb stem (`оқы`) and against the Kazakh
 * dictionary form in -у (`оқу`), which is what a user types and what the standard's texts use;
 * and once more without voice forms (passive, cooperative, causative, reflexive), which the
 * treebank folds into the root verb while a search engine may keep them apart (`оқыту` ≠ `оқу`),
 * and without voice forms or negation (`бермеу` ≠ `беру`, kept apart on purpose as well).
 *
 * Baselines are measured the same way: no stemming, truncation to 4, 5 and 6 letters, and
 * Debian's hunspell-kk (`hunspell -d kk_KZ -s`) when it is installed.
 *
 *   node --import tsx bench/stemmer-treebank.ts [--file path/to/dev.tsv] [--show N]
 *
 * `--show N` prints N verb and N noun misses of the Kasip stemmer; `--merged N` prints which
 * rules merge distinct lemmas (every rule that cut a merged lemma, with how many lemmas and N
 * examples each), the list to tighten rules by. Results go to bench/results/stemmer-treebank-latest.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { explainKazakhStem, stemKazakh } from '../src/domain/search/kazakh-stemmer.js';
import { normalizeKazakh } from '../src/domain/search/kazakh-normalize.js';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const DEFAULT_FILE = path.resolve(ROOT, '../shared/eval/kk-treebank/dev.tsv');

type Token = { form: string; lemma: string; upos: string; feats: string[] };
type Stemmer = { name: string; stem: (word: string) => string };

const VOICE = new Set(['pass', 'coop', 'caus', 'refl']);

function readTokens(file: string): Token[] {
  const [header, ...rows] = readFileSync(file, 'utf8').trim().split('\n');
  const cols = (header ?? '').split('\t');
  const at = (name: string) => cols.indexOf(name);
  return rows.map((row) => {
    const cells = row.split('\t');
    return {
      form: cells[at('form')] ?? '',
      lemma: cells[at('lemma')] ?? '',
      upos: cells[at('upos')] ?? '',
      feats: (cells[at('feats')] ?? '').split('|'),
    };
  });
}

/** The word as the search index sees it before stemming (lower case, Kazakh letters normalised). */
const normal = (word: string): string => normalizeKazakh(word.toLowerCase());

/**
 * The dictionary form of a verb: its verbal noun in -у. A stem in -ы/-і drops it (оқы → оқу,
 * тері → теру), a stem in -й becomes -ю (қой → қою), a stem in п қ к voices it before the vowel
 * (тап → табу, шық → шығу, ек → егу), any other takes -у (бол → болу, қолда → қолдау).
 * (Until 2026-12-07 the voicing was missing, so `шық` was scored against a non-word `шықу`.)
 */
export function dictionaryForm(verbStem: string): string {
  const last = verbStem.slice(-1);
  const stem = verbStem.slice(0, -1);
  if (last === 'ы' || last === 'і') return `${stem}у`;
  if (last === 'й') return `${stem}ю`;
  const voiced = ({ п: 'б', қ: 'ғ', к: 'г' } as Record<string, string>)[last];
  if (voiced) return `${stem}${voiced}у`;
  return `${verbStem}у`;
}

function hunspellStemmer(words: readonly string[]): Stemmer | undefined {
  const probe = spawnSync('hunspell', ['-d', 'kk_KZ', '-s'], { input: 'жыл\n', encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return undefined;
  const run = spawnSync('hunspell', ['-d', 'kk_KZ', '-s'], {
    input: `${words.join('\n')}\n`,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const stems = new Map<string, string>();
  // `-s` prints "word stem" per analysis (the first is kept) and the bare word when unknown.
  for (const line of run.stdout.split('\n')) {
    const [word, stem] = line.trim().split(/\s+/);
    if (word && !stems.has(word)) stems.set(word, stem ?? word);
  }
  return { name: 'hunspell-kk', stem: (w) => stems.get(w) ?? w };
}

type Scores = {
  tokens: number;
  recall: number;
  /** Verbs only: recall against the dictionary form in -у. */
  recallDictionary?: number;
  lemmas: number;
  merged: number;
  /**
   * Lemmas merged when every verb lemma is entered in its dictionary form in -у (`жолдау`, not
   * the bare stem `жолда`, which reads as `жол` + locative): the entries a search index meets.
   * Reported beside `merged`, never instead of it.
   */
  mergedDictionary: number;
};

/** The lemma as the annotation gives it (verbs as bare stems). */
const lemmaOf = (t: Token): string => normal(t.lemma);
/** The lemma as a dictionary lists it: verbs in -у. */
const entryOf = (t: Token): string => (t.upos === 'VERB' ? dictionaryForm(normal(t.lemma)) : normal(t.lemma));

/**
 * Over-stemming: the share of this group's distinct lemmas whose stem some other lemma (of any
 * part of speech) also has.
 */
function mergedShare(
  tokens: readonly Token[],
  all: readonly Token[],
  s: (w: string) => string,
  key: (t: Token) => string,
): number {
  const byStem = new Map<string, Set<string>>();
  for (const lemma of new Set(all.map(key))) {
    const stem = s(lemma);
    const set = byStem.get(stem) ?? new Set<string>();
    set.add(lemma);
    byStem.set(stem, set);
  }
  const own = new Set(tokens.map(key));
  let merged = 0;
  for (const lemma of own) if ((byStem.get(s(lemma))?.size ?? 0) > 1) merged++;
  return Math.round((merged / Math.max(1, own.size)) * 1000) / 10;
}

function measure(tokens: readonly Token[], stemmer: Stemmer, all: readonly Token[], verbs: boolean): Scores {
  const s = (w: string) => stemmer.stem(normal(w));
  let hits = 0;
  let dictHits = 0;
  for (const t of tokens) {
    const form = s(t.form);
    if (form === s(t.lemma)) hits++;
    if (verbs && form === s(dictionaryForm(normal(t.lemma)))) dictHits++;
  }
  const pct = (n: number) => Math.round((n / Math.max(1, tokens.length)) * 1000) / 10;
  return {
    tokens: tokens.length,
    recall: pct(hits),
    ...(verbs ? { recallDictionary: pct(dictHits) } : {}),
    lemmas: new Set(tokens.map(lemmaOf)).size,
    merged: mergedShare(tokens, all, s, lemmaOf),
    mergedDictionary: mergedShare(tokens, all, s, entryOf),
  };
}

/**
 * Which rules merge distinct lemmas (annotation lemmas, all parts of speech): lemmas are grouped
 * by their Kasip stem, and every rule that cut a lemma of a group of two or more is charged with
 * that lemma (a lemma the stemmer left whole, `жол` beside `жолда`, is charged to nobody).
 */
function printMergedByRule(lemmas: readonly string[], examples: number): void {
  const byStem = new Map<string, { lemma: string; rules: string[] }[]>();
  for (const lemma of lemmas) {
    const { stem, rules } = explainKazakhStem(lemma);
    byStem.set(stem, [...(byStem.get(stem) ?? []), { lemma, rules }]);
  }
  const byRule = new Map<string, string[]>();
  let merged = 0;
  for (const [stem, group] of byStem) {
    if (group.length < 2) continue;
    merged += group.length;
    for (const { lemma, rules } of group) {
      for (const rule of new Set(rules)) {
        const others = group.filter((g) => g.lemma !== lemma).map((g) => g.lemma);
        byRule.set(rule, [...(byRule.get(rule) ?? []), `${lemma}→${stem} (${others.join(', ')})`]);
      }
    }
  }
  process.stdout.write(
    `\nLemmas merged with another lemma: ${merged} of ${lemmas.length}; by the rules that cut them:\n`,
  );
  for (const [rule, cut] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
    process.stdout.write(`  ${rule}: ${cut.length}   ${cut.slice(0, examples).join('; ')}\n`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { file: { type: 'string' }, show: { type: 'string' }, merged: { type: 'string' } },
  });
  const file = values.file ?? process.env.KASIP_TREEBANK ?? DEFAULT_FILE;
  if (!existsSync(file)) {
    process.stderr.write(`No treebank at ${file}: give --file (see the README of ../shared/eval/kk-treebank).\n`);
    process.exit(2);
  }
  const tokens = readTokens(file);
  const allLemmas = new Set(tokens.map((t) => normal(t.lemma)));
  const words = [...new Set(tokens.flatMap((t) => [normal(t.form), normal(t.lemma), dictionaryForm(normal(t.lemma))]))];
  const stemmers: Stemmer[] = [
    { name: 'none', stem: (w) => w },
    { name: 'truncate-4', stem: (w) => w.slice(0, 4) },
    { name: 'truncate-5', stem: (w) => w.slice(0, 5) },
    { name: 'truncate-6', stem: (w) => w.slice(0, 6) },
    { name: 'kasip', stem: stemKazakh },
  ];
  const hunspell = hunspellStemmer(words);
  if (hunspell) stemmers.push(hunspell);
  else
    process.stderr.write('hunspell-kk is not installed (apt-get install hunspell hunspell-kk): its row is left out.\n');

  const groups: [string, Token[], boolean][] = [
    ['NOUN', tokens.filter((t) => t.upos === 'NOUN'), false],
    ['VERB', tokens.filter((t) => t.upos === 'VERB'), true],
    ['VERB without voice forms', tokens.filter((t) => t.upos === 'VERB' && !t.feats.some((f) => VOICE.has(f))), true],
    // Negation is kept apart on purpose too (бермеу ≠ беру, docs/decisions/0003): what that costs.
    [
      'VERB without voice forms or negation',
      tokens.filter((t) => t.upos === 'VERB' && !t.feats.some((f) => VOICE.has(f) || f === 'neg')),
      true,
    ],
    ['ADJ', tokens.filter((t) => t.upos === 'ADJ'), false],
    ['PROPN', tokens.filter((t) => t.upos === 'PROPN'), false],
    ['all', tokens, false],
  ];
  const results: Record<string, Record<string, Scores>> = {};
  for (const stemmer of stemmers) {
    results[stemmer.name] = {};
    for (const [name, group, verbs] of groups) {
      (results[stemmer.name] as Record<string, Scores>)[name] = measure(group, stemmer, tokens, verbs);
    }
  }

  process.stdout.write(`Treebank: ${file} (${tokens.length} tokens, ${allLemmas.size} distinct lemmas)\n\n`);
  process.stdout.write(
    '| stemmer | part of speech | tokens | recall % | verbs vs -у form % | lemmas merged % | merged, verbs in -у % |\n',
  );
  process.stdout.write('|---|---|---:|---:|---:|---:|---:|\n');
  for (const [stemmer, byGroup] of Object.entries(results)) {
    for (const [group, s] of Object.entries(byGroup)) {
      process.stdout.write(
        `| ${stemmer} | ${group} | ${s.tokens} | ${s.recall} | ${s.recallDictionary ?? ''} | ${s.merged} | ${s.mergedDictionary} |\n`,
      );
    }
  }

  const show = Number(values.show ?? 0);
  if (show > 0) {
    for (const [name, group, verbs] of groups.slice(0, 2)) {
      const misses = group.filter((t) => {
        const form = stemKazakh(normal(t.form));
        const target = verbs ? stemKazakh(dictionaryForm(normal(t.lemma))) : stemKazakh(normal(t.lemma));
        return form !== target;
      });
      process.stdout.write(`\n${name}: ${misses.length} misses; the first ${show}:\n`);
      for (const t of misses.slice(0, show)) {
        const target = verbs ? dictionaryForm(normal(t.lemma)) : normal(t.lemma);
        process.stdout.write(
          `  ${t.form} → ${stemKazakh(normal(t.form))}   ${target} → ${stemKazakh(target)}   [${t.feats.join('|')}]\n`,
        );
      }
    }
  }

  const mergedExamples = Number(values.merged ?? 0);
  if (mergedExamples > 0) printMergedByRule([...allLemmas], mergedExamples);

  const out = path.join(ROOT, 'bench/results');
  await mkdir(out, { recursive: true });
  await writeFile(
    path.join(out, 'stemmer-treebank-latest.json'),
    `${JSON.stringify({ file: path.basename(file), tokens: tokens.length, results }, null, 2)}\n`,
  );
}

await main();
