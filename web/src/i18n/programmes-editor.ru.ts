/** The programme editor page: modules, outcomes, coverage, history, impact, downloads (ru); spread into ./ru.ts. */
export const programmesEditorRu = {
  'prog.editor.title': 'Программа',
};
