import type { TypedResponse } from "@remix-run/node";

/** "Not found", whether a thing does not exist or is not the asker's: no hint either way. */
export function notFound(): Response {
  return new Response("Not Found", { status: 404 });
}

/**
 * JSON from an API or resource route: a real Response (Remix's `data()` is only unwrapped for
 * page routes), never cached, since it carries organisation or benchmark data.
 */
export function apiJson<T>(body: T, status = 200): TypedResponse<T> {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } }) as TypedResponse<T>;
}
