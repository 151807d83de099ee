/**
 * What an attestation produces on paper and in a calendar: the commission's protocol (the data;
 * the PDF is written by the HTTP layer) and the attestation dates as calendar events.
 */
import { z } from 'zod';
import { displayOf } from '../../domain/shared/localize.js';
import type { Lang } from '../../domain/shared/localize.js';
import { AppError } from '../../domain/shared/errors.js';
import { findAttestation, findCommission } from '../../storage/repositories/attestation.repository.js';
import { findStaff } from '../../storage/repositories/staff.repository.js';
import { byOrg, orgParam, requireOrg } from '../accounts/org-scope.js';
import { uuidSchema } from '../accounts/schemas.js';
import { langSchema } from '../analysis/schemas/common.js';
import { defineOperation } from '../operations/operation.js';
import { attestationCalendar, calendarSchema } from './attestation-calendar.js';
import { type Cards, missing } from './hr-context.js';

/** The order the protocol cites as its basis, in the protocol's language. */
const BASIS: Record<Lang, string> = {
  kk: 'Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2023 жылғы 8 маусымдағы № 210 бұйрығы (әлеуметтік қызметкерлерді аттестаттаудан өткізу қағидалары)',
  ru: 'Приказ Министра труда и социальной защиты населения Республики Казахстан от 8 июня 2023 года № 210 (правила проведения аттестации социальных работников)',
  en: 'Order No. 210 of the Minister of Labour and Social Protection of the Republic of Kazakhstan of 8 June 2023 (rules of attestation of social workers)',
};

const protocolSchema = z.object({
  lang: langSchema,
  org: z.object({ name: z.string() }),
  number: z.string(),
  date: z.string(),
  person: z.object({
    fullName: z.string(),
    personnelNo: z.string(),
    position: z.string(),
    card: z.object({ code: z.string(), level: z.number(), name: z.string() }),
  }),
  commission: z.object({ chair: z.string(), members: z.array(z.string()), secretary: z.string().optional() }),
  stages: z.object({
    testing: z
      .object({ score: z.number(), max: z.number(), passed: z.boolean(), date: z.string().optional() })
      .optional(),
    interview: z
      .object({ date: z.string().optional(), notes: z.string().optional(), passed: z.boolean().optional() })
      .optional(),
  }),
  decision: z.object({
    outcome: z.enum(['assigned', 'confirmed', 'not-passed']),
    category: z.enum(['higher', 'first', 'second', 'none']).nullable(),
    validUntil: z.string().nullable(),
    reason: z.string(),
  }),
  appeal: z.object({ filedOn: z.string(), text: z.string(), outcome: z.string().optional() }).optional(),
  basis: z.string(),
});

export function attestationDocumentOperations(cards: Cards) {
  const protocol = defineOperation({
    name: 'attestation.protocol',
    summary: 'The commission’s protocol of a decided attestation (PDF in kk, ru or en)',
    input: orgParam.extend({ attestationId: uuidSchema, lang: langSchema.default('kk') }),
    output: protocolSchema,
    action: 'staff.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const org = await requireOrg(ctx.db, input.orgId);
      const a = await findAttestation(ctx.db, input.orgId, input.attestationId);
      if (!a) throw missing();
      if (!a.decision || a.stage !== 'decided')
        throw new AppError('conflict', 'The protocol is written once the commission has decided.');
      const [staff, commission, book] = await Promise.all([
        findStaff(ctx.db, input.orgId, a.staffId),
        a.commissionId ? findCommission(ctx.db, input.orgId, a.commissionId) : undefined,
        cards(ctx.db),
      ]);
      if (!staff || !commission) throw missing();
      const { position } = staff.record;
      const card = book.find(position.cardCode, position.level);
      const cardName = card ? displayOf(card.name, input.lang).text : position.cardCode;
      return {
        lang: input.lang,
        org: { name: org.name },
        number: a.protocolNo ?? a.id.slice(0, 8),
        date: a.decision.date,
        person: {
          fullName: staff.record.fullName,
          personnelNo: staff.record.personnelNo,
          position: position.title ?? cardName,
          card: { code: position.cardCode, level: position.level, name: cardName },
        },
        commission: {
          chair: commission.chair,
          members: commission.members,
          ...(commission.secretary ? { secretary: commission.secretary } : {}),
        },
        stages: {
          ...(a.testing
            ? {
                testing: { score: a.testing.score, max: a.testing.max, passed: a.testing.passed, date: a.testing.date },
              }
            : {}),
          ...(a.interview
            ? {
                interview: {
                  date: a.interview.date,
                  passed: a.interview.passed,
                  ...(a.interview.notes ? { notes: a.interview.notes } : {}),
                },
              }
            : {}),
        },
        decision: {
          outcome: a.decision.outcome,
          category: a.decision.category,
          validUntil: a.decision.validUntil,
          reason: a.decision.reason,
        },
        ...(a.appeal
          ? {
              appeal: {
                filedOn: a.appeal.filedOn,
                text: a.appeal.text,
                ...(a.appeal.outcome !== 'pending' ? { outcome: a.appeal.outcomeNote ?? a.appeal.outcome } : {}),
              },
            }
          : {}),
        basis: BASIS[input.lang],
      };
    },
  });

  const calendar = defineOperation({
    name: 'attestation.calendar',
    summary: 'Attestation dates as calendar events (an .ics file for the HR officer’s calendar)',
    input: orgParam.extend({ lang: langSchema.default('kk') }),
    output: calendarSchema,
    action: 'staff.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const org = await requireOrg(ctx.db, input.orgId);
      return attestationCalendar(ctx.db, org, input.lang, ctx.now);
    },
  });

  return { protocol, calendar };
}
