/** Assessment (decisions) wordsen; spread into ./en.ts. */
export const assessDecisionsEn = {} as const;
