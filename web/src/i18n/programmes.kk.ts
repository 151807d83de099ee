/** The programme designer: list, new programme, editor, coverage matrix, import, exports (kk); spread into ./kk.ts. */
export const programmesKk = {
  'prog.title': 'Бағдарламалар',
};
