/** Assessment (instruments) wordsru; spread into ./ru.ts. */
export const assessInstrumentsRu = {} as const;
