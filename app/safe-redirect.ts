// Browsers follow `//host` and `/\host` to another site.
export function safeRedirectPath(target: unknown, fallback = "/home"): string {
  if (typeof target !== "string" || !target.startsWith("/")) return fallback;
  if (target.startsWith("//") || target.startsWith("/\\")) return fallback;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(target)) return fallback;
  return target;
}

// For a posted form, the page it was sent from: its action route is no page to return to.
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
