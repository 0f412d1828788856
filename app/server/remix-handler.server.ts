import {
  createRequestHandler as createHandler,
  writeReadableStreamToWritable,
  type AppLoadContext,
  type ServerBuild,
} from "@remix-run/node";
import type { NextFunction, Request, Response } from "express";
import { checkedBody } from "./http.server";

// Not Remix's Express adapter: it streams the socket into `request.formData()`, any size, and
// throws on a body that is not a form. Routes get the body `bodyLimit` checked instead.
export function createRequestHandler({
  build,
  mode,
  getLoadContext,
}: {
  build: ServerBuild | (() => Promise<ServerBuild>);
  mode: string | undefined;
  getLoadContext: (req: Request, res: Response) => AppLoadContext;
}) {
  const handle = createHandler(build, mode);
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const response = await handle(webRequest(req, res), getLoadContext(req, res));
      await sendRemixResponse(res, response);
    } catch (error) {
      next(error);
    }
  };
}

function webRequest(req: Request, res: Response): globalThis.Request {
  // The same host and port as the adapter: X-Forwarded-Host's port, else Host's.
  const portOf = (host: string | undefined) => Number.parseInt(host?.split(":")[1] ?? "", 10);
  const port = [portOf(req.get("X-Forwarded-Host")), portOf(req.get("host"))].find(Number.isSafeInteger);
  const url = new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`);
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of Array.isArray(value) ? value : value ? [value] : []) headers.append(name, one);
  }
  if (req.method === "GET" || req.method === "HEAD")
    return new globalThis.Request(url.href, { method: req.method, headers, signal: controller.signal });
  const body = checkedBody(req);
  // Never fall back to the socket: that is the unlimited read this handler exists to avoid.
  if (!body) throw new Error("bodyLimit must read the body before the Remix handler");
  headers.delete("transfer-encoding");
  headers.set("content-length", String(body.length));
  return new globalThis.Request(url.href, { method: req.method, headers, signal: controller.signal, body });
}

async function sendRemixResponse(res: Response, response: globalThis.Response): Promise<void> {
  res.statusMessage = response.statusText;
  res.status(response.status);
  // A route's own header replaces the `securityHeaders` default; only Set-Cookie may repeat.
  for (const [name, value] of response.headers.entries()) {
    if (name === "set-cookie") res.append(name, value);
    else res.setHeader(name, value);
  }
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}
