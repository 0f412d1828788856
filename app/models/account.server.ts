import { eq, sql } from "drizzle-orm";
import { database, type Database, type Transaction } from "../../db/client";
import { memberships, organisations, users } from "../../db/schema";
import type { PortRegion, Sector, SizeBand } from "~/domain/organisation";
import type { Language } from "~/i18n";
import { config } from "~/server/config.server";
import { recordAudit, type Actor } from "./audit.server";
import { mailAccountExists, mailAddressConfirmation } from "./email-verification.server";
import { awaitsConfirmation, removeAbandonedInvitedAccounts } from "./invited-roles.server";
import { enqueueMail } from "./mail.server";
import { hashPassword, verifyPassword } from "./password.server";
import { endSessionsOfUser } from "./session.server";
import { consume, limitKey, refund, type Limit } from "./rate-limit.server";

export interface SignUp {
  organisation: { name: string; sector: Sector; sizeBand: SizeBand; region: PortRegion; kvkNumber?: string };
  name: string;
  email: string;
  password: string;
  ip: string | null;
  // Unknown (a script, a test): the column's default.
  language?: Language;
}

export type SignUpResult = { ok: true; userId: string; organisationId: string } | { ok: false; error: "email_taken" };

export const byEmail = (email: string) => eq(sql`lower(${users.email})`, email.toLowerCase());

/** The account at an address, with what a mail to it and a check of its state need. */
export async function accountAt(db: Pick<Database, "select">, email: string) {
  const [account] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      language: users.language,
      deactivatedAt: users.deactivatedAt,
    })
    .from(users)
    .where(byEmail(email));
  return account;
}

/**
 * The account at this address, if any. One made from an invitation that nobody can confirm any
 * more is removed first and counts as none (removeAbandonedInvitedAccounts), so the address can
 * be signed up with, invited or moved to again.
 */
export async function ownerOf(tx: Transaction, email: string, now = new Date()) {
  await removeAbandonedInvitedAccounts(tx, { now, address: email });
  const [owner] = await tx
    .select({ id: users.id, name: users.name, email: users.email, language: users.language })
    .from(users)
    .where(byEmail(email));
  return owner;
}

/**
 * A new address gets an organisation, its unconfirmed admin and a link to confirm the address; an
 * address that has an account gets nothing but a mail to its owner saying so. The caller answers
 * both alike: only the mailbox learns which it was.
 */
export async function signUp(input: SignUp): Promise<SignUpResult> {
  // Hashed in both cases, so a taken address answers as slowly as a free one.
  const passwordHash = await hashPassword(input.password);
  return database().transaction(async (tx) => {
    const existing = await ownerOf(tx, input.email);
    if (existing) {
      await mailAccountExists(tx, { owner: existing, reason: "sign_up" });
      return { ok: false, error: "email_taken" } as const;
    }
    const [user] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, passwordHash, language: input.language })
      .returning({ id: users.id, name: users.name, language: users.language });
    const [organisation] = await tx
      .insert(organisations)
      .values({ ...input.organisation, kvkNumber: input.organisation.kvkNumber || null })
      .returning({ id: organisations.id });
    if (!user || !organisation) throw new Error("insert returned no row");
    await tx.insert(memberships).values({ userId: user.id, organisationId: organisation.id, role: "admin" });
    await mailAddressConfirmation(tx, { user, email: input.email, purpose: "verify" });
    await recordAudit(
      { userId: user.id, role: "org_admin", organisationId: organisation.id, ip: input.ip },
      { action: "sign_up", objectType: "organisation", objectId: organisation.id },
      tx,
    );
    return { ok: true, userId: user.id, organisationId: organisation.id } as const;
  });
}

/**
 * Mails a link to the new address that moves the account there once followed, and tells the old
 * address. A new address that has an account gets a mail saying so instead, and the person asking
 * learns nothing from the answer. The caller checked the current password.
 */
