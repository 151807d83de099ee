/** The workbench list, new-draft and import pages and the draft editor (ru); spread into ./ru.ts. */
export const workbenchRu = {
  'wb.title': 'Мастерская',
};
