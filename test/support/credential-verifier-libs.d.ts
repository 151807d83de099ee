/** Types for the independent verifier's libraries (devDependencies, untyped ESM), as the test uses them. */
declare module '@digitalcredentials/vc' {
  export function verifyCredential(options: {
    credential: Record<string, unknown>;
    suite: unknown;
    documentLoader: (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>;
    checkStatus?: () => Promise<{ verified: boolean }>;
    now?: Date | string;
  }): Promise<{ verified: boolean; error?: unknown }>;
}
declare module '@digitalcredentials/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { cryptosuite: unknown });
  }
}
declare module '@digitalcredentials/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown;
}
declare module '@digitalcredentials/credentials-v2-context' {
  export const contexts: Map<string, unknown>;
}
