import { randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { isRateLimitedPath, overRequestLimit, tooManyRequestsBody } from "./request-rate-limit.server";

/**
 * Headers on every response. The nonce travels to the Remix render through the load context,
 * so only scripts the server wrote itself run.
 */
export function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  const nonce = randomBytes(16).toString("base64");
  res.locals.cspNonce = nonce;
  res.setHeader(
    "Content-Security-Policy",
    [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'`,
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ].join("; "),
  );
  res.setHeader("X-Content-Type-Options", "nosniff");
  // A page opened from another site (or opening one) shares no window handle with it.
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  // Invitation links carry their token in the path: never send it to another site.
  res.setHeader("Referrer-Policy", "same-origin");
  // Pages carry organisation data; static files under /build and /public set their own caching.
  res.setHeader("Cache-Control", "no-store");
  if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  next();
}

/**
 * Refuses cross-site state changes before any route runs: documents, `?_data=` requests,
 * resource routes and the API alike. A present Origin must be ours; without Origin, a present
 * Sec-Fetch-Site must be same-origin.
 */
export function originGuard(req: Request, res: Response, next: NextFunction): void {
  if (req.method === "GET" || req.method === "HEAD") return next();
  if (isCrossSite(req.headers.origin, req.headers["sec-fetch-site"], `${req.protocol}://${req.headers.host ?? ""}`)) {
    res.status(403).type("text/plain").send("Forbidden");
    return;
  }
  next();
}

export function isCrossSite(origin: string | undefined, fetchSite: string | string[] | undefined, ownOrigin: string): boolean {
  if (origin !== undefined) return origin !== ownOrigin;
  if (fetchSite !== undefined) return fetchSite !== "same-origin";
  return false;
}

/**
 * Limits calls to the API, exports, CSVs, shared reports and benchmarks per person (behind
 * the token or session) or, without one, per client address, and per client address overall,
 * with counters in the database so the limits hold across instances. Over the limit: 429
 * with Retry-After.
 */
export function apiRateLimit(req: Request, res: Response, next: NextFunction): void {
  if (!isRateLimitedPath(req.path)) return next();
  overRequestLimit({ address: req.ip ?? null, authorization: req.headers.authorization, cookie: req.headers.cookie })
    .then(async (retryAfter) => {
      if (retryAfter === null) return next();
      const { type, body } = await tooManyRequestsBody(req.path, req.headers);
      res.status(429).setHeader("Retry-After", String(retryAfter)).setHeader("Cache-Control", "no-store").type(type).send(body);
    })
    .catch(next);
}

/** The largest request body the site accepts: forms and answers are a few kilobytes. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Refuses a body that declares more than the limit with 413, before anything reads it. */
export function bodyLimit(req: Request, res: Response, next: NextFunction): void {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    res.status(413).setHeader("Connection", "close").type("text/plain").send("Payload Too Large");
    return;
  }
  next();
}
