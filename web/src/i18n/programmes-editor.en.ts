/** The programme editor page: modules, outcomes, coverage, history, impact, downloads (en); spread into ./en.ts. */
export const programmesEditorEn = {
  'prog.editor.title': 'Programme',
};
