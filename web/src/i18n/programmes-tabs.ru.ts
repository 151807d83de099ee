/** The programme page's coverage, history and impact tabs, its actions and downloads (ru); spread into ./ru.ts. */
export const programmesTabsRu = {
  'prog.coverage.title': 'Матрица покрытия',
};
