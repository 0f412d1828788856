import { logError } from "./log.server";
import type { ServerBuild } from "@remix-run/node";

export const RETRY_AFTER_SECONDS = 30;

const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);
// Connection exception, shutdown or startup, no slots left: all pass without changing the query.
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;

// drizzle wraps the driver's error in `cause`, so the chain is followed.
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (CONNECTION_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
  }
  return false;
}

export function databaseUnavailable(): Response {
  return new Response("Service Unavailable", {
    status: 503,
    headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" },
  });
}

type Handler = (...args: never[]) => unknown;

function answer503WhenUnavailable<F extends Handler>(handler: F | undefined): F | undefined {
  if (!handler) return undefined;
  return (async (...args: Parameters<F>) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      // A thrown Response skips handleError: the details are logged here instead.
      logError(error);
      throw databaseUnavailable();
    }
  }) as F;
}

// Remix has no hook that sets the status of an unexpected error, so loaders and actions are
// wrapped to answer 503, not 500, when the database is unreachable.
export function withDatabaseOutagePage(build: ServerBuild): ServerBuild {
  const routes = Object.fromEntries(
    Object.entries(build.routes).map(([id, route]) => [
      id,
      {
        ...route,
        module: {
          ...route.module,
          loader: answer503WhenUnavailable(route.module.loader),
          action: answer503WhenUnavailable(route.module.action),
        },
      },
    ]),
  );
  return { ...build, routes };
}
