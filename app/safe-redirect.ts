/** A same-site path to continue to, or the fallback. Rejects `//host`, `/\host` and control characters. */
export function safeRedirectPath(target: unknown, fallback = "/home"): string {
  if (typeof target !== "string" || !target.startsWith("/")) return fallback;
  if (target.startsWith("//") || target.startsWith("/\\")) return fallback;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(target)) return fallback;
  return target;
}
