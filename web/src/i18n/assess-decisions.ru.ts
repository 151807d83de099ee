/** Assessment (decisions) wordsru; spread into ./ru.ts. */
export const assessDecisionsRu = {} as const;
