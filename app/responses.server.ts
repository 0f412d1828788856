import type { TypedResponse } from "@remix-run/node";

export { notFound } from "./models/access.server";

/**
 * JSON from an API or resource route: a real Response (Remix's `data()` is only unwrapped for
 * page routes), never cached, since it carries organisation or benchmark data.
 */
export function apiJson<T>(body: T, status = 200): TypedResponse<T> {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } }) as TypedResponse<T>;
}