export async function requestEmailChange({
  actor,
  newEmail,
}: {
  actor: Actor;
  newEmail: string;
}): Promise<{ ok: true } | { ok: false; error: "same_address" }> {
  return database().transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, name: users.name, email: users.email, language: users.language })
      .from(users)
      .where(eq(users.id, actor.userId));
    if (!user) throw new Error(`no account ${actor.userId}`);
    if (user.email.toLowerCase() === newEmail.toLowerCase()) return { ok: false, error: "same_address" } as const;
    const owner = await ownerOf(tx, newEmail);
    if (owner) await mailAccountExists(tx, { owner, reason: "address_change" });
    else await mailAddressConfirmation(tx, { user, email: newEmail, purpose: "change" });
    const base = config().publicUrl;
    await enqueueMail(tx, {
      to: user.email,
      language: user.language,
      template: {
        key: "address_change_notice",
        name: user.name,
        oldEmail: user.email,
        newEmail,
        link: `${base}/settings`,
        resetLink: `${base}/password/forgot`,
      },
    });
    await recordAudit(actor, { action: "email_change_requested", details: owner ? { taken: true } : undefined }, tx);
    return { ok: true } as const;
  });
}

export const SIGN_IN_LIMITS = {
  account: { limit: 10, windowSeconds: 15 * 60 },
  address: { limit: 100, windowSeconds: 15 * 60 },
} satisfies Record<string, Limit>;

export type SignInResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfter: number };

// Unknown address and wrong password take the same time and answer, and the lockout holds known
// or not, so nothing reveals an account. Counted before the check, so parallel attempts cannot
// all pass; a success is taken back, leaving the counters counting failures.
export async function verifySignIn(
  email: string,
  password: string,
  ip: string | null,
  action: "sign_in" | "reauthenticated" = "sign_in",
): Promise<SignInResult> {
  const now = new Date();
  const counters = [
    { key: limitKey("signin-account", email), limit: SIGN_IN_LIMITS.account },
    ...(ip ? [{ key: limitKey("signin-address", ip), limit: SIGN_IN_LIMITS.address }] : []),
  ];
  const takeBack = () => Promise.all(counters.map((c) => refund(c.key, c.limit, now)));
  const states = await Promise.all(counters.map((c) => consume(c.key, c.limit, now)));
  const [user] = await database()
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      deactivatedAt: users.deactivatedAt,
      unconfirmed: sql<boolean>`${awaitsConfirmation()}`,
    })
    .from(users)
    .where(byEmail(email));
  const asker = { userId: user?.id ?? null, role: null, organisationId: null, ip };
  const blocked = states.filter((s) => !s.allowed);
  if (blocked.length > 0) {
    await takeBack();
    await recordAudit(asker, { action, success: false, details: { throttled: true } });
    return { ok: false, reason: "throttled", retryAfter: Math.max(...blocked.map((s) => s.retryAfter)) };
  }
  // A deactivated account, and an invited one whose address is not confirmed yet, get the answer
  // of a wrong password: it is checked all the same, so the time tells nothing.
  const valid =
    (await verifyPassword(user?.passwordHash ?? null, password)) && !user?.deactivatedAt && !user?.unconfirmed;
  await recordAudit(asker, {
    action,
    success: valid,
    // The typed address is kept only for failures of unknown accounts, to spot guessing.
    details: user ? undefined : { email: email.slice(0, 254) },
  });
  if (valid && user) {
    await takeBack();
    if (action === "sign_in") await database().update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
    return { ok: true, userId: user.id };
  }
  return { ok: false, reason: "invalid" };
}

export async function isEmailTaken(email: string): Promise<boolean> {
  const [row] = await database().select({ id: users.id }).from(users).where(byEmail(email));
  return Boolean(row);
}

// Ends every session, so a stolen cookie stops working too.
export async function changePassword(actor: Actor, newPassword: string): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await database().transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, actor.userId));
    await recordAudit(actor, { action: "password_changed" }, tx);
  });
  await endSessionsOfUser(actor.userId);
}

/** Mails to the person are written in the language they last signed in with or chose on the site. */
export async function setLanguage(userId: string, language: Language): Promise<void> {
  await database().update(users).set({ language }).where(eq(users.id, userId));
}
