import { config } from "./config.server";
import { personOfRequest } from "../models/caller.server";
import { consume, limitKey } from "../models/rate-limit.server";

const LIMITED_PATHS = [
  /^\/api\//,
  /^\/organisation\/export\.json$/,
  /^\/assessments\/[^/]+\/(export\.json|answers\.csv)$/,
  /^\/benchmarks\/[^/]+$/,
  /^\/customs\/overview\.csv$/,
  /^\/admin\/audit\.csv$/,
  /^\/(customs|association)\/organisations\/[^/]+$/,
];

// Normalised as the router reads it, so `/CUSTOMS/overview%2Ecsv/` is counted like the page it is.
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
  address: string | null;
  authorization?: string;
  cookie?: string;
}

// Keyed on the person behind token or session, so respelling a header starts no fresh counter.
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
