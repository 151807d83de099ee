/** Assessment (instruments) words (kk, the source language); spread into ./kk.ts. */
export const assessInstrumentsKk = {} as const;
