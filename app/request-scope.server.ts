import { AsyncLocalStorage } from "node:async_hooks";
import type { NextFunction, Request, Response } from "express";

// The server entry and the Remix build each hold their own copy of this module; the storage
// lives on globalThis so both use the same one.
const SCOPE = Symbol.for("weerbaar.requestScope");
type Scope = Map<string, Promise<unknown>>;
type GlobalWithScope = typeof globalThis & { [SCOPE]?: AsyncLocalStorage<Scope> };
const storage = ((globalThis as GlobalWithScope)[SCOPE] ??= new AsyncLocalStorage<Scope>());

/**
 * Gives each GET its own scope, in which a read that every loader of the page makes (who is
 * signed in) is made once: Remix hands each loader its own copy of the request, so the
 * request object cannot key it. Other methods get none, as an action may change what the
 * loaders after it read.
 */
export function requestScope(req: Request, _res: Response, next: NextFunction): void {
  if (req.method !== "GET" && req.method !== "HEAD") return next();
  storage.run(new Map(), next);
}

/** Reads once per request scope and key; outside a scope, on every call. */
export function oncePerRequest<T>(key: string, read: () => Promise<T>): Promise<T> {
  const scope = storage.getStore();
  if (!scope) return read();
  let value = scope.get(key) as Promise<T> | undefined;
  if (!value) {
    value = read();
    scope.set(key, value);
  }
  return value;
}
