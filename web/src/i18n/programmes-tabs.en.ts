/** The programme page's coverage, history and impact tabs, its actions and downloads (en); spread into ./en.ts. */
export const programmesTabsEn = {
  'prog.coverage.title': 'Coverage matrix',
};
