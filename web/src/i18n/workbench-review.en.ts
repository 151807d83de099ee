/** The draft page's checks, changes and review tabs, the workflow and publishing (en); spread into ./en.ts. */
export const workbenchReviewEn = {
  'wbr.title': 'Draft',
};
