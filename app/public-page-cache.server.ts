import type { NextFunction, Request, Response } from "express";

/** Public pages that read nothing of the visitor but the language: the same for everyone signed out. */
const PUBLIC_PAGES = new Set(["/", "/advice", "/scoring"]);
const TTL_MS = 60_000;
const MAX_ENTRIES = 200;

interface CachedPage {
  body: string;
  nonce: string;
  contentType: string;
  storedAt: number;
}

const SESSION_COOKIE = /(?:^|;\s*)(?:__Host-)?weerbaar=/;

// The key holds everything a signed-out page can depend on: address, language cookie, header.
const keyOf = (req: Request) =>
  `${req.originalUrl}\n${req.headers.cookie ?? ""}\n${req.headers["accept-language"] ?? ""}`;

/**
 * Serves the landing page, the advice library and "how the score works" to signed-out
 * visitors from a copy made at most a minute ago, instead of rendering them anew for every
 * visit: they are the pages most visited by people without an account. The copy gets this
 * response's CSP nonce. A visitor with a session, any other page, and any answer other than
 * a plain 200 without cookies always goes to the app.
 */
export function createPublicPageCache(now: () => number = Date.now) {
  const pages = new Map<string, CachedPage>();

  return function publicPageCache(req: Request, res: Response, next: NextFunction): void {
    if (req.method !== "GET" || !PUBLIC_PAGES.has(req.path) || SESSION_COOKIE.test(req.headers.cookie ?? "")) {
      return next();
    }
    const key = keyOf(req);
    const nonce = res.locals.cspNonce as string;
    const cached = pages.get(key);
    if (cached && now() - cached.storedAt < TTL_MS) {
      res.status(200).type(cached.contentType).send(cached.body.replaceAll(cached.nonce, nonce));
      return;
    }
    pages.delete(key);

    const chunks: Buffer[] = [];
    const collect = (chunk: unknown, encoding?: unknown) => {
      if (typeof chunk === "string")
        chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.write = ((...args: unknown[]) => {
      collect(args[0], args[1]);
      return write(...args);
    }) as typeof res.write;
    res.end = ((...args: unknown[]) => {
      if (typeof args[0] !== "function") collect(args[0], args[1]);
      const contentType = String(res.getHeader("Content-Type") ?? "");
      if (res.statusCode === 200 && !res.hasHeader("Set-Cookie") && contentType.startsWith("text/html")) {
        if (pages.size >= MAX_ENTRIES) pages.delete(pages.keys().next().value as string);
        pages.set(key, { body: Buffer.concat(chunks).toString("utf8"), nonce, contentType, storedAt: now() });
      }
      return end(...args);
    }) as typeof res.end;
    next();
  };
}
