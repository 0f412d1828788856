/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
  interface AppLoadContext {
    /** Nonce of this response's Content-Security-Policy. */
    cspNonce: string;
    /** The client's address, for the audit trail. */
    clientAddress: string | null;
  }
}

export {};
