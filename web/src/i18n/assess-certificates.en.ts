/** Assessment (certificates) wordsen; spread into ./en.ts. */
export const assessCertificatesEn = {} as const;
