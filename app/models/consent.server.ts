import { alias } from "drizzle-orm/pg-core";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { database, queryRows, type Database } from "../../db/client";
import { assessments, auditLog, consents, users } from "../../db/schema";
import type { PortRegion, Sector, SizeBand } from "~/domain/organisation";
import type { RiskLevel } from "~/domain/scoring";
import type { ConsentRecipient } from "~/domain/sharing";
import { recordAudit } from "./audit.server";



/** Who opened an organisation's shared report, as the audit trail names that view. */
export const SHARED_REPORT_VIEWED = "shared_report_viewed";

const latestSubmittedOf = (organisationId: string) =>
  database()
    .select({ id: assessments.id })
    .from(assessments)
    .where(and(eq(assessments.organisationId, organisationId), eq(assessments.status, "submitted")))
    .orderBy(desc(assessments.submittedAt))
    .limit(1);

/**
 * Shares the organisation's latest submitted report with a recipient; an existing grant to the
 * same recipient is revoked in the same step, so exactly one is in force. False when there is
 * no submitted report to share.
 */
export async function grantConsent(input: {
  organisationId: string;
  userId: string;
  recipient: ConsentRecipient;
  keepLatest: boolean;
  ip: string | null;
}): Promise<boolean> {
  const [latest] = await latestSubmittedOf(input.organisationId);
  if (!latest) return false;
  await database().transaction(async (tx) => {
    await tx
      .update(consents)
      .set({ revokedAt: sql`now()`, revokedBy: input.userId })
      .where(and(eq(consents.organisationId, input.organisationId), eq(consents.recipient, input.recipient), isNull(consents.revokedAt)));
    await tx.insert(consents).values({
      organisationId: input.organisationId,
      recipient: input.recipient,
      assessmentId: latest.id,
      keepLatest: input.keepLatest,
      grantedBy: input.userId,
    });
    await recordAudit(
      {
        actorUserId: input.userId,
        actorRole: "org_admin",
        organisationId: input.organisationId,
        action: "consent_granted",
        objectType: "assessment",
        objectId: latest.id,
        ip: input.ip,
        details: { recipient: input.recipient, keepLatest: input.keepLatest },
      },
      tx,
    );
  });
  return true;
}

/** Ends the grant to a recipient at once: its next request is refused. False when none was in force. */
export async function revokeConsent(input: {
  organisationId: string;
  userId: string;
  recipient: ConsentRecipient;
  ip: string | null;
}): Promise<boolean> {
  return database().transaction(async (tx) => {
    const revoked = await tx
      .update(consents)
      .set({ revokedAt: sql`now()`, revokedBy: input.userId })
      .where(and(eq(consents.organisationId, input.organisationId), eq(consents.recipient, input.recipient), isNull(consents.revokedAt)))
      .returning({ id: consents.id, assessmentId: consents.assessmentId });
    if (revoked.length === 0) return false;
    await recordAudit(
      {
        actorUserId: input.userId,
        actorRole: "org_admin",
        organisationId: input.organisationId,
        action: "consent_revoked",
        objectType: "assessment",
        objectId: revoked[0]!.assessmentId,
        ip: input.ip,
        details: { recipient: input.recipient },
      },
      tx,
    );
    return true;
  });
}

/** Every grant of an organisation, newest first, with who granted and who revoked it. */
export async function consentHistory({ organisationId }: { organisationId: string }) {
  const granter = alias(users, "granter");
  const revoker = alias(users, "revoker");
  return database()
    .select({
      id: consents.id,
      recipient: consents.recipient,
      keepLatest: consents.keepLatest,
      grantedAt: consents.grantedAt,
      grantedBy: granter.name,
      revokedAt: consents.revokedAt,
      revokedBy: revoker.name,
      submittedAt: assessments.submittedAt,
    })
    .from(consents)
    .innerJoin(assessments, eq(assessments.id, consents.assessmentId))
    .leftJoin(granter, eq(granter.id, consents.grantedBy))
    .leftJoin(revoker, eq(revoker.id, consents.revokedBy))
    .where(eq(consents.organisationId, organisationId))
    .orderBy(desc(consents.grantedAt));
}

export interface SharingOrganisation {
  id: string;
  name: string;
  sector: Sector;
  sizeBand: SizeBand;
  region: PortRegion;
  assessmentId: string;
  submittedAt: Date;
  level: RiskLevel | null;
}

/**
 * The organisations that share with a recipient now, each with the report it shares: the one
 * of the grant, or its latest submitted one when it chose to keep sharing the latest.
 * `organisationId` narrows to one organisation, `sectors` to an association's sectors. Inside a
 * transaction when one is passed.
 */
export async function sharingOrganisations(
  filter: {
    recipient: ConsentRecipient;
    organisationId?: string;
    sectors?: Sector[];
  },
  db: Pick<Database, "execute"> = database(),
): Promise<SharingOrganisation[]> {
  const rows = await queryRows<{
    id: string;
    name: string;
    sector: Sector;
    size_band: SizeBand;
    region: PortRegion;
    assessment_id: string;
    submitted_at: string | Date;
    level: RiskLevel | null;
  }>(
    db,
    sql`select o.id, o.name, o.sector, o.size_band, o.region, a.id as assessment_id, a.submitted_at, s.level
      from consents c
      join organisations o on o.id = c.organisation_id
      join lateral (
        select a.id, a.submitted_at from assessments a
        where a.organisation_id = c.organisation_id and a.status = 'submitted'
          and (c.keep_latest or a.id = c.assessment_id)
        order by a.submitted_at desc limit 1
      ) a on true
      left join assessment_scores s on s.assessment_id = a.id
      where c.recipient = ${filter.recipient} and c.revoked_at is null
        ${filter.organisationId ? sql`and o.id = ${filter.organisationId}` : sql``}
        ${filter.sectors ? sql`and o.sector in (${sql.join(filter.sectors.map((s) => sql`${s}`), sql`, `)})` : sql``}
      order by o.name`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    sector: r.sector,
    sizeBand: r.size_band,
    region: r.region,
    assessmentId: r.assessment_id,
    submittedAt: new Date(r.submitted_at),
    level: r.level,
  }));
}

/** Writes the audit entry of one view of a shared report by someone outside the organisation. */
export async function recordSharedView(input: {
  userId: string;
  role: "customs_reviewer" | "association_analyst";
  organisationId: string;
  assessmentId: string;
  purpose: string;
  ip: string | null;
  via: "page" | "api";
}): Promise<void> {
  await recordAudit({
    actorUserId: input.userId,
    actorRole: input.role,
    organisationId: input.organisationId,
    action: SHARED_REPORT_VIEWED,
    objectType: "assessment",
    objectId: input.assessmentId,
    purpose: input.purpose,
    ip: input.ip,
    details: { via: input.via },
  });
}

/** Who outside the organisation opened its shared reports, when and why: newest first. */
export async function viewsOfSharedReports({ organisationId, limit = 100 }: { organisationId: string; limit?: number }) {
  return database()
    .select({ at: auditLog.at, name: users.name, role: auditLog.actorRole, purpose: auditLog.purpose })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(eq(auditLog.organisationId, organisationId), eq(auditLog.action, SHARED_REPORT_VIEWED)))
    .orderBy(desc(auditLog.at))
    .limit(limit);
}
