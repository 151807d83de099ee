/** The workbench list, new-draft and import pages and the draft editor (kk); spread into ./kk.ts. */
export const workbenchKk = {
  'wb.title': 'Шеберхана',
};
