/** The programme designer: list, new programme, editor, coverage matrix, import, exports (ru); spread into ./ru.ts. */
export const programmesRu = {
  'prog.title': 'Программы',
};
