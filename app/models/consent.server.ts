import { alias } from "drizzle-orm/pg-core";
import { and, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { database, queryRows, type Database } from "../../db/client";
import {
  assessments,
  associationSectors,
  auditLog,
  consentAssociations,
  consents,
  organisations,
  users,
} from "../../db/schema";
import { TIME_ZONE } from "~/dates";
import type { PortRegion, Sector, SizeBand } from "~/domain/organisation";
import type { RiskLevel } from "~/domain/scoring";
import { DEFAULT_CONSENT_TERM, type ConsentRecipient, type ConsentTerm } from "~/domain/sharing";
import { recordAudit, type Actor, type OrganisationActor } from "./audit.server";
import { notifyConsentRevoked, notifyReportOpened } from "./notification.server";

// Not revoked and not run out; an expired consent keeps `revoked_at` empty until shared again.
const inForce = and(isNull(consents.revokedAt), sql`${consents.expiresAt} > now()`);

const latestSubmittedOf = (organisationId: string) =>
  database()
    .select({ id: assessments.id })
    .from(assessments)
    .where(and(eq(assessments.organisationId, organisationId), eq(assessments.status, "submitted")))
    .orderBy(desc(assessments.submittedAt))
    .limit(1);

/**
 * `months` after `from`, counted on the Dutch calendar: the same day of the month at the same
 * time there, also across a change of summer time (in UTC it would be a day early at midnight).
 */
export const termEnd = (from: SQL, months: number) =>
  sql<Date>`((${from})::timestamptz at time zone ${TIME_ZONE} + make_interval(months => ${months})) at time zone ${TIME_ZONE}`;

// An existing grant to the recipient is revoked in the same step, so exactly one is in force.
// It holds for `term` months.
export async function grantConsent(
  actor: OrganisationActor,
  input: { recipient: ConsentRecipient; keepLatest: boolean; term?: ConsentTerm },
): Promise<boolean> {
  const [latest] = await latestSubmittedOf(actor.organisationId);
  if (!latest) return false;
  const term = input.term ?? DEFAULT_CONSENT_TERM;
  await database().transaction(async (tx) => {
    await tx
      .update(consents)
      .set({ revokedAt: sql`now()`, revokedBy: actor.userId })
      .where(
        and(
          eq(consents.organisationId, actor.organisationId),
          eq(consents.recipient, input.recipient),
          isNull(consents.revokedAt),
        ),
      );
    const [consent] = await tx
      .insert(consents)
      .values({
        organisationId: actor.organisationId,
        recipient: input.recipient,
        assessmentId: latest.id,
        keepLatest: input.keepLatest,
        grantedBy: actor.userId,
        expiresAt: termEnd(sql`now()`, term),
      })
      .returning({ id: consents.id });
    if (input.recipient === "association") {
      // The consent names the associations that cover the organisation's sector now, and no later one.
      const named = await tx
        .select({ associationId: associationSectors.associationId })
        .from(associationSectors)
        .innerJoin(organisations, eq(organisations.sector, associationSectors.sector))
        .where(eq(organisations.id, actor.organisationId));
      if (named.length > 0)
        await tx
          .insert(consentAssociations)
          .values(named.map((n) => ({ consentId: consent!.id, associationId: n.associationId })));
    }
    await recordAudit(
      actor,
      {
        action: "consent_granted",
        objectType: "assessment",
        objectId: latest.id,
        details: { recipient: input.recipient, keepLatest: input.keepLatest, months: term },
      },
      tx,
    );
  });
  return true;
}

export async function revokeConsent(actor: OrganisationActor, recipient: ConsentRecipient): Promise<boolean> {
  return database().transaction(async (tx) => {
    const revoked = await tx
      .update(consents)
      .set({ revokedAt: sql`now()`, revokedBy: actor.userId })
      .where(and(eq(consents.organisationId, actor.organisationId), eq(consents.recipient, recipient), inForce))
      .returning({ id: consents.id, assessmentId: consents.assessmentId });
    if (revoked.length === 0) return false;
    await notifyConsentRevoked(tx, {
      organisationId: actor.organisationId,
      recipient,
      consentId: revoked[0]!.id,
      revokedBy: actor.userId,
    });
    await recordAudit(
      actor,
      {
        action: "consent_revoked",
        objectType: "assessment",
        objectId: revoked[0]!.assessmentId,
        details: { recipient: recipient },
      },
      tx,
    );
    return true;
  });
}

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
      expiresAt: consents.expiresAt,
      submittedAt: assessments.submittedAt,
      associations: sql<
        string[]
      >`coalesce((select array_agg(a.name order by a.name) from consent_associations ca join associations a on a.id = ca.association_id where ca.consent_id = ${consents.id}), '{}')`,
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

export async function sharingOrganisations(
  filter: {
    recipient: ConsentRecipient;
    organisationId?: string;
    associationIds?: string[];
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
      where c.recipient = ${filter.recipient} and c.revoked_at is null and c.expires_at > now()
        ${filter.organisationId ? sql`and o.id = ${filter.organisationId}` : sql``}
        ${
          filter.associationIds
            ? filter.associationIds.length === 0
              ? sql`and false`
              : sql`and exists (select 1 from consent_associations ca where ca.consent_id = c.id
                  and ca.association_id in (${sql.join(
                    filter.associationIds.map((id) => sql`${id}`),
                    sql`, `,
                  )}))`
            : sql``
        }
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

async function namedAssociations(
  organisationId: string,
  associationIds: string[],
): Promise<{ id: string; name: string }[]> {
  if (associationIds.length === 0) return [];
  return queryRows<{ id: string; name: string }>(
    database(),
    sql`select a.id, a.name from consents c
      join consent_associations ca on ca.consent_id = c.id
      join associations a on a.id = ca.association_id
      where c.organisation_id = ${organisationId} and c.recipient = 'association' and c.revoked_at is null
        and c.expires_at > now()
        and a.id in (${sql.join(
          associationIds.map((id) => sql`${id}`),
          sql`, `,
        )})
      order by a.name`,
  );
}

// The audit entry and the notice to the organisation's admins are one write; the demo data's
// views tell nobody.
export async function recordSharedView(
  reader: Actor & { role: "customs_reviewer" | "association_analyst" },
  view: {
    associationIds: string[];
    organisationId: string;
    assessmentId: string;
    purpose: string;
    via: "page" | "api";
  },
  { at = new Date(), notify = true }: { at?: Date; notify?: boolean } = {},
): Promise<void> {
  const associations =
    reader.role === "association_analyst" ? await namedAssociations(view.organisationId, view.associationIds) : [];
  await database().transaction(async (tx) => {
    await recordAudit(
      reader,
      {
        organisationId: view.organisationId,
        action: "shared_report_viewed",
        objectType: "assessment",
        objectId: view.assessmentId,
        purpose: view.purpose,
        details: {
          via: view.via,
          associations: reader.role === "association_analyst" ? associations.map((a) => a.name).join(", ") : null,
        },
      },
      tx,
    );
    if (notify)
      await notifyReportOpened(tx, {
        organisationId: view.organisationId,
        role: reader.role,
        associations,
        purpose: view.purpose,
        at,
      });
  });
}

// The reader's organisation and role, never their account or address.
export async function viewsOfSharedReports({
  organisationId,
  limit = 100,
}: {
  organisationId: string;
  limit?: number;
}) {
  const rows = await database()
    .select({ at: auditLog.at, role: auditLog.actorRole, purpose: auditLog.purpose, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.organisationId, organisationId), eq(auditLog.action, "shared_report_viewed")))
    .orderBy(desc(auditLog.at))
    .limit(limit);
  return rows.map(({ at, role, purpose, details }) => ({
    at,
    role: role === "association_analyst" ? ("association_analyst" as const) : ("customs_reviewer" as const),
    associations: typeof details?.associations === "string" ? details.associations : null,
    purpose,
  }));
}
