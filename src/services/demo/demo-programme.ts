/**
 * The demo's education provider: «Demo college», its programme designer (who joins through an
 * invitation like anyone else), and one TVET programme on card 3412-0-008 level 4, marked demo
 * and final, so every programme page and export has something to show. Built through the same
 * operations a designer uses: proposed from the card, hours filled in, a general module and a
 * practice module added, one knowledge item left to the employer with a written exception, then
 * created (by the operator, the only one who marks content demo) and finalised by the designer.
 * Idempotent: when the designer already exists, the college and its demo programme are looked up
 * and nothing is made twice.
 */
import type { ProgrammeContent } from '../../domain/programmes/programme.js';
import { findUserByEmail } from '../../storage/repositories/account.repository.js';
import type { Services } from '../index.js';
import type { Credentials } from '../operations/authenticate.js';
import type { DemoRunner } from './load-demo.js';

export const DEMO_COLLEGE = { name: 'Demo college', kind: 'education-provider' } as const;

export const DEMO_DESIGNER = {
  email: 'demo.designer@example.com',
  displayName: 'Демо әдіскер (DEMO)',
  password: 'kasip-demo-designer',
  roles: ['programme-designer'] as 'programme-designer'[],
} as const;

export const DEMO_PROGRAMME_CARD = { code: '3412-0-008', level: 4 } as const;

export type DemoProgrammeResult = {
  orgId: string;
  orgName: string;
  programmeId: string;
  title: string;
  card: { code: string; level: number };
  designer: { email: string; password: string; displayName: string };
  /** The programme's page in the web app, and its DOCX. */
  open: { programmeUrl: string; docxUrl: string };
};

/** Hours for the proposal's professional modules: theory, then practice (workshops). */
const HOURS: { theory: number; practice: number }[] = [
  { theory: 96, practice: 48 },
  { theory: 72, practice: 48 },
  { theory: 72, practice: 36 },
  { theory: 48, practice: 24 },
];

/** The designer's edits to the proposal: hours, a general module, a practice module, one exception. */
export function designDemoProgramme(proposed: ProgrammeContent): ProgrammeContent {
  const professional = proposed.modules.map((m, i) => ({
    ...m,
    hours: HOURS[i % HOURS.length] ?? { theory: 48, practice: 24 },
  }));
  const skills = professional.flatMap((m) => m.outcomes.flatMap((o) => o.itemIds.filter((id) => /\.s\d+$/.test(id))));
  // The last knowledge item of the last module: taught at the employer's, which the exception says.
  const last = professional
    .at(-1)
    ?.outcomes.at(-1)
    ?.itemIds.filter((id) => /\.k\d+$/.test(id))
    .at(-1);
  const modules = professional.map((m) => ({
    ...m,
    outcomes: m.outcomes.map((o) => ({ ...o, itemIds: o.itemIds.filter((id) => id !== last) })),
  }));
  const content: ProgrammeContent = {
    ...proposed,
    title: 'Әлеуметтік қызметкер: модульдік білім беру бағдарламасы (DEMO)',
    modules: [
      {
        id: 'g1',
        code: 'ЖБМ 01',
        name: 'Кәсіби қазақ тілі және іскерлік қарым-қатынас',
        kind: 'general',
        hours: { theory: 48, practice: 24 },
        credits: null,
        outcomes: [
          {
            id: 'g1-o1',
            text: 'Кәсіби құжаттарды мемлекеттік тілде сауатты рәсімдейді',
            itemIds: [],
            criteria: [{ id: 'g1-o1-c1', text: 'Өтініш пен анықтаманы үлгіге сай жазады' }],
            method: 'written',
            suggestions: [],
          },
        ],
      },
      ...modules,
      {
        id: 'p1',
        code: 'КП 01',
        name: 'Өндірістік практика (әлеуметтік қызмет көрсету ұйымында)',
        kind: 'practice',
        hours: { theory: 0, practice: 288 },
        credits: null,
        outcomes: [
          {
            id: 'p1-o1',
            text: 'Әлеуметтік қызметтерді нақты клиенттерге тәлімгердің бақылауымен көрсетеді',
            itemIds: [...new Set(skills)],
            criteria: [
              { id: 'p1-o1-c1', text: 'Клиенттің қажеттілігін бағалап, жеке жоспар құрады' },
              { id: 'p1-o1-c2', text: 'Көрсетілген қызметтерді құжатта тіркейді' },
            ],
            method: 'observation',
            suggestions: [],
          },
        ],
      },
    ],
    exceptions: last ? [{ itemId: last, reason: 'Жұмыс беруші ұйымда тағылымдама кезінде оқытылады (DEMO).' }] : [],
  };
  const hours = content.modules.reduce((sum, m) => sum + m.hours.theory + m.hours.practice, 0);
  return { ...content, volume: { unit: 'hours', value: hours } };
}

