/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

import type { Access } from "~/models/access.server";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
  interface AppLoadContext {
    /** Nonce of this response's Content-Security-Policy. */
    cspNonce: string;
    /** The client's address, for the audit trail. */
    clientAddress: string | null;
    /** Who is signed in, read once per page by the first loader that asks (getAccess). */
    access?: Promise<Access | null>;
  }
}

export {};
