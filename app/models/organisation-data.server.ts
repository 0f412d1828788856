import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { database } from "../../db/client";
import {
  answers,
  assessments,
  assessmentScores,
  auditLog,
  invitations,
  organisations,
  themeScores,
  memberships,
} from "../../db/schema";
import { listActions } from "./action.server";
import { recordAudit, type OrganisationActor } from "./audit.server";
import { consentHistory } from "./consent.server";
import { getOrganisationProfile, listMembers } from "./organisation.server";
import { deleteRolelessAccounts } from "./person-data.server";

export async function exportOrganisation({ organisationId }: { organisationId: string }) {
  const db = database();
  const [profile, members, consents, actions, trail, list] = await Promise.all([
    getOrganisationProfile({ organisationId }),
    listMembers({ organisationId }),
    consentHistory({ organisationId }),
    listActions({ organisationId }),
    db.select().from(auditLog).where(eq(auditLog.organisationId, organisationId)).orderBy(auditLog.at),
    db.select().from(assessments).where(eq(assessments.organisationId, organisationId)).orderBy(assessments.createdAt),
  ]);
  const ids = list.map((a) => a.id);
  const memberIds = new Set(members.map((m) => m.userId));
  const [answerRows, overall, themes] = ids.length
    ? await Promise.all([
        db.select().from(answers).where(inArray(answers.assessmentId, ids)),
        db.select().from(assessmentScores).where(inArray(assessmentScores.assessmentId, ids)),
        db.select().from(themeScores).where(inArray(themeScores.assessmentId, ids)),
      ])
    : [[], [], []];
  return {
    exportedAt: new Date().toISOString(),
    organisation: profile,
    members,
    assessments: list.map((a) => ({
      ...a,
      answers: answerRows.filter((r) => r.assessmentId === a.id).map(({ assessmentId: _, ...r }) => r),
      score: overall.find((s) => s.assessmentId === a.id) ?? null,
      themeScores: themes.filter((t) => t.assessmentId === a.id).map(({ assessmentId: _, ...t }) => t),
    })),
    actions,
    consents,
    // Entries by people outside the organisation (Customs, analysts, platform admins) say who
    // by role only: another party's account and address are not the organisation's to hold.
    auditTrail: trail.map((entry) =>
      entry.actorUserId && memberIds.has(entry.actorUserId) ? entry : { ...entry, actorUserId: null, ip: null },
    ),
  };
}

// Audit rows and published releases stay: they name no one and hold no organisation data.
export async function deleteOrganisation(actor: OrganisationActor): Promise<void> {
  await database().transaction(async (tx) => {
    const members = (
      await tx
        .select({ userId: memberships.userId })
        .from(memberships)
        .where(eq(memberships.organisationId, actor.organisationId))
    ).map((m) => m.userId);
    // Accounts invited here that have yet to confirm their address would be left with nothing to join.
    const invited = (
      await tx
        .select({ userId: invitations.usedBy })
        .from(invitations)
        .where(and(eq(invitations.organisationId, actor.organisationId), isNotNull(invitations.usedBy)))
    ).flatMap((i) => (i.userId ? [i.userId] : []));
    await recordAudit(actor, { action: "organisation_deleted", details: { members: members.length } }, tx);
    await tx.delete(organisations).where(eq(organisations.id, actor.organisationId));
    await deleteRolelessAccounts(tx, [...members, ...invited]);
  });
}
