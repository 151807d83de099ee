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
 * Three clearly fictional candidates, and how each does. `rightAnswer(n)` says whether the n-th
 * question of their test (in the order drawn) is answered by its key or wrongly; `criteriaMet`
 * whether the assessor marks every checklist criterion met or only the non-critical ones;
 * `designed` is the outcome this makes under the demo specification (theory 60 %, practice 70 %,
 * a critical criterion missed fails), which the load checks against the results.
 */
export const DEMO_CANDIDATES = [
  {
    fullName: 'Айгүл Демоқызы (DEMO)',
    email: 'demo.candidate1@example.com',
    rightAnswer: (_n: number) => true, // 21 of 21
    criteriaMet: 'all',
    designed: 'passed',
  },
  {
    fullName: 'Ерлан Үлгіұлы (DEMO)',
    email: 'demo.candidate2@example.com',
    rightAnswer: (n: number) => n % 6 !== 5, // 18 of 21, about 86 %
    criteriaMet: 'all',
    designed: 'passed',
  },
  {
    fullName: 'Сәуле Сынақова (DEMO)',
    email: 'demo.candidate3@example.com',
    rightAnswer: (n: number) => n % 3 === 0, // 7 of 21, about 33 %
    criteriaMet: 'non-critical',
    designed: 'failed',
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
