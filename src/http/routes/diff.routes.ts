/**
 * GET /api/v1/editions/{a}/diff/{b}: what changed from edition `a` to edition `b`, item by item,
 * with a plain-language summary (kk, ru, en) and the alignment of their items.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { CHANGE_KINDS } from '../../domain/editions/diff.js';
import type { DiffService } from '../../services/diff.service.js';
import type { AppEnv } from '../app-env.js';
import { problemSchema } from '../problem-schema.js';
import { validationHook } from '../validation-hook.js';

const editionId = (name: 'a' | 'b', example: string, description: string) =>
  z
    .string()
    .min(1)
    .max(100)
    .regex(/^[0-9a-z][0-9a-z.-]*$/, 'an edition id is lower-case letters, digits, dots and hyphens')
    .openapi({ param: { name, in: 'path' }, example, description });

const textsSchema = z.object({ kk: z.string(), ru: z.string(), en: z.string() });
const cardKeySchema = z.object({ code: z.string(), level: z.number().int() });

const locationSchema = z
  .object({
    id: z.string(),
    uuid: z.string().optional(),
    kind: z.string(),
    card: cardKeySchema.nullable(),
    path: z.string(),
    parentId: z.string().nullable(),
    lines: z.tuple([z.number().int(), z.number().int()]).nullable(),
    text: z.string().nullable(),
  })
  .openapi('DiffLocation', {
    description:
      'Where the item stands in one edition: its card, its place by position (`f1.t2.s3`), the lines of the official text it (or the changed field) is printed on.',
  });

const changeSchema = z
  .object({
    kind: z.enum(CHANGE_KINDS),
    itemKind: z.string(),
    from: locationSchema.nullable(),
    to: locationSchema.nullable(),
    field: z.string().optional(),
    words: z.array(z.object({ op: z.enum(['same', 'add', 'del']), text: z.string() })).optional(),
    fields: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })).optional(),
    descendants: z.number().int().optional(),
    movedTo: z.enum(['task', 'function', 'card']).optional(),
    message: textsSchema,
  })
  .openapi('EditionChange');

const editionRefSchema = z.object({
  id: z.string(),
  standardId: z.string(),
  status: z.string(),
  order: z.object({ number: z.string(), date: z.string() }),
  supersedes: z.string().nullable(),
});

const diffSchema = z
  .object({
    from: editionRefSchema,
    to: editionRefSchema,
    summary: z.object({ kk: z.array(z.string()), ru: z.array(z.string()), en: z.array(z.string()) }),
    counts: z.record(z.string(), z.number().int()),
    changes: z.array(changeSchema),
    alignment: z.object({
      pairs: z.array(
        z.object({
          kind: z.string(),
          oldId: z.string(),
          newId: z.string(),
          how: z.enum(['id', 'text', 'position']),
          similarity: z.number(),
          oldUuid: z.string().optional(),
          newUuid: z.string().optional(),
        }),
      ),
      added: z.array(z.string()),
      removed: z.array(z.string()),
    }),
  })
  .openapi('EditionDiff', {
    example: {
      from: {
        id: 'order-262-2023-excerpt',
        standardId: 'social-protection-excerpt',
        status: 'superseded',
        order: { number: '262', date: '2023-06-29' },
        supersedes: null,
      },
      to: {
        id: 'order-118-2024-excerpt',
        standardId: 'social-protection-excerpt',
        status: 'in-force',
        order: { number: '118', date: '2024-04-15' },
        supersedes: 'order-262-2023-excerpt',
      },
      summary: {
        kk: [
          'order-118-2024-excerpt редакциясы (2024-04-15 № 118 бұйрық) order-262-2023-excerpt редакциясымен (2023-06-29 № 262 бұйрық) салыстырылды: 19 өзгеріс.',
          '2635-3-001 5-деңгей карточкасына 1 дағды қосылды.',
        ],
        ru: [
          'Редакция order-118-2024-excerpt (приказ № 118 от 2024-04-15) сравнена с редакцией order-262-2023-excerpt (приказ № 262 от 2023-06-29): изменений — 19.',
          'В карточку 2635-3-001 уровня 5 добавлен 1 навык.',
        ],
        en: [
          'Edition order-118-2024-excerpt (order No. 118 of 2024-04-15) compared with order-262-2023-excerpt (order No. 262 of 2023-06-29): 19 changes.',
          '1 skill added to card 2635-3-001 level 5.',
        ],
      },
      counts: {
        metadataChanged: 7,
        added: 1,
        removed: 1,
        reworded: 2,
        moved: 1,
        renumbered: 2,
        levelChanged: 1,
        codeChanged: 1,
        requirementChanged: 1,
        attributesChanged: 2,
      },
      changes: [
        {
          kind: 'added',
          itemKind: 'skill',
          from: null,
          to: {
            id: '2635-3-001.5.f1.t1.s6',
            uuid: 'c3e9d8ad-3b41-5901-9f78-21c4dee6e29b',
            kind: 'skill',
            card: { code: '2635-3-001', level: 5 },
            path: 'f1.t1.s6',
            parentId: '2635-3-001.5.f1.t1',
            lines: [59, 59],
            text: 'Өрт қауіпсіздігі ережелерінің орындалуын қамтамасыз ету',
          },
          message: {
            kk: 'Дағды қосылды — 2635-3-001 5-деңгей карточкасы, 1-еңбек функциясы › 1-міндет › 6-дағды: «Өрт қауіпсіздігі ережелерінің орындалуын қамтамасыз ету»',
            ru: 'Навык добавлен — карточка 2635-3-001, уровень 5, функция 1 › задача 1 › навык 6: «Өрт қауіпсіздігі ережелерінің орындалуын қамтамасыз ету»',
            en: 'Skill added — card 2635-3-001 level 5, function 1 › task 1 › skill 6: «Өрт қауіпсіздігі ережелерінің орындалуын қамтамасыз ету»',
          },
        },
        {
          kind: 'requirementChanged',
          itemKind: 'qualificationRule',
          from: {
            id: '2635-3-001.5.q1',
            uuid: '479d7019-2369-5e79-b5f4-9e96eabc0995',
            kind: 'qualificationRule',
            card: { code: '2635-3-001', level: 5 },
            path: 'g1.q1',
            parentId: '2635-3-001.5.g1',
            lines: [34, 36],
            text: 'Жоғары санатты маман: … жұмыс өтілі кемінде 3 жыл;',
          },
          to: {
            id: '2635-3-001.5.q1',
            uuid: '479d7019-2369-5e79-b5f4-9e96eabc0995',
            kind: 'qualificationRule',
            card: { code: '2635-3-001', level: 5 },
            path: 'g1.q1',
            parentId: '2635-3-001.5.g1',
            lines: [35, 37],
            text: 'Жоғары санатты маман: … жұмыс өтілі кемінде 4 жыл;',
          },
          field: 'text',
          fields: [{ field: 'experience.minYears', from: 3, to: 4 }],
          words: [
            { op: 'same', text: 'Жоғары санатты маман: … жұмыс өтілі кемінде' },
            { op: 'del', text: '3' },
            { op: 'add', text: '4' },
            { op: 'same', text: 'жыл;' },
          ],
          message: {
            kk: 'Біліктілік талабы өзгертілді — 2635-3-001 5-деңгей карточкасы, 1-талаптар тобы › 1-талап: жұмыс өтілі (жыл) 3 → 4',
            ru: 'Квалификационное требование изменено — карточка 2635-3-001, уровень 5, группа требований 1 › требование 1: стаж (лет) 3 → 4',
            en: 'Requirement rule changed — card 2635-3-001 level 5, requirement group 1 › requirement 1: years of experience 3 → 4',
          },
        },
      ],
      alignment: {
        pairs: [
          {
            kind: 'knowledge',
            oldId: '2635-3-001.5.f1.t1.k4',
            newId: '2635-3-001.5.f1.t1.k3',
            how: 'text',
            similarity: 1,
            oldUuid: '97b07f06-cab6-5af7-9c0f-8ee7a379f260',
            newUuid: '4aac66ea-1c20-511b-9146-ebaef75b4f55',
          },
        ],
        added: ['2635-3-001.5.f1.t1.s6'],
        removed: ['2635-3-001.5.f1.t1.k3'],
      },
    },
  });

const diffRoute = createRoute({
  method: 'get',
  path: '/v1/editions/{a}/diff/{b}',
  tags: ['Editions'],
  summary: 'What changed from one edition to another',
  description:
    'Every change from edition `a` to edition `b`: items added and removed, reworded (with a word-level diff of the official Kazakh text), moved to another task, function or card, given a new id; a card’s level or code; a requirement’s category, years or education; the order’s number, dates and status. Each change names the item in both editions (id, UUID, card, place, source lines) and says itself in Kazakh, Russian and English; `summary` groups them in plain language. `alignment` pairs every item of `a` with its counterpart in `b` (matched by id, else by text, else by position), so an item can be followed across editions. `current` names the current edition.',
  request: {
    params: z.object({
      a: editionId('a', 'order-262-2023', 'The earlier edition (or `current`)'),
      b: editionId('b', 'order-262-2023', 'The later edition (or `current`)'),
    }),
  },
  responses: {
    200: {
      description: 'The changes, in the order of the later edition',
      content: { 'application/json': { schema: diffSchema } },
    },
    400: { description: 'Malformed edition id', content: { 'application/problem+json': { schema: problemSchema } } },
    404: { description: 'No such edition', content: { 'application/problem+json': { schema: problemSchema } } },
  },
});

export function diffRoutes(diff: DiffService) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(diffRoute, async (c) => {
    const { a, b } = c.req.valid('param');
    // The diff is built and typed by the domain; its open `fields` values do not fit Hono's JSON typing.
    return c.json((await diff.diff(a, b)) as unknown as z.infer<typeof diffSchema>, 200);
  });
}
