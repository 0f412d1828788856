import { and, eq, gt, isNotNull, isNull, lt, or } from "drizzle-orm";
import { database, type Database } from "../../db/client";
import { passwordResets, sessions, users } from "../../db/schema";
import { PASSWORD_RESET_MINUTES } from "~/domain/account";
import { config } from "~/server/config.server";
import { accountAt } from "./account.server";
import { personActor, recordAudit } from "./audit.server";
import { confirmedSince } from "./email-verification.server";
import { enqueueMail } from "./mail.server";
import { grantInvitedRoles } from "./invited-roles.server";
import { hashPassword } from "./password.server";
import { consume, limitKey, type Limit } from "./rate-limit.server";
import { hashToken, newToken } from "./session.server";

// Per address a few, so nobody floods a mailbox; per client enough for an office behind one address.
export const PASSWORD_RESET_LIMITS = {
  account: { limit: 3, windowSeconds: 15 * 60 },
  address: { limit: 20, windowSeconds: 15 * 60 },
} satisfies Record<string, Limit>;

export type ResetRequestResult = { ok: true } | { ok: false; reason: "throttled"; retryAfter: number };

/** A new single-use link that sets the account's password; only the token's hash is stored. */
export async function createPasswordResetLink(
  tx: Pick<Database, "insert">,
  userId: string,
  now = new Date(),
): Promise<{ link: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_MINUTES * 60_000);
  await tx.insert(passwordResets).values({ tokenHash: hashToken(token), userId, createdAt: now, expiresAt });
  return { link: `${config().publicUrl}/password/reset/${token}`, expiresAt };
}

/**
 * Mails a single-use reset link to the address when it belongs to an active account. The answer
 * is the same whether it does or not, and the counters count every request alike.
 */
export async function requestPasswordReset({
  email,
  ip,
  now = new Date(),
}: {
  email: string;
  ip: string | null;
  now?: Date;
}): Promise<ResetRequestResult> {
  const counters = [
    { key: limitKey("reset-account", email), limit: PASSWORD_RESET_LIMITS.account },
    ...(ip ? [{ key: limitKey("reset-address", ip), limit: PASSWORD_RESET_LIMITS.address }] : []),
  ];
  const states = await Promise.all(counters.map((c) => consume(c.key, c.limit, now)));
  const user = await accountAt(database(), email);
  const asker = { userId: user?.id ?? null, role: null, organisationId: null, ip };
  const blocked = states.filter((s) => !s.allowed);
  if (blocked.length > 0) {
    await recordAudit(asker, { action: "password_reset_requested", success: false, details: { throttled: true } });
    return { ok: false, reason: "throttled", retryAfter: Math.max(...blocked.map((s) => s.retryAfter)) };
  }
  if (!user || user.deactivatedAt) {
    await recordAudit(asker, {
      action: "password_reset_requested",
      success: false,
      details: user ? { deactivated: true } : { email: email.slice(0, 254) },
    });
    return { ok: true };
  }
  await database().transaction(async (tx) => {
    const { link } = await createPasswordResetLink(tx, user.id, now);
    await enqueueMail(tx, {
      to: user.email,
      language: user.language,
      template: { key: "password_reset", name: user.name, email: user.email, link, minutes: PASSWORD_RESET_MINUTES },
    });
    await recordAudit(personActor(user.id, ip), { action: "password_reset_requested" }, tx);
  });
  return { ok: true };
}

const usable = (token: string, now: Date) =>
  and(eq(passwordResets.tokenHash, hashToken(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now));

/** The account a reset link is for, while the link is unused and unexpired. */
export async function findPasswordReset(token: string, now = new Date()): Promise<{ email: string } | null> {
  const [row] = await database()
    .select({ email: users.email })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(and(usable(token, now), isNull(users.deactivatedAt)));
  return row ?? null;
}

/**
 * Sets the new password and uses up the link, with every other open link of the person, and
 * ends all their sessions, in one transaction: a stolen session or a second link stops working.
 */
export async function resetPassword({
  token,
  password,
  ip,
  now = new Date(),
}: {
  token: string;
  password: string;
  ip: string | null;
  now?: Date;
}): Promise<{ ok: true; userId: string } | { ok: false }> {
  const passwordHash = await hashPassword(password);
  return database().transaction(async (tx) => {
    // The conditional update claims the link: of two simultaneous uses only one gets a row.
    const [claimed] = await tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(usable(token, now))
      .returning({ userId: passwordResets.userId });
    if (!claimed) return { ok: false } as const;
    const [user] = await tx
      .update(users)
      // The link came to the address, so following it confirms the address too.
      .set({ passwordHash, emailVerifiedAt: confirmedSince(now) })
      .where(and(eq(users.id, claimed.userId), isNull(users.deactivatedAt)))
      .returning({ id: users.id });
    if (!user) return { ok: false } as const;
    await grantInvitedRoles(tx, { userId: user.id, ip });
    await tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)));
    await tx.delete(sessions).where(eq(sessions.userId, user.id));
    await recordAudit(personActor(user.id, ip), { action: "password_reset" }, tx);
    return { ok: true, userId: user.id } as const;
  });
}

export async function purgePasswordResets(now = new Date()): Promise<number> {
  const removed = await database()
    .delete(passwordResets)
    .where(or(isNotNull(passwordResets.usedAt), lt(passwordResets.expiresAt, now)))
    .returning({ tokenHash: passwordResets.tokenHash });
  return removed.length;
}
