/**
 * Prints the worked examples of docs/qualification.md: for every card, people chosen from the
 * card's own rules (just enough for each rule, and one short of it), with the engine's answer.
 * test/data/qualification-doc.test.ts re-computes every row, so the document cannot drift.
 */
import { determineCategory } from '../src/domain/qualification/category.js';
import type { Person } from '../src/domain/qualification/person.js';
import { readEdition } from '../src/importer/read-edition.js';

const edition = await readEdition('data/standards/social-protection/editions/order-262-2023');
const fmt = (p: Person) =>
  `${p.education.level}/${p.education.field}${p.education.certificate ? `+${p.education.certificate}` : ''}; ${p.experience.map((e) => `${e.category}:${e.years}`).join(', ') || '—'}`;
for (const card of [...edition.cards].sort((a, b) => a.id.localeCompare(b.id))) {
  const people: Person[] = [];
  for (const group of card.qualification.groups) {
    for (const rule of group.rules) {
      const alt = rule.education[0];
      if (!alt) continue;
      const fields = alt.fields === 'relevant' ? card.educationLevel.fields : alt.fields;
      const education = {
        level: alt.minLevel,
        field: fields?.[0] ?? 'social',
        ...(alt.certificate ? { certificate: alt.certificate } : {}),
      } as Person['education'];
      const years = rule.experience?.minYears ?? 0;
      const category = rule.experience?.inCategory ?? 'none';
      people.push({ education, experience: years ? [{ category, years }] : [] });
      if (years) people.push({ education, experience: [{ category, years: years - 0.5 }] });
    }
  }
  if (people.length === 0)
    people.push({ education: { level: 'higher', field: 'social' }, experience: [{ category: 'none', years: 5 }] });
  for (const person of people) {
    const r = determineCategory(card, person);
    const missing = r.next
      ? r.next.missing
          .map((m) =>
            m.kind === 'experience' ? `${m.missingYears} y${m.inCategory ? ` in ${m.inCategory}` : ''}` : m.kind,
          )
          .join('; ')
      : '—';
    console.log(
      `| ${card.code.value}/${card.level.value} | ${fmt(person)} | ${r.eligible ? 'yes' : 'no'} | ${r.category ?? '—'} | ${r.group ?? '—'} | ${r.explanation.matched?.id ?? '—'} | ${r.next ? `${r.next.category ?? 'eligible'}: ${missing}` : '—'} |`,
    );
  }
}
