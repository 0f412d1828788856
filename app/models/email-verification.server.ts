import { and, eq, gt, isNotNull, isNull, lt, notExists, or, sql } from "drizzle-orm";
import { database, type Database } from "../../db/client";
import { emailConfirmations, memberships, users } from "../../db/schema";
import { EMAIL_CONFIRMATION_HOURS } from "~/domain/account";
import type { Language } from "~/i18n";
import type { AccountExistsReason } from "~/server/address-mail-templates.server";
import { config } from "~/server/config.server";
import { personActor, recordAudit } from "./audit.server";
import { awaitsConfirmation, grantInvitedRoles } from "./invited-roles.server";
import { enqueueMail } from "./mail.server";
import { hashPassword } from "./password.server";
import { consume, limitKey, type Limit } from "./rate-limit.server";
import { hashToken, newToken } from "./session.server";

/** Sets the address confirmed as of `now`, unless it was already. A string: postgres.js takes no Date in raw SQL. */
export const confirmedSince = (now: Date) => sql`coalesce(${users.emailVerifiedAt}, ${now.toISOString()})`;

export type EmailConfirmationPurpose = (typeof emailConfirmations.purpose.enumValues)[number];

interface Recipient {
  id: string;
  name: string;
  language: Language;
}

/**
 * Mails a single-use link to `email` in the caller's transaction: "verify" confirms the account's
 * own address, "change" moves the account to `email` when followed. `invited` says the account
 * came from an invitation and waits for this link to sign in.
 */
export async function mailAddressConfirmation(
  tx: Pick<Database, "insert">,
  {
    user,
    email,
    purpose,
    invited = false,
    now = new Date(),
  }: { user: Recipient; email: string; purpose: EmailConfirmationPurpose; invited?: boolean; now?: Date },
): Promise<void> {
  const token = newToken();
  await tx.insert(emailConfirmations).values({
    tokenHash: hashToken(token),
    userId: user.id,
    email,
    purpose,
    createdAt: now,
    expiresAt: new Date(now.getTime() + EMAIL_CONFIRMATION_HOURS * 3_600_000),
  });
  const link = `${config().publicUrl}/verify-email/${token}`;
  const content = { name: user.name, email, link, hours: EMAIL_CONFIRMATION_HOURS };
  await enqueueMail(tx, {
    to: email,
    language: user.language,
    template:
      purpose === "verify" ? { key: "verify_email", ...content, invited } : { key: "confirm_new_address", ...content },
  });
}

// Anyone may type someone's address into sign-up again and again: a few of these mails an hour
// tell the owner all there is to tell, and the rest are dropped (the answer stays the same).
export const ACCOUNT_EXISTS_MAIL_LIMIT = { limit: 3, windowSeconds: 3600 } satisfies Limit;

/** What an address that already has an account gets, where a new one would get a link. */
export async function mailAccountExists(
  tx: Pick<Database, "insert">,
  {
    owner,
    reason,
    now = new Date(),
  }: { owner: { name: string; email: string; language: Language }; reason: AccountExistsReason; now?: Date },
): Promise<void> {
  const state = await consume(limitKey("account-exists-mail", owner.email), ACCOUNT_EXISTS_MAIL_LIMIT, now, tx);
  if (!state.allowed) return;
  await enqueueMail(tx, {
    to: owner.email,
    language: owner.language,
    template: {
      key: "account_exists",
      name: owner.name,
      email: owner.email,
      reason,
      link: `${config().publicUrl}/signin`,
      resetLink: `${config().publicUrl}/password/forgot`,
    },
  });
}

// A few per account, so nobody floods the address from a signed-in session.
export const RESEND_LIMIT = { limit: 3, windowSeconds: 15 * 60 } satisfies Limit;

export type ResendResult =
  { ok: true } | { ok: false; reason: "verified" } | { ok: false; reason: "throttled"; retryAfter: number };

/** Mails the signed-in person a new link to confirm their address, while it is unconfirmed. */
export async function resendVerification({
  userId,
  ip,
  now = new Date(),
}: {
  userId: string;
  ip: string | null;
  now?: Date;
}): Promise<ResendResult> {
  const [user] = await database()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      language: users.language,
      verifiedAt: users.emailVerifiedAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || user.verifiedAt) return { ok: false, reason: "verified" };
  const state = await consume(limitKey("verify-resend", userId), RESEND_LIMIT, now);
  if (!state.allowed) return { ok: false, reason: "throttled", retryAfter: state.retryAfter };
  await database().transaction(async (tx) => {
    await mailAddressConfirmation(tx, { user, email: user.email, purpose: "verify", now });
    await recordAudit(personActor(user.id, ip), { action: "email_verification_sent" }, tx);
  });
  return { ok: true };
}

const usable = (token: string, now: Date) =>
  and(
    eq(emailConfirmations.tokenHash, hashToken(token)),
    isNull(emailConfirmations.usedAt),
    gt(emailConfirmations.expiresAt, now),
  );

