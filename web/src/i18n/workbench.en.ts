/** The workbench list, new-draft and import pages and the draft editor (en); spread into ./en.ts. */
export const workbenchEn = {
  'wb.title': 'Workbench',
};
