/** Assessment (decisions) words (kk, the source language); spread into ./kk.ts. */
export const assessDecisionsKk = {} as const;
