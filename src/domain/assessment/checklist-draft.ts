/**
 * Checklist criteria drafted from a card's skill statements, for assessors to edit. A skill is
 * often several clauses in one statement ("…анықтау; …жоспарлау"): each clause becomes one
 * criterion, phrased as what the assessor observes the candidate do, with the clause quoted in
 * the official wording exactly as printed (only the separator between clauses is dropped: the
 * clause's own words, letters and case are never changed). Pure.
 */
import type { Criterion } from './instruments.js';

export type SkillText = { id: string; kk: string };
export type ChecklistLang = 'kk' | 'ru';

/** What the assessor observes, around the quoted clause. */
const FRAME: Record<ChecklistLang, (clause: string) => string> = {
  kk: (clause) => `Үміткер орындайтыны бақыланады: «${clause}»`,
  ru: (clause) => `Наблюдается, что кандидат выполняет: «${clause}»`,
};

/**
 * The clauses of one statement: split where the official text separates them (a semicolon, or
 * a full stop that ends a sentence), trimmed, with the separator itself dropped. Abbreviations
 * like "т.б." stay whole because a sentence end needs a space and a capital after the stop.
 */
export function clausesOf(statement: string): string[] {
  return statement
    .split(/;|\n|\.(?=\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])/u)
    .map((c) =>
      c
        .trim()
        .replace(/[;.]+$/u, '')
        .trim(),
    )
    .filter((c) => /[\p{L}\p{N}]/u.test(c));
}

/** Criteria ids are c1, c2, …; the texts are at most 1000 characters (a longer clause is quoted in full up to that). */
export function draftChecklist(skills: readonly SkillText[], lang: ChecklistLang = 'kk'): Criterion[] {
  const out: Criterion[] = [];
  for (const skill of skills)
    for (const clause of clausesOf(skill.kk)) {
      if (out.length >= 40) return out;
      const text = FRAME[lang](clause);
      out.push({
        id: `c${out.length + 1}`,
        text: text.length <= 1000 ? text : `${text.slice(0, 999)}…`,
        critical: false,
      });
    }
  return out;
}
