import { and, asc, eq } from "drizzle-orm";
import { database } from "../../db/client";
import { memberships, organisations, users } from "../../db/schema";
import { isOnlyAdmin, type MembershipRole, type PortRegion, type Sector, type SizeBand } from "~/domain/organisation";
import { recordAudit, type OrganisationActor } from "./audit.server";
import { deleteRolelessAccounts } from "./person-data.server";
import { endSessionsOfUser } from "./session.server";
import { withdrawOnProfileChange } from "./verification.server";

export interface OrganisationProfile {
  name: string;
  sector: Sector;
  sizeBand: SizeBand;
  region: PortRegion;
  kvkNumber: string | null;
}

export async function getOrganisationProfile({ organisationId }: { organisationId: string }) {
  const [row] = await database()
    .select({
      id: organisations.id,
      name: organisations.name,
      sector: organisations.sector,
      sizeBand: organisations.sizeBand,
      region: organisations.region,
      kvkNumber: organisations.kvkNumber,
    })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row ?? null;
}

export async function updateOrganisationProfile(actor: OrganisationActor, profile: OrganisationProfile): Promise<void> {
  await database().transaction(async (tx) => {
    await withdrawOnProfileChange(tx, actor, { sector: profile.sector, kvkNumber: profile.kvkNumber });
    await tx.update(organisations).set(profile).where(eq(organisations.id, actor.organisationId));
    await recordAudit(
      actor,
      { action: "organisation_updated", objectType: "organisation", objectId: actor.organisationId },
      tx,
    );
  });
}

export async function listMembers({ organisationId }: { organisationId: string }) {
  return database()
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      since: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(users.name));
}

export type MemberChangeResult = { ok: true } | { ok: false; error: "last_admin" | "not_found" };

// Memberships are locked, so two admins demoting each other at once cannot leave none.
export async function changeMember(
  actor: OrganisationActor,
  input: { memberUserId: string; change: { role: MembershipRole } | "remove" },
): Promise<MemberChangeResult> {
  const result = await database().transaction(async (tx) => {
    const rows = await tx
      .select({ userId: memberships.userId, role: memberships.role })
      .from(memberships)
      .where(eq(memberships.organisationId, actor.organisationId))
      .for("update");
    const member = rows.find((r) => r.userId === input.memberUserId);
    if (!member) return { ok: false, error: "not_found" } as const;
    const losesAdmin = member.role === "admin" && (input.change === "remove" || input.change.role !== "admin");
    if (losesAdmin && isOnlyAdmin(member, rows)) {
      return { ok: false, error: "last_admin" } as const;
    }
    const where = and(eq(memberships.organisationId, actor.organisationId), eq(memberships.userId, input.memberUserId));
    if (input.change === "remove") {
      await tx.delete(memberships).where(where);
      await deleteRolelessAccounts(tx, [input.memberUserId]);
    } else {
      await tx.update(memberships).set({ role: input.change.role }).where(where);
    }
    await recordAudit(
      actor,
      {
        action: input.change === "remove" ? "member_removed" : "role_changed",
        objectType: "user",
        objectId: input.memberUserId,
        details: input.change === "remove" ? { from: member.role } : { from: member.role, to: input.change.role },
      },
      tx,
    );
    return { ok: true } as const;
  });
  // Someone who lost a role must sign in again, so no open session keeps the old rights.
  const lostRights = input.change === "remove" || input.change.role === "member";
  if (result.ok && lostRights) await endSessionsOfUser(input.memberUserId);
  return result;
}
