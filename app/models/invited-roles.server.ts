import { and, eq, gt, inArray, isNull, notExists, sql, type SQL } from "drizzle-orm";
import type { Database, Transaction } from "../../db/client";
import {
  associationAnalysts,
  customsReviewers,
  emailConfirmations,
  invitations,
  memberships,
  passwordResets,
  users,
} from "../../db/schema";
import { byEmail } from "./account.server";
import { recordAudit } from "./audit.server";
import { deleteRolelessAccounts } from "./person-data.server";

/**
 * An account made from an invitation whose address nobody has confirmed: it cannot sign in, holds
 * no role yet, and its password is chosen by whoever confirms the address.
 */
export const awaitsConfirmation = (): SQL => sql`(${users.confirmBeforeSignIn} and ${users.emailVerifiedAt} is null)`;

/**
 * Removes the accounts made from an invitation that were never confirmed and that no open link
 * (address confirmation or password reset) can confirm any more, with the invitations waiting on
 * them; `address` limits it to the account at that address. Nobody has shown such an
 * account is theirs, it holds no role and no password anyone chose for it, so it is as good as
 * none: left, it would keep its address forever, and a new invitation or sign-up there would only
 * mail "you already have an account".
 */
export async function removeAbandonedInvitedAccounts(
  tx: Transaction,
  { now, address }: { now: Date; address?: string },
): Promise<number> {
  const openConfirmation = tx
    .select({ one: sql`1` })
    .from(emailConfirmations)
    .where(
      and(
        eq(emailConfirmations.userId, users.id),
        isNull(emailConfirmations.usedAt),
        gt(emailConfirmations.expiresAt, now),
      ),
    );
  const openReset = tx
    .select({ one: sql`1` })
    .from(passwordResets)
    .where(and(eq(passwordResets.userId, users.id), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)));
  // Locked, so a link asked for meanwhile waits for this transaction instead of outliving its account.
  const abandoned = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        awaitsConfirmation(),
        address === undefined ? undefined : byEmail(address),
        notExists(openConfirmation),
        notExists(openReset),
      ),
    )
    .for("update");
  const ids = abandoned.map((a) => a.id);
  if (ids.length === 0) return 0;
  await tx.delete(invitations).where(inArray(invitations.usedBy, ids));
  return deleteRolelessAccounts(tx, ids);
}

/**
 * Gives an account made from an invitation the role the invitation offered, once its address is
 * confirmed: until then the inviter sees no member, as when the address already had an account.
 * The used invitation is what waits; it lets go of the account here, so a later confirmation (a
 * password reset months on) gives nothing back that was taken away since, and stays as used, so
 * its link says so until the purge removes it.
 */
export async function grantInvitedRoles(
  tx: Pick<Database, "update" | "insert">,
  { userId, ip }: { userId: string; ip: string | null },
): Promise<void> {
  const accepted = await tx.update(invitations).set({ usedBy: null }).where(eq(invitations.usedBy, userId)).returning();
  for (const invitation of accepted) {
    if (invitation.role === "member" && invitation.organisationId) {
      await tx
        .insert(memberships)
        .values({ userId, organisationId: invitation.organisationId, role: "member" })
        .onConflictDoNothing();
    } else if (invitation.role === "analyst" && invitation.associationId) {
      await tx
        .insert(associationAnalysts)
        .values({ userId, associationId: invitation.associationId })
        .onConflictDoNothing();
    } else if (invitation.role === "customs_reviewer") {
      await tx.insert(customsReviewers).values({ userId }).onConflictDoNothing();
    } else {
      throw new Error(`invitation ${invitation.id} names no target for role ${invitation.role}`);
    }
    await recordAudit(
      { userId, role: invitation.role, organisationId: invitation.organisationId, ip },
      { action: "invitation_confirmed", objectType: "invitation", objectId: invitation.id },
      tx,
    );
  }
}
