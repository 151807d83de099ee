/** Assessment (sessions) words (kk, the source language); spread into ./kk.ts. */
export const assessSessionsKk = {} as const;
