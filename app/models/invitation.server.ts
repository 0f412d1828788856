import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { database } from "../../db/client";
import { associations, invitations, organisations, users } from "../../db/schema";
import { INVITATION_VALID_DAYS, type InvitationRole } from "~/domain/account";
import type { Language } from "~/i18n";
import { config } from "~/server/config.server";
import { byEmail, ownerOf } from "./account.server";
import { recordAudit, type Actor } from "./audit.server";
import { mailAccountExists, mailAddressConfirmation } from "./email-verification.server";
import { enqueueMail } from "./mail.server";
import { hashToken, newToken } from "./session.server";

const INVITATION_VALID_MS = INVITATION_VALID_DAYS * 24 * 3_600_000;

export interface NewInvitation {
  role: InvitationRole;
  email: string;
  name?: string;
  organisationId?: string;
  associationId?: string;
  // The inviter's language, for the mail to an address without an account.
  language: Language;
}

// Only the token's hash is stored; the link goes out by mail with the row, and back to the
// inviter to pass on by hand.
export async function createInvitation(
  actor: Actor,
  input: NewInvitation,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + INVITATION_VALID_MS);
  await database().transaction(async (tx) => {
    const [row] = await tx
      .insert(invitations)
      .values({
        tokenHash: hashToken(token),
        email: input.email,
        name: input.name ?? null,
        role: input.role,
        organisationId: input.organisationId ?? null,
        associationId: input.associationId ?? null,
        createdBy: actor.userId,
        expiresAt,
      })
      .returning({ id: invitations.id });
    const [place] = input.organisationId
      ? await tx
          .select({ name: organisations.name })
          .from(organisations)
          .where(eq(organisations.id, input.organisationId))
      : input.associationId
        ? await tx
            .select({ name: associations.name })
            .from(associations)
            .where(eq(associations.id, input.associationId))
        : [];
    const [inviter] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
    if (!inviter) throw new Error(`no account ${actor.userId}`);
    // An address with an account reads its own language; only the invitee sees the mail.
    const [invitee] = await tx.select({ language: users.language }).from(users).where(byEmail(input.email));
    await enqueueMail(tx, {
      to: input.email,
      language: invitee?.language ?? input.language,
      template: {
        key: "invitation",
        name: input.name ?? null,
        role: input.role,
        inviter: inviter.name,
        place: place?.name ?? null,
        link: `${config().publicUrl}/invitations/${token}`,
        expiresAt,
        days: INVITATION_VALID_DAYS,
      },
    });
    await recordAudit(
      actor,
      {
        organisationId: input.organisationId ?? null,
        action: input.role === "member" ? "invitation_created" : "account_invited",
        objectType: "invitation",
        objectId: row?.id,
        details: { role: input.role, associationId: input.associationId ?? null },
      },
      tx,
    );
  });
  return { token, expiresAt };
}

export type InvitationLookup =
  | {
      status: "valid";
      email: string;
      name: string | null;
      role: InvitationRole;
      organisationName: string | null;
      associationName: string | null;
    }
  | { status: "expired" | "used" | "unknown" };

