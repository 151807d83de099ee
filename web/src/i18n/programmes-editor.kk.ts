/** The programme editor page: modules, outcomes, coverage, history, impact, downloads (kk); spread into ./kk.ts. */
export const programmesEditorKk = {
  'prog.editor.title': 'Бағдарлама',
};
