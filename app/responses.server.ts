import type { TypedResponse } from "@remix-run/node";

export { notFound } from "./models/access.server";

// Remix unwraps `data()` only for page routes; never cached, as it carries organisation data.
export function apiJson<T>(body: T, status = 200): TypedResponse<T> {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } }) as TypedResponse<T>;
}
