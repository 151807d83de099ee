/** The draft page's checks, changes and review tabs, the workflow and publishing (kk); spread into ./kk.ts. */
export const workbenchReviewKk = {
  'wbr.title': 'Жоба',
};
