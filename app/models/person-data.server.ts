import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import { database, type Transaction } from "../../db/client";
import {
  answers,
  assessments,
  associationAnalysts,
  associations,
  auditLog,
  customsReviewers,
  memberships,
  organisations,
  platformAdmins,
  users,
} from "../../db/schema";
import { recordAudit, type Actor } from "./audit.server";
import { switchedOffNotifications } from "./notification.server";
import { isLastActiveAdmin } from "./people.server";

// An account without a role reaches nothing; keeping it would keep personal data for no purpose.
export async function deleteRolelessAccounts(tx: Transaction, userIds: string[]): Promise<number> {
  if (userIds.length === 0) return 0;
  const holders = [
    tx.select({ id: memberships.userId }).from(memberships),
    tx.select({ id: associationAnalysts.userId }).from(associationAnalysts),
    tx.select({ id: customsReviewers.userId }).from(customsReviewers),
    tx.select({ id: platformAdmins.userId }).from(platformAdmins),
  ];
  const deleted = await tx
    .delete(users)
    .where(and(inArray(users.id, userIds), ...holders.map((q) => notInArray(users.id, q))))
    .returning({ id: users.id });
  return deleted.length;
}

export async function exportPerson({ userId }: { userId: string }) {
  const db = database();
  const [[account], memberOf, analystOf, reviewer, admin, given, events] = await Promise.all([
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        createdAt: users.createdAt,
        lastSignInAt: users.lastSignInAt,
        secondFactorSince: users.totpConfirmedAt,
      })
      .from(users)
      .where(eq(users.id, userId)),
    db
      .select({ organisation: organisations.name, role: memberships.role })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(eq(memberships.userId, userId)),
    db
      .select({ association: associations.name })
      .from(associationAnalysts)
      .innerJoin(associations, eq(associations.id, associationAnalysts.associationId))
      .where(eq(associationAnalysts.userId, userId)),
    db.select({ since: customsReviewers.createdAt }).from(customsReviewers).where(eq(customsReviewers.userId, userId)),
    db.select({ since: platformAdmins.createdAt }).from(platformAdmins).where(eq(platformAdmins.userId, userId)),
    db
      .select({
        assessmentId: answers.assessmentId,
        organisation: organisations.name,
        questionId: answers.questionId,
        value: answers.value,
        note: answers.note,
        updatedAt: answers.updatedAt,
      })
      .from(answers)
      .innerJoin(assessments, eq(assessments.id, answers.assessmentId))
      .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
      .where(eq(answers.answeredBy, userId))
      .orderBy(answers.updatedAt),
    db
      .select({
        at: auditLog.at,
        action: auditLog.action,
        organisationId: auditLog.organisationId,
        objectType: auditLog.objectType,
        objectId: auditLog.objectId,
        success: auditLog.success,
        purpose: auditLog.purpose,
        ip: auditLog.ip,
      })
      .from(auditLog)
      .where(eq(auditLog.actorUserId, userId))
      .orderBy(auditLog.at),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    account: account ?? null,
    roles: {
      memberships: memberOf,
      analystOf: analystOf.map((a) => a.association),
      customsReviewerSince: reviewer[0]?.since ?? null,
      platformAdminSince: admin[0]?.since ?? null,
    },
    answersGiven: given,
    notificationsSwitchedOff: [...(await switchedOffNotifications({ userId }))],
    auditEvents: events,
  };
}

export type ErasureRefusal = "last_admin" | "sole_member" | "last_platform_admin";

// The organisation keeps the answers, attributed to no one.
export async function erasePerson(actor: Actor): Promise<ErasureRefusal | null> {
  return database().transaction(async (tx) => {
    const mine = await tx
      .select({ organisationId: memberships.organisationId, role: memberships.role })
      .from(memberships)
      .where(eq(memberships.userId, actor.userId));
    for (const membership of mine) {
      const others = await tx
        .select({ role: memberships.role })
        .from(memberships)
        .where(
          and(eq(memberships.organisationId, membership.organisationId), sql`${memberships.userId} <> ${actor.userId}`),
        )
        .for("update");
      if (others.length === 0) return "sole_member";
      if (membership.role === "admin" && !others.some((o) => o.role === "admin")) return "last_admin";
    }
    if (await isLastActiveAdmin(actor.userId, tx)) return "last_platform_admin";
    // One entry per organisation the person leaves, so each organisation's trail shows it.
    const entry = { action: "account_erased", objectType: "user", objectId: actor.userId } as const;
    if (mine.length === 0) await recordAudit(actor, entry, tx);
    for (const m of mine) {
      await recordAudit({ ...actor, role: `org_${m.role}`, organisationId: m.organisationId }, entry, tx);
    }
    await tx.delete(users).where(eq(users.id, actor.userId));
    return null;
  });
}