export async function findInvitation(token: string): Promise<InvitationLookup> {
  const [row] = await database()
    .select({
      email: invitations.email,
      name: invitations.name,
      role: invitations.role,
      usedAt: invitations.usedAt,
      expiresAt: invitations.expiresAt,
      organisationName: organisations.name,
      associationName: associations.name,
    })
    .from(invitations)
    .leftJoin(organisations, eq(organisations.id, invitations.organisationId))
    .leftJoin(associations, eq(associations.id, invitations.associationId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  if (!row) return { status: "unknown" };
  if (row.usedAt) return { status: "used" };
  if (row.expiresAt <= new Date()) return { status: "expired" };
  return {
    status: "valid",
    email: row.email,
    name: row.name,
    role: row.role,
    organisationName: row.organisationName,
    associationName: row.associationName,
  };
}

export type AcceptResult = { ok: true; userId: string } | { ok: false; error: "invitation_invalid" | "email_taken" };

/**
 * Makes the invited account, or, when the address already has one, uses up the invitation and
 * mails its owner instead: the caller answers both alike, so the link does not reveal accounts.
 * No password is asked here: the link may be used by the inviter, so the account gets the one its
 * address's owner chooses on confirming it.
 */
export async function acceptInvitation(input: {
  token: string;
  name: string;
  ip: string | null;
  language?: Language;
}): Promise<AcceptResult> {
  const now = new Date();
  return database().transaction(async (tx) => {
    // The conditional update claims the link: of two simultaneous uses only one gets a row.
    const [invitation] = await tx
      .update(invitations)
      .set({ usedAt: now })
      .where(
        and(
          eq(invitations.tokenHash, hashToken(input.token)),
          isNull(invitations.usedAt),
          gt(invitations.expiresAt, now),
        ),
      )
      .returning();
    if (!invitation) return { ok: false, error: "invitation_invalid" } as const;
    const asInvited = { role: invitation.role, organisationId: invitation.organisationId, ip: input.ip };
    // Kept out of the organisation's trail, which its admins export: a taken address and a free
    // one must leave the same there. The account enters it on confirmation (grantInvitedRoles).
    const used = {
      action: "invitation_used",
      organisationId: null,
      objectType: "invitation",
      objectId: invitation.id,
    } as const;
    // An earlier invited account here that nobody can confirm any more is replaced, not a dead
    // end. One whose link is still open stays as it is: a second invitation must not take a
    // pending acceptance away from whoever holds that link, nor add its role to it unasked.
    const existing = await ownerOf(tx, invitation.email, now);
    if (existing) {
      await mailAccountExists(tx, { owner: existing, reason: "invitation", now });
      await recordAudit(
        { ...asInvited, userId: null },
        { ...used, success: false, details: { accountExists: true } },
        tx,
      );
      return { ok: false, error: "email_taken" } as const;
    }
    // The mailed link does not prove the address: the inviter can copy it and pass it on, or use
    // it themselves. So the account waits for its address to be confirmed before it has a
    // password, signs in or gets its role (grantInvitedRoles): until then the inviter sees what a
    // taken address shows.
    const [user] = await tx
      .insert(users)
      .values({ email: invitation.email, name: input.name, language: input.language, confirmBeforeSignIn: true })
      .returning({ id: users.id, name: users.name, language: users.language });
    if (!user) throw new Error("insert returned no row");
    await tx.update(invitations).set({ usedBy: user.id }).where(eq(invitations.id, invitation.id));
    await mailAddressConfirmation(tx, { user, email: invitation.email, purpose: "verify", invited: true, now });
    await recordAudit({ ...asInvited, userId: user.id }, used, tx);
    return { ok: true, userId: user.id } as const;
  });
}

/** Whose invitations: an organisation's members, or the platform's analysts and reviewers. */
export type InvitationScope = { organisationId: string } | { platform: true };

const inScope = (where: InvitationScope) =>
  "organisationId" in where
    ? eq(invitations.organisationId, where.organisationId)
    : sql`${invitations.role} <> 'member'`;

const isOpen = () => and(isNull(invitations.usedAt), gt(invitations.expiresAt, new Date()));

export async function listOpenInvitations(where: InvitationScope) {
  return database()
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      associationName: associations.name,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .leftJoin(associations, eq(associations.id, invitations.associationId))
    .where(and(inScope(where), isOpen()))
    .orderBy(desc(invitations.createdAt));
}

/** Ends an open invitation at once: its link then says it is no longer valid. */
export async function withdrawInvitation(actor: Actor, where: InvitationScope, invitationId: string): Promise<boolean> {
  return database().transaction(async (tx) => {
    const [withdrawn] = await tx
      .update(invitations)
      .set({ expiresAt: sql`now()` })
      .where(and(eq(invitations.id, invitationId), inScope(where), isOpen()))
      .returning({ id: invitations.id, role: invitations.role, organisationId: invitations.organisationId });
    if (!withdrawn) return false;
    await recordAudit(
      actor,
      {
        organisationId: withdrawn.organisationId,
        action: "invitation_withdrawn",
        objectType: "invitation",
        objectId: withdrawn.id,
        details: { role: withdrawn.role },
      },
      tx,
    );
    return true;
  });
}
