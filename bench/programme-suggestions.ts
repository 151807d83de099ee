/**
 * The link suggestions measured on the hand-written evaluation set
 * (test/fixtures/programmes/suggestion-eval.yaml): precision and recall, micro and per outcome,
 * per language and half (dev = even positions, test = odd), for the chosen tuning and for other
 * thresholds beside it.
 *
 *   node --import tsx bench/programme-suggestions.ts [--tune] [--show]
 *
 * `--tune` searches the tuning grid on the DEV half only and prints the best settings by micro
 * F0.5 (precision counts twice as much as recall: every wrong suggestion is one the designer
 * must reject by hand). `--show` prints each outcome's suggestions beside its gold items.
 * Results go to bench/results/programme-suggestions-latest.json.
 *
 * The independent set (test/fixtures/programmes/suggestion-eval-independent.yaml: colleges' own
 * phrasing, outcomes of general modules that match no item) is measured after, with the chosen
 * tuning only, and printed separately: it is never tuned on, so `--tune` does not read it.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  type EvalRow,
  type Scores,
  evalSetSchema,
  runEval,
  score,
  scoreBy,
} from '../src/domain/programmes/suggest-eval.js';
import { DEFAULT_TUNING, type SuggestTuning } from '../src/domain/programmes/suggest.js';
import type { Card } from '../src/domain/standard/schemas.js';
import { readEdition } from '../src/importer/read-edition.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { tune: { type: 'boolean' }, show: { type: 'boolean' } } });

const edition = await readEdition(path.join(ROOT, 'data/standards/social-protection/editions/order-262-2023'));
const cards = new Map<string, Card>(edition.cards.map((c) => [`${c.code.value}/${c.level.value}`, c]));
const set = evalSetSchema.parse(
  parse(readFileSync(path.join(ROOT, 'test/fixtures/programmes/suggestion-eval.yaml'), 'utf8')),
);
const find = (key: string) => cards.get(key);

const pct = (n: number) => `${(n * 100).toFixed(0).padStart(3)}%`;
const f = (s: Scores, beta = 0.5) => {
  const p = s.microPrecision;
  const r = s.microRecall;
  return p + r === 0 ? 0 : ((1 + beta ** 2) * p * r) / (beta ** 2 * p + r);
};
const line = (label: string, s: Scores) =>
  `${label.padEnd(10)} n=${String(s.outcomes).padStart(2)}  P ${pct(s.microPrecision)}  R ${pct(s.microRecall)}  per outcome P ${pct(s.outcomePrecision)} R ${pct(s.outcomeRecall)}  first right ${pct(s.firstRight)}  none ${s.empty}  (${s.correct}/${s.suggested} right, ${s.gold} gold)`;

if (args.tune) {
  const grid: SuggestTuning[] = [];
  // The cap stays at eight: most outcomes of this set have one gold item, so a cap of one
  // would win here and fit the set, not curricula whose outcomes develop several items.
  for (const threshold of [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5])
    for (const relative of [0, 0.5, 0.6, 0.7, 0.8, 0.9])
      for (const max of [8])
        for (const contextWeight of [0, 0.15, 0.3])
          for (const prefixWeight of [0, 0.5])
            for (const criteriaWeight of [0.3, 0.6])
              for (const coverage of [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3])
                grid.push({ threshold, relative, max, contextWeight, prefixWeight, criteriaWeight, coverage });
  const ranked = grid
    .map((tuning) => {
      const dev = runEval(set.outcomes, find, tuning).filter((r) => r.split === 'dev');
      return { tuning, dev: score(dev) };
    })
    // On a tie the stricter coverage ranks first: the dev half has no outcome that matches no
    // item, so it can only show what coverage costs, never what it saves (the independent set's
    // general-module outcomes, which it is for, are not tuned on).
    .sort((a, b) => f(b.dev) - f(a.dev) || b.tuning.coverage - a.tuning.coverage);
  console.log('Best settings on the dev half (micro F0.5):');
  for (const { tuning, dev } of ranked.slice(0, 10))
    console.log(`F0.5 ${f(dev).toFixed(3)}`, JSON.stringify(tuning), line('dev', dev));
}

const report = (tuning: SuggestTuning) => {
  const rows = runEval(set.outcomes, find, tuning);
  return { tuning, scores: scoreBy(rows), rows };
};

const chosen = report(DEFAULT_TUNING);
console.log(`\nChosen tuning ${JSON.stringify(DEFAULT_TUNING)}`);
for (const key of ['kk/dev', 'kk/test', 'ru/dev', 'ru/test', 'all/dev', 'all/test'])
  console.log(line(key, chosen.scores[key] as Scores));

console.log('\nOther thresholds (the rest of the tuning as chosen):');
const others = [0.1, 0.2, 0.3, 0.4, 0.5].map((threshold) => report({ ...DEFAULT_TUNING, threshold }));
for (const other of others) {
  console.log(`threshold ${other.tuning.threshold}`);
  for (const key of ['kk/dev', 'kk/test', 'ru/dev', 'ru/test'])
    console.log(`  ${line(key, other.scores[key] as Scores)}`);
}

if (args.show) {
  for (const row of chosen.rows) {
    const o = set.outcomes[row.position];
    const mark = (id: string) => (row.gold.includes(id) ? `${id}✓` : id);
    console.log(
      `\n[${row.position} ${row.split} ${row.lang}] ${o?.text}\n  gold: ${row.gold.join(', ')}\n  got:  ${row.suggested.map(mark).join(', ') || '—'}`,
    );
  }
}

// The independent set: an outcome of a general module has an empty gold list, so the schema
// here allows one; its suggestions are all false and count against precision.
const independentSchema = z
  .object({ outcomes: z.array(evalSetSchema.shape.outcomes.element.extend({ gold: z.array(z.string().min(1)) })) })
  .strict();
const independent = independentSchema.parse(
  parse(readFileSync(path.join(ROOT, 'test/fixtures/programmes/suggestion-eval-independent.yaml'), 'utf8')),
);
const independentRows = runEval(independent.outcomes, find, DEFAULT_TUNING);
const independentScores = (rows: EvalRow[]) => {
  const matching = rows.filter((r) => r.gold.length > 0);
  const noMatch = rows.filter((r) => r.gold.length === 0);
  return {
    // Over every suggestion, those on no-match outcomes included.
    all: score(rows),
    // Recall, per-outcome figures and "no suggestion" over the outcomes that do develop an item.
    matching: score(matching),
    noMatch: {
      outcomes: noMatch.length,
      withSuggestion: noMatch.filter((r) => r.suggested.length > 0).length,
      falseSuggestions: noMatch.reduce((n, r) => n + r.suggested.length, 0),
    },
  };
};
const independentByLang = Object.fromEntries(
  (['kk', 'ru'] as const).map((lang) => [lang, independentScores(independentRows.filter((r) => r.lang === lang))]),
);
console.log('\nIndependent set, not tuned on (suggestion-eval-independent.yaml), chosen tuning:');
for (const [lang, s] of Object.entries(independentByLang)) {
  const m = s.matching;
  console.log(
    `${lang.padEnd(3)} outcomes ${s.all.outcomes} (${m.outcomes} with gold)  P ${pct(s.all.microPrecision)} (${s.all.correct}/${s.all.suggested})  R ${pct(m.microRecall)} (${m.correct}/${m.gold})  per outcome P ${pct(m.outcomePrecision)} R ${pct(m.outcomeRecall)}  first right ${pct(m.firstRight)}  no suggestion ${m.empty}/${m.outcomes} (${pct(m.empty / Math.max(1, m.outcomes))})  no-match outcomes suggested ${s.noMatch.withSuggestion}/${s.noMatch.outcomes} (${s.noMatch.falseSuggestions} false)`,
  );
}
if (args.show) {
  for (const row of independentRows) {
    const o = independent.outcomes[row.position];
    const mark = (id: string) => (row.gold.includes(id) ? `${id}✓` : id);
    console.log(
      `\n[independent ${row.position} ${row.lang}] ${o?.text}\n  gold: ${row.gold.join(', ') || '— (no item)'}\n  got:  ${row.suggested.map(mark).join(', ') || '—'}`,
    );
  }
}

await mkdir(path.join(ROOT, 'bench/results'), { recursive: true });
await writeFile(
  path.join(ROOT, 'bench/results/programme-suggestions-latest.json'),
  `${JSON.stringify({ date: new Date().toISOString(), chosen: { tuning: chosen.tuning, scores: chosen.scores }, others: others.map((o) => ({ tuning: o.tuning, scores: o.scores })), independent: independentByLang }, null, 2)}\n`,
);
