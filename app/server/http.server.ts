import { randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { sendRefusal, type Refusal } from "./refusal.server";
import { isRateLimitedPath, overRequestLimit } from "./request-rate-limit.server";

// The nonce reaches the Remix render through the load context: only the server's own scripts run.
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
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  // Invitation links carry their token in the path: never send it to another site.
  res.setHeader("Referrer-Policy", "same-origin");
  // Pages carry organisation data; static files under /build and /public set their own caching.
  res.setHeader("Cache-Control", "no-store");
  if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  next();
}

export function originGuard(req: Request, res: Response, next: NextFunction): void {
  if (req.method === "GET" || req.method === "HEAD") return next();
  if (isCrossSite(req.headers.origin, req.headers["sec-fetch-site"], `${req.protocol}://${req.headers.host ?? ""}`)) {
    void sendRefusal(req, res, 403, "crossSite").catch(next);
    return;
  }
  next();
}

export function isCrossSite(
  origin: string | undefined,
  fetchSite: string | string[] | undefined,
  ownOrigin: string,
): boolean {
  if (origin !== undefined) return origin !== ownOrigin;
  if (fetchSite !== undefined) return fetchSite !== "same-origin";
  return false;
}

// Counters live in the database so the limits hold across instances.
export function apiRateLimit(req: Request, res: Response, next: NextFunction): void {
  if (!isRateLimitedPath(req.path)) return next();
  overRequestLimit({ address: req.ip ?? null, authorization: req.headers.authorization, cookie: req.headers.cookie })
    .then(async (retryAfter) => {
      if (retryAfter === null) return next();
      await sendRefusal(req, res, 429, "tooManyRequests", { "Retry-After": String(retryAfter) });
    })
    .catch(next);
}

export const MAX_BODY_BYTES = 1024 * 1024;

const METHODS = ["GET", "HEAD", "POST"];

// PostgreSQL refuses NUL; the others are never typed on purpose and confuse logs and CSV readers.
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}

/**
 * Refuses requests no route can answer before anything else looks at them: methods other than
 * GET, HEAD and POST (405), a path with a broken `%` escape, and control characters in the path
 * or the query (400). Query values are filters and ids typed into forms or links, so this is
 * where they are checked for every route at once; form bodies are checked in `bodyLimit`.
 */
export function requestValidation(req: Request, res: Response, next: NextFunction): void {
  if (!METHODS.includes(req.method)) {
    void sendRefusal(req, res, 405, "methodNotAllowed", { Allow: METHODS.join(", ") }).catch(next);
    return;
  }
  const [path = "", query = ""] = req.originalUrl.split(/\?(.*)/s);
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    void sendRefusal(req, res, 400, "badRequest").catch(next);
    return;
  }
  const params = [...new URLSearchParams(query)].flat();
  if (hasControlCharacters(decoded) || params.some(hasControlCharacters)) {
    void sendRefusal(req, res, 400, "controlCharacters").catch(next);
    return;
  }
  next();
}

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];
const bodies = new WeakMap<Request, Buffer<ArrayBuffer>>();

export function checkedBody(req: Request): Buffer<ArrayBuffer> | undefined {
  return bodies.get(req);
}

// Counts bytes received, since chunked or understated lengths lie; actions then read a checked copy.
export function bodyLimit(req: Request, res: Response, next: NextFunction): void {
  if (req.method === "GET" || req.method === "HEAD") return next();
  if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) return tooLarge(req, res, next);
  const chunks: Buffer[] = [];
  let size = 0;
  const stop = () => {
    req.off("data", onData);
    req.off("end", onEnd);
  };
  const onData = (chunk: Buffer) => {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) {
      chunks.push(chunk);
      return;
    }
    stop();
    chunks.length = 0;
    tooLarge(req, res, next);
  };
  const onEnd = () => {
    stop();
    checkForm(req, Buffer.concat(chunks, size))
      .then((problem) => {
        if (problem) return sendRefusal(req, res, problem.status, problem.reason);
        next();
      })
      .catch(next);
  };
  req.on("data", onData);
  req.on("end", onEnd);
  req.once("error", stop);
}

const LINGER_MS = 1_000;

function tooLarge(req: Request, res: Response, next: NextFunction): void {
  res.setHeader("Connection", "close");
  // Destroying the socket with upload data unread resets it before the client reads the 413, so,
  // like nginx's lingering close, end our side and discard input for a moment.
  const socket = req.socket;
  socket.destroySoon = () => {
    socket.end();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
  req.on("data", () => undefined);
  req.resume();
  void sendRefusal(req, res, 413, "tooLarge").catch(next);
}

async function checkForm(req: Request, body: Buffer<ArrayBuffer>): Promise<{ status: number; reason: Refusal } | null> {
  const contentType = req.headers["content-type"] ?? "";
  if (!FORM_TYPES.includes(contentType.split(";")[0]!.trim().toLowerCase()))
    return { status: 415, reason: "unsupportedType" };
  let form: FormData;
  try {
    form = await new globalThis.Response(body, { headers: { "Content-Type": contentType } }).formData();
  } catch {
    return { status: 400, reason: "badRequest" };
  }
  for (const [name, value] of form) {
    // No form takes a file: an upload is not what any action expects.
    if (typeof value !== "string") return { status: 400, reason: "badRequest" };
    if (hasControlCharacters(name) || hasControlCharacters(value)) return { status: 400, reason: "controlCharacters" };
  }
  bodies.set(req, body);
  return null;
}
