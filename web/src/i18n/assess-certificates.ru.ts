/** Assessment (certificates) wordsru; spread into ./ru.ts. */
export const assessCertificatesRu = {} as const;
