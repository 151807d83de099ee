/**
 * An organisation's attestation dates as calendar events: each scheduled meeting, and each
 * person's due date until a meeting is set. Shared by the signed-in download and the feed a
 * calendar application subscribes to.
 */
import { z } from 'zod';
import type { Lang } from '../../domain/shared/localize.js';
import { attestationsOf } from '../../storage/repositories/attestation.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { allStaff } from '../../storage/repositories/staff.repository.js';
import { lastDecisions, policyOf, todayOf, windowOf } from './hr-context.js';

const eventSchema = z.object({
  uid: z.string(),
  date: z.string(),
  summary: z.string(),
  description: z.string().optional(),
});
export const calendarSchema = z.object({ name: z.string(), events: z.array(eventSchema) });

const CALENDAR_TEXT: Record<Lang, { name: string; scheduled: string; due: string; overdue: string }> = {
  kk: {
    name: 'Аттестаттау',
    scheduled: 'Аттестаттау',
    due: 'Аттестаттау мерзімі',
    overdue: 'Аттестаттау мерзімі өтіп кетті',
  },
  ru: { name: 'Аттестация', scheduled: 'Аттестация', due: 'Срок аттестации', overdue: 'Срок аттестации пропущен' },
  en: { name: 'Attestation', scheduled: 'Attestation', due: 'Attestation due', overdue: 'Attestation overdue' },
};

export async function attestationCalendar(
  db: Executor,
  org: { id: string; name: string },
  lang: Lang,
  now: Date,
): Promise<z.infer<typeof calendarSchema>> {
  const today = todayOf(now);
  const [staff, policy, attestations] = await Promise.all([
    allStaff(db, org.id),
    policyOf(db, org.id),
    attestationsOf(db, org.id),
  ]);
  const text = CALENDAR_TEXT[lang];
  const last = lastDecisions(attestations);
  const byId = new Map(staff.map((s) => [s.id, s]));
  const events: z.infer<typeof eventSchema>[] = [];
  const scheduled = new Set<string>();
  for (const a of attestations) {
    if (a.stage === 'decided' || a.stage === 'cancelled') continue;
    const person = byId.get(a.staffId);
    if (!person) continue;
    scheduled.add(a.staffId);
    events.push({
      uid: `attestation-${a.id}@kasip`,
      date: a.scheduledOn,
      summary: `${text.scheduled}: ${person.record.fullName}`,
      description: `${person.record.personnelNo} · ${person.record.position.cardCode}/${person.record.position.level}`,
    });
  }
  for (const person of staff) {
    if (scheduled.has(person.id)) continue;
    const window = windowOf(person, last.get(person.id), policy, today);
    if (window.status === 'on-leave') continue;
    events.push({
      uid: `due-${person.id}@kasip`,
      date: window.due,
      summary: `${window.status === 'overdue' ? text.overdue : text.due}: ${person.record.fullName}`,
      description: `${person.record.personnelNo} · ${person.record.position.cardCode}/${person.record.position.level}`,
    });
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { name: `${text.name} — ${org.name}`, events };
}
