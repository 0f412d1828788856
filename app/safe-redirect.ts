/** A same-site path to continue to, or the fallback. Rejects `//host`, `/\host` and control characters. */
export function safeRedirectPath(target: unknown, fallback = "/home"): string {
  if (typeof target !== "string" || !target.startsWith("/")) return fallback;
  if (target.startsWith("//") || target.startsWith("/\\")) return fallback;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(target)) return fallback;
  return target;
}

/**
 * Where to come back to after signing in or confirming: the page asked for, or, for a posted
 * form, the page it was sent from (a form's own action route is not a page to return to).
 */
export function returnPath(request: Request): string {
  const url = new URL(request.url);
  const referer = request.headers.get("Referer");
  if (request.method !== "GET" && request.method !== "HEAD" && referer && URL.canParse(referer)) {
    const from = new URL(referer);
    if (from.origin === url.origin) return from.pathname + from.search;
  }
  url.searchParams.delete("index");
  return url.pathname + url.search;
}
