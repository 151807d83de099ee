/**
 * Transcription aid: validates data files of an edition and runs the fidelity and coverage
 * checks on them, file by file, without a database. Usage:
 *   node --import tsx scripts/check-data.ts [edition-folder] [--file cards/x.yaml]
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { cardSchema, editionSchema, professionsFileSchema, termsFileSchema } from '../src/domain/standard/schemas.js';
import { checkText, citedRanges, collectSourcedTexts, uncoveredLines } from '../src/domain/standard/fidelity.js';

const args = process.argv.slice(2);
const folder =
  args.find((a) => !a.startsWith('--') && !a.endsWith('.yaml')) ??
  'data/standards/social-protection/editions/order-262-2023';
const only = args.filter((a) => a.endsWith('.yaml'));
const lines = (await readFile(path.join(folder, 'source.kk.txt'), 'utf8')).split('\n');
const files = only.length ? only : [];
let problems = 0;
for (const file of files) {
  const raw = parse(await readFile(file, 'utf8'));
  const base = path.basename(file);
  const schema =
    base === 'edition.yaml'
      ? editionSchema
      : base === 'terms.yaml'
        ? termsFileSchema
        : base === 'professions.yaml'
          ? professionsFileSchema
          : cardSchema;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const i of parsed.error.issues) console.log(`${file}: schema ${i.path.join('.')}: ${i.message}`);
    problems += parsed.error.issues.length;
    continue;
  }
  const texts = collectSourcedTexts(parsed.data);
  for (const t of texts) {
    for (const f of checkText(lines, t)) {
      problems++;
      console.log(`${file}: ${f.path} [${f.lines.join('-')}]: ${f.problem}\n    text: ${f.text.slice(0, 160)}`);
    }
  }
  if (schema === cardSchema) {
    const card = parsed.data as { source: { lines: [number, number] }; labels: [number, number][] };
    const covered = [...citedRanges({ ...card, source: undefined }), ...card.labels];
    const missing = uncoveredLines(lines, card.source.lines, covered);
    if (missing.length) {
      problems += missing.length;
      console.log(
        `${file}: ${missing.length} lines of the card are not covered by any item or label: ${missing.join(', ')}`,
      );
    }
  }
  console.log(`${file}: ${texts.length} texts checked`);
}
console.log(problems === 0 ? 'OK: no problems' : `${problems} problems`);
process.exit(problems === 0 ? 0 : 1);
