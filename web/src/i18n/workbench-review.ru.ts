/** The draft page's checks, changes and review tabs, the workflow and publishing (ru); spread into ./ru.ts. */
export const workbenchReviewRu = {
  'wbr.title': 'Проект',
};