function resultOf(publicUrl: string, orgId: string, programmeId: string, title: string): DemoProgrammeResult {
  return {
    orgId,
    orgName: DEMO_COLLEGE.name,
    programmeId,
    title,
    card: DEMO_PROGRAMME_CARD,
    designer: { email: DEMO_DESIGNER.email, password: DEMO_DESIGNER.password, displayName: DEMO_DESIGNER.displayName },
    open: {
      programmeUrl: `${publicUrl}/orgs/${orgId}/programmes/${programmeId}`,
      docxUrl: `${publicUrl}/api/v1/orgs/${orgId}/programmes/${programmeId}/programme.docx`,
    },
  };
}

/** The college already loaded: found through the designer's own view. */
async function existing(services: Services, run: DemoRunner): Promise<DemoProgrammeResult | undefined> {
  if (!(await findUserByEmail(services.database.db, DEMO_DESIGNER.email))) return undefined;
  const login = await run(
    'sign in as the designer',
    services.ops.auth.login,
    {
      email: DEMO_DESIGNER.email,
      password: DEMO_DESIGNER.password,
    },
    {},
  );
  if (login.outcome !== 'signed-in') return undefined;
  const designer: Credentials = { session: login.session.secret, csrf: login.csrfToken };
  const { orgs } = await run('list the designer’s organisations', services.ops.orgs.list, {}, designer);
  const college = orgs.find((o) => o.name === DEMO_COLLEGE.name);
  if (!college) return undefined;
  const { programmes } = await run(
    'list the college’s programmes',
    services.ops.programmes.list,
    { orgId: college.id },
    designer,
  );
  const demo = programmes.find((p) => p.demo);
  return demo ? resultOf(services.accounts.publicUrl, college.id, demo.id, demo.title) : undefined;
}

export async function loadDemoProgramme(
  services: Services,
  run: DemoRunner,
  operator: Credentials,
): Promise<DemoProgrammeResult> {
  const found = await existing(services, run);
  if (found) return found;
  const { ops } = services;
  const org = await run('create the college', ops.orgs.create, DEMO_COLLEGE, operator);
  const invitation = await run(
    'invite the programme designer',
    ops.orgs.invite,
    { orgId: org.id, email: DEMO_DESIGNER.email, roles: DEMO_DESIGNER.roles },
    operator,
  );
  const joined = await run(
    'the designer accepts the invitation',
    ops.orgs.acceptInvitation,
    {
      token: invitation.link.slice(invitation.link.lastIndexOf('/') + 1),
      displayName: DEMO_DESIGNER.displayName,
      password: DEMO_DESIGNER.password,
      consent: true,
    },
    {},
  );
  const designer: Credentials = { session: joined.session.secret, csrf: joined.csrfToken };
  const proposed = await run(
    'propose the programme from the card',
    ops.programmes.propose,
    {
      orgId: org.id,
      card: DEMO_PROGRAMME_CARD.code,
      level: DEMO_PROGRAMME_CARD.level,
      type: 'tvet-modular',
      lang: 'kk',
    },
    designer,
  );
  const created = await run(
    'create the demo programme',
    ops.programmes.create,
    { orgId: org.id, content: designDemoProgramme(proposed), demo: true },
    operator,
  );
  const final = await run(
    'mark the programme final',
    ops.programmes.finalise,
    { orgId: org.id, programmeId: created.id, version: created.version },
    designer,
  );
  return resultOf(services.accounts.publicUrl, org.id, final.id, final.content.title);
}
