import { config } from "./config.server";
import { personOfRequest } from "../models/caller.server";
import { consume, limitKey } from "../models/rate-limit.server";

/**
 * Paths that hand out data in bulk or about other organisations: the API, exports, CSVs,
 * shared reports and benchmarks. Matched on the path as the router reads it.
 */
const LIMITED_PATHS = [
  /^\/api\//,
  /^\/organisation\/export\.json$/,
  /^\/assessments\/[^/]+\/(export\.json|answers\.csv)$/,
  /^\/benchmarks\/[^/]+$/,
  /^\/customs\/overview\.csv$/,
  /^\/admin\/audit\.csv$/,
  /^\/(customs|association)\/organisations\/[^/]+$/,
];

/**
 * Whether a request path is rate-limited. The router matches case-insensitively, decodes
 * %-escapes per segment (an escaped slash stays inside its segment) and ignores a trailing
 * slash, so `/CUSTOMS/overview%2Ecsv/` is the same page and must be counted the same.
 */
export function isRateLimitedPath(path: string): boolean {
  let segments: string[];
  try {
    segments = path.split("/").map((s) => decodeURIComponent(s).replaceAll("/", "%2F"));
  } catch {
    // A broken escape reaches no page; counting it costs nothing and skips no limit.
    return true;
  }
  const normal = segments
    .join("/")
    .toLowerCase()
    .replace(/\/+/g, "/")
    .replace(/(.)\/$/, "$1");
  return LIMITED_PATHS.some((pattern) => pattern.test(normal));
}

export interface LimitedRequest {
  /** The client address as Express resolves it behind the configured proxy. */
  address: string | null;
  authorization?: string;
  cookie?: string;
}

/**
 * Counts a request against its caller and its client address; returns the seconds to wait
 * when either is over its limit, else null. The caller is the person behind the token or
 * session, as the routes resolve them, or without one the client address: spelling a header
 * differently or adding a cookie never starts a fresh counter.
 */
export async function overRequestLimit(request: LimitedRequest, now = new Date()): Promise<number | null> {
  const { apiRateLimit: perCaller, apiAddressRateLimit: perAddress } = config();
  const address = request.address ?? "unknown";
  const person = await personOfRequest(request);
  const states = await Promise.all([
    consume(limitKey("api-address", address), perAddress, now),
    consume(person ? limitKey("api-person", person) : limitKey("api-anonymous", address), perCaller, now),
  ]);
  const over = states.filter((s) => !s.allowed);
  return over.length === 0 ? null : Math.max(...over.map((s) => s.retryAfter));
}
