import { createHash, randomBytes } from "node:crypto";
import { createCookie, redirect } from "@remix-run/node";
import { and, eq, gt, lt, or } from "drizzle-orm";
import { database } from "../../db/client";
import { sessions } from "../../db/schema";
import { config } from "~/config.server";

function sessionCookie() {
  const { cookieSecure, sessionSecret } = config();
  // __Host- binds the cookie to this exact host over HTTPS; browsers refuse it without Secure.
  return createCookie(cookieSecure ? "__Host-weerbaar" : "weerbaar", {
    httpOnly: true,
    secure: cookieSecure,
    sameSite: "lax",
    path: "/",
    secrets: sessionSecret ? [sessionSecret] : undefined,
  });
}

let cookie: ReturnType<typeof sessionCookie> | undefined;
const getCookie = () => (cookie ??= sessionCookie());

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

async function sessionIdFrom(request: Request): Promise<string | null> {
  const value: unknown = await getCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length >= 32 ? value : null;
}

/** The signed-in user's id, or null. Slides the idle expiry, at most once a minute per session. */
export async function getSessionUserId(request: Request): Promise<string | null> {
  const id = await sessionIdFrom(request);
  if (!id) return null;
  const { sessionIdleMs } = config();
  const now = new Date();
  const [row] = await database()
    .select({ userId: sessions.userId, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .where(
      and(
        eq(sessions.idHash, hashToken(id)),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, new Date(now.getTime() - sessionIdleMs)),
      ),
    );
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await database().update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, hashToken(id)));
  }
  return row.userId;
}

/**
 * Starts a session for a user and returns the Set-Cookie header. Any session the browser
 * already had is ended first, so the id always changes at sign-in.
 */
export async function startSession(request: Request, userId: string): Promise<string> {
  const previous = await sessionIdFrom(request);
  if (previous) await database().delete(sessions).where(eq(sessions.idHash, hashToken(previous)));
  const id = newToken();
  const now = Date.now();
  await database()
    .insert(sessions)
    .values({ idHash: hashToken(id), userId, expiresAt: new Date(now + config().sessionMaxMs) });
  return getCookie().serialize(id, { maxAge: Math.floor(config().sessionMaxMs / 1000) });
}

/** Ends the browser's session and returns the Set-Cookie header that clears it. */
export async function endSession(request: Request): Promise<string> {
  const id = await sessionIdFrom(request);
  if (id) await database().delete(sessions).where(eq(sessions.idHash, hashToken(id)));
  return getCookie().serialize("", { maxAge: 0 });
}

/** Ends every session of a user: on removal from an organisation or a role. */
export async function endSessionsOfUser(userId: string): Promise<void> {
  await database().delete(sessions).where(eq(sessions.userId, userId));
}

/** Removes sessions that can no longer be used. */
export async function purgeExpiredSessions(now = new Date()): Promise<number> {
  const removed = await database()
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, new Date(now.getTime() - config().sessionIdleMs))))
    .returning({ id: sessions.idHash });
  return removed.length;
}

export async function signOutRedirect(request: Request, to = "/") {
  return redirect(to, { headers: { "Set-Cookie": await endSession(request) } });
}
