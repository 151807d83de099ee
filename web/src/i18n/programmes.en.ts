/** The programme designer: list, new programme, editor, coverage matrix, import, exports (en); spread into ./en.ts. */
export const programmesEn = {
  'prog.title': 'Programmes',
};
