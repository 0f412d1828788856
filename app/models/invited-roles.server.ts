import { eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { associationAnalysts, customsReviewers, invitations, memberships } from "../../db/schema";
import { recordAudit } from "./audit.server";

/**
 * Gives an account made from an invitation the role the invitation offered, once its address is
 * confirmed: until then the inviter sees no member, as when the address already had an account.
 * The used invitation is what waits; it is removed here, so a later confirmation (a password
 * reset months on) gives nothing back that was taken away since.
 */
export async function grantInvitedRoles(
  tx: Pick<Database, "delete" | "insert">,
  { userId, ip }: { userId: string; ip: string | null },
): Promise<void> {
  const accepted = await tx.delete(invitations).where(eq(invitations.usedBy, userId)).returning();
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
