/** Assessment (sessions) wordsen; spread into ./en.ts. */
export const assessSessionsEn = {} as const;
