import { createHash, randomBytes } from "node:crypto";
import { createCookie, redirect } from "@remix-run/node";
import { and, eq, gt, lt, or, sql } from "drizzle-orm";
import { database, prepared } from "../../db/client";
import { sessions } from "../../db/schema";
import { config } from "~/server/config.server";
import { returnPath } from "~/safe-redirect";

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

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

async function sessionIdFrom(request: Request): Promise<string | null> {
  const value: unknown = await getCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length >= 32 ? value : null;
}

interface SessionState {
  userId: string;
  awaitingSecondFactor: boolean;
  confirmedAt: Date | null;
}

export const LIVE_SESSION = and(
  eq(sessions.idHash, sql.placeholder("idHash")),
  gt(sessions.expiresAt, sql.placeholder("now")),
  gt(sessions.lastSeenAt, sql.placeholder("idleSince")),
);

// ISO strings: a placeholder's value reaches the driver without the column's mapping.
export async function liveSessionOf(
  request: Request,
  now = new Date(),
): Promise<{ idHash: string; now: string; idleSince: string } | null> {
  const id = await sessionIdFrom(request);
  if (!id) return null;
  const idleSince = new Date(now.getTime() - config().sessionIdleMs);
  return { idHash: hashToken(id), now: now.toISOString(), idleSince: idleSince.toISOString() };
}

export async function keepSessionAlive(idHash: string, lastSeenAt: Date, now = new Date()): Promise<void> {
  if (now.getTime() - lastSeenAt.getTime() > 60_000) {
    await database().update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash));
  }
}

async function readSession(request: Request): Promise<SessionState | null> {
  const session = await liveSessionOf(request);
  if (!session) return null;
  const [row] = await prepared("session", (db) =>
    db
      .select({
        userId: sessions.userId,
        lastSeenAt: sessions.lastSeenAt,
        awaitingSecondFactor: sessions.awaitingSecondFactor,
        confirmedAt: sessions.confirmedAt,
      })
      .from(sessions)
      .where(LIVE_SESSION)
      .prepare("session"),
  ).execute(session);
  if (!row) return null;
  await keepSessionAlive(session.idHash, row.lastSeenAt);
  return row;
}

export async function getUserAwaitingSecondFactor(request: Request): Promise<string | null> {
  const session = await readSession(request);
  return session?.awaitingSecondFactor ? session.userId : null;
}

export const CONFIRMATION_VALID_MS = 10 * 60_000;

export async function isRecentlyConfirmed(request: Request, now = new Date()): Promise<boolean> {
  const session = await readSession(request);
  return Boolean(session?.confirmedAt && now.getTime() - session.confirmedAt.getTime() < CONFIRMATION_VALID_MS);
}

export async function requireRecentConfirmation(request: Request): Promise<void> {
  if (await isRecentlyConfirmed(request)) return;
  throw redirect(`/confirm?${new URLSearchParams({ redirectTo: returnPath(request) })}`);
}

export async function confirmSession(request: Request): Promise<void> {
  const id = await sessionIdFrom(request);
  if (id)
    await database()
      .update(sessions)
      .set({ confirmedAt: new Date() })
      .where(eq(sessions.idHash, hashToken(id)));
}

// The old session ends first, so the id changes at sign-in and again after the second factor.
export async function startSession(
  request: Request,
  userId: string,
  options: { awaitingSecondFactor?: boolean } = {},
): Promise<string> {
  const previous = await sessionIdFrom(request);
  if (previous)
    await database()
      .delete(sessions)
      .where(eq(sessions.idHash, hashToken(previous)));
  const id = newToken();
  const now = Date.now();
  await database()
    .insert(sessions)
    .values({
      idHash: hashToken(id),
      userId,
      expiresAt: new Date(now + config().sessionMaxMs),
      awaitingSecondFactor: options.awaitingSecondFactor ?? false,
    });
  return getCookie().serialize(id, { maxAge: Math.floor(config().sessionMaxMs / 1000) });
}

export async function endSession(request: Request): Promise<string> {
  const id = await sessionIdFrom(request);
  if (id)
    await database()
      .delete(sessions)
      .where(eq(sessions.idHash, hashToken(id)));
  return getCookie().serialize("", { maxAge: 0 });
}

export async function endSessionsOfUser(userId: string): Promise<void> {
  await database().delete(sessions).where(eq(sessions.userId, userId));
}

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