export interface EmailConfirmation {
  email: string;
  purpose: EmailConfirmationPurpose;
  // An invited account's owner chooses its password with the confirmation (confirmEmail).
  choosePassword: boolean;
}

/** The address a link confirms, while it is unused and unexpired. */
export async function findEmailConfirmation(token: string, now = new Date()): Promise<EmailConfirmation | null> {
  const [row] = await database()
    .select({
      email: emailConfirmations.email,
      purpose: emailConfirmations.purpose,
      choosePassword: sql<boolean>`${emailConfirmations.purpose} = 'verify' and ${awaitsConfirmation()}`,
    })
    .from(emailConfirmations)
    .innerJoin(users, eq(users.id, emailConfirmations.userId))
    .where(and(usable(token, now), isNull(users.deactivatedAt)));
  return row ?? null;
}

export type ConfirmResult =
  { ok: true; userId: string; purpose: EmailConfirmationPurpose; next: string } | { ok: false };

function isEmailConflict(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const { code, constraint, constraint_name } = e as {
      code?: unknown;
      constraint?: unknown;
      constraint_name?: unknown;
    };
    if (code === "23505" && (constraint ?? constraint_name) === "users_email_key") return true;
  }
  return false;
}

/**
 * Uses up the link and confirms its address: the account's own ("verify"), or the new one it
 * moves to ("change"). A "verify" link for an address the account no longer has does nothing.
 * An invited account awaiting confirmation gets `password` as its password, and without one the
 * link is refused and stays usable: whoever used the invitation link chose none (acceptInvitation).
 * The caller holds `password` to the rules (isGuessablePassword). `next` is where the person goes
 * on: a new organisation's welcome, or their settings.
 */
export async function confirmEmail({
  token,
  ip,
  password,
  now = new Date(),
}: {
  token: string;
  ip: string | null;
  password?: string;
  now?: Date;
}): Promise<ConfirmResult> {
  const passwordHash = password === undefined ? null : await hashPassword(password);
  try {
    return await database().transaction(async (tx) => {
      const awaitingPassword = tx
        .select({ one: sql`1` })
        .from(users)
        .where(and(eq(users.id, emailConfirmations.userId), awaitsConfirmation()));
      // The conditional update claims the link: of two simultaneous uses only one gets a row.
      const [claimed] = await tx
        .update(emailConfirmations)
        .set({ usedAt: now })
        .where(and(usable(token, now), passwordHash === null ? notExists(awaitingPassword) : undefined))
        .returning({
          userId: emailConfirmations.userId,
          email: emailConfirmations.email,
          purpose: emailConfirmations.purpose,
        });
      if (!claimed) return { ok: false } as const;
      const actor = personActor(claimed.userId, ip);
      const active = and(eq(users.id, claimed.userId), isNull(users.deactivatedAt));
      if (claimed.purpose === "verify") {
        const [account] = await tx
          .select({ id: users.id, choosesPassword: sql<boolean>`${awaitsConfirmation()}` })
          .from(users)
          .where(and(active, eq(sql`lower(${users.email})`, claimed.email.toLowerCase())))
          .for("update");
        if (!account) return { ok: false } as const;
        const [user] = await tx
          .update(users)
          .set({
            emailVerifiedAt: confirmedSince(now),
            ...(account.choosesPassword && passwordHash !== null ? { passwordHash } : {}),
          })
          .where(eq(users.id, account.id))
          .returning({ id: users.id });
        if (!user) return { ok: false } as const;
        await grantInvitedRoles(tx, { userId: user.id, ip });
        await recordAudit(actor, { action: "email_verified" }, tx);
        if (account.choosesPassword) await recordAudit(actor, { action: "password_chosen" }, tx);
        const [admin] = await tx
          .select({ userId: memberships.userId })
          .from(memberships)
          .where(and(eq(memberships.userId, user.id), eq(memberships.role, "admin")));
        return {
          ok: true,
          userId: user.id,
          purpose: "verify",
          next: admin ? "/organisation?welcome" : "/home",
        } as const;
      }
      // A taken address fails on the unique index, below.
      const [user] = await tx
        .update(users)
        .set({ email: claimed.email, emailVerifiedAt: now })
        .where(active)
        .returning({ id: users.id });
      if (!user) return { ok: false } as const;
      // Other open links, to this address or an older one, must not undo the change.
      await tx
        .update(emailConfirmations)
        .set({ usedAt: now })
        .where(and(eq(emailConfirmations.userId, user.id), isNull(emailConfirmations.usedAt)));
      await recordAudit(actor, { action: "email_changed" }, tx);
      return { ok: true, userId: user.id, purpose: "change", next: "/settings" } as const;
    });
  } catch (error) {
    // The new address got an account of its own after the link was sent.
    if (isEmailConflict(error)) return { ok: false };
    throw error;
  }
}

export async function purgeEmailConfirmations(now = new Date()): Promise<number> {
  const removed = await database()
    .delete(emailConfirmations)
    .where(or(isNotNull(emailConfirmations.usedAt), lt(emailConfirmations.expiresAt, now)))
    .returning({ tokenHash: emailConfirmations.tokenHash });
  return removed.length;
}
