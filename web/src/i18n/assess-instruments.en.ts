/** Assessment (instruments) wordsen; spread into ./en.ts. */
export const assessInstrumentsEn = {} as const;
