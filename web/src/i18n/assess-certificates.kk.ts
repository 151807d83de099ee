/** Assessment (certificates) words (kk, the source language); spread into ./kk.ts. */
export const assessCertificatesKk = {} as const;
