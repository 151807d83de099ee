/** Assessment (sessions) wordsru; spread into ./ru.ts. */
export const assessSessionsRu = {} as const;
