/** The programme page's coverage, history and impact tabs, its actions and downloads (kk); spread into ./kk.ts. */
export const programmesTabsKk = {
  'prog.coverage.title': 'Қамту матрицасы',
};
