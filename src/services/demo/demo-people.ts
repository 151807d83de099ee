/**
 * The demo's organisation and people. Every name says DEMO and every email is at example.com (a
 * domain reserved for examples, so no mail ever reaches anyone). The assessor's password is
 * printed by `kasip demo load` and written in the README: it guards nothing but demo data, and a
 * newcomer needs it to sign in and look around.
 */

export const DEMO_ORG = { name: 'Демо бағалау орталығы (DEMO)', kind: 'assessment-centre' } as const;

export const DEMO_ASSESSOR = {
  email: 'demo.assessor@example.com',
  displayName: 'Демо бағалаушы (DEMO)',
  password: 'kasip-demo-assessor',
  roles: ['org-admin', 'assessor'] as ('org-admin' | 'assessor')[],
} as const;

/**
 * Three clearly fictional candidates. `answers` says how each takes the online test: 'right'
 * answers every question by its key, 'wrong' gives a wrong answer to every one; `criteriaMet`
 * whether the assessor marks every checklist criterion met or only the non-critical ones.
 */
export const DEMO_CANDIDATES = [
  { fullName: 'Айгүл Демоқызы (DEMO)', email: 'demo.candidate1@example.com', answers: 'right', criteriaMet: 'all' },
  { fullName: 'Ерлан Үлгіұлы (DEMO)', email: 'demo.candidate2@example.com', answers: 'right', criteriaMet: 'all' },
  {
    fullName: 'Сәуле Сынақова (DEMO)',
    email: 'demo.candidate3@example.com',
    answers: 'wrong',
    criteriaMet: 'non-critical',
  },
] as const;

export type DemoCandidate = (typeof DEMO_CANDIDATES)[number];

/** The commission that decides (fictional people, marked DEMO). */
export const DEMO_COMMISSION = [
  { name: 'Демо Төраға (DEMO)', role: 'Комиссия төрағасы' },
  { name: 'Демо Мүше (DEMO)', role: 'Комиссия мүшесі' },
  { name: 'Демо Хатшы (DEMO)', role: 'Комиссия хатшысы' },
];

export const DEMO_SESSION = {
  title: 'Әлеуметтік жұмыс жөніндегі маман, 5-деңгей — демо сессия (DEMO)',
  place: 'Демо бағалау орталығы, 1-аудитория (DEMO)',
};

export const DEMO_REVOCATION_REASON = 'DEMO: a revoked certificate, to show how revocation looks';
