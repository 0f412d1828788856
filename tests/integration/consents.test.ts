import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { database, queryRows } from "../../db/client";
import { associations, associationSectors, auditLog, consents, customsReviewers, users } from "../../db/schema";
import type { Access } from "~/models/access.server";
import { startAssessment, submitAssessment } from "~/models/assessment.server";
import { searchAudit, AuditQuery } from "~/models/audit.server";
import {
  consentHistory,
  grantConsent,
  revokeConsent,
  sharingOrganisations,
  termEnd,
  viewsOfSharedReports,
  recordSharedView,
} from "~/models/consent.server";
import { findSharedReport, sharedReportLoader } from "~/views/shared-report.server";
import { startSession } from "~/models/session.server";
import { organisationWithAdmin, publishSmallQuestionnaire, requestWithCookie } from "../fixtures/accounts";
import { BACKENDS, useFreshDatabase } from "./databases";

async function submitted(actor: Awaited<ReturnType<typeof organisationWithAdmin>>) {
  const id = (await startAssessment(actor, { sector: "terminal_operator", questionnaireId: "small" }))?.id;
  if (!id || !(await submitAssessment(actor, id))) throw new Error("not submitted");
  return id;
}

const reviewer: Access = {
  user: { id: "00000000-0000-4000-8000-000000000001", name: "Reviewer", email: "reviewer@example.org", language: "nl" },
  organisation: null,
  associationIds: [],
  customsReviewer: true,
  platformAdmin: false,
  secondFactor: true,
  emailVerified: true,
};

describe.each(BACKENDS)("consent and the audit trail on %s", (backend) => {
  useFreshDatabase(backend);
  let owner: Awaited<ReturnType<typeof organisationWithAdmin>>;

  beforeAll(async () => {
    await publishSmallQuestionnaire();
    owner = await organisationWithAdmin("owner@consent.example");
  });

  it("shares nothing without a submitted report, and a draft is never shared", async () => {
    await startAssessment(owner, { sector: "terminal_operator", questionnaireId: "small" });
    expect(await grantConsent(owner, { recipient: "customs", keepLatest: true })).toBe(false);
    expect(await findSharedReport(reviewer, "customs", owner.organisationId)).toBeNull();
  });

  it("opens for Customs after consent, shuts at once on revocation, and keeps the history", async () => {
    const first = await submitted(owner);
    expect(await grantConsent(owner, { recipient: "customs", keepLatest: false })).toBe(true);
    expect((await findSharedReport(reviewer, "customs", owner.organisationId))?.assessmentId).toBe(first);
    // Consent to Customs is not consent to the association, nor to someone without a role.
    expect(await findSharedReport({ ...reviewer, customsReviewer: false }, "customs", owner.organisationId)).toBeNull();
    expect(await findSharedReport(reviewer, "association", owner.organisationId)).toBeNull();

    // A newer submission is not shared unless the admin chose to keep sharing the latest.
    const second = await submitted(owner);
    expect((await findSharedReport(reviewer, "customs", owner.organisationId))?.assessmentId).toBe(first);
    expect(await grantConsent(owner, { recipient: "customs", keepLatest: true })).toBe(true);
    expect((await findSharedReport(reviewer, "customs", owner.organisationId))?.assessmentId).toBe(second);
    const third = await submitted(owner);
    expect((await findSharedReport(reviewer, "customs", owner.organisationId))?.assessmentId).toBe(third);

    expect(await revokeConsent(owner, "customs")).toBe(true);
    expect(await findSharedReport(reviewer, "customs", owner.organisationId)).toBeNull();
    expect(await revokeConsent(owner, "customs")).toBe(false);

    const history = await consentHistory({ organisationId: owner.organisationId });
    expect(history.map((h) => [h.recipient, h.keepLatest, h.revokedAt !== null])).toEqual([
      ["customs", true, true],
      ["customs", false, true],
    ]);
    const audited = await database()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.organisationId, owner.organisationId), sql`${auditLog.action} like 'consent_%'`));
    expect(audited.map((a) => a.action).sort()).toEqual(["consent_granted", "consent_granted", "consent_revoked"]);
  });

  it("holds for the term chosen: shut at its end, and sharing again starts a new term", async () => {
    const org = await organisationWithAdmin("term@consent.example");
    await submitted(org);
    expect(await grantConsent(org, { recipient: "customs", keepLatest: true, term: 3 })).toBe(true);
    const [granted] = await consentHistory({ organisationId: org.organisationId });
    const days = (granted!.expiresAt.getTime() - granted!.grantedAt.getTime()) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(89);
    expect(days).toBeLessThanOrEqual(92);
    expect(await findSharedReport(reviewer, "customs", org.organisationId)).not.toBeNull();

    // The term has run out: nothing is shared, and there is nothing left to revoke.
    await database()
      .update(consents)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(consents.id, granted!.id));
    expect(await findSharedReport(reviewer, "customs", org.organisationId)).toBeNull();
    expect(await sharingOrganisations({ recipient: "customs" })).not.toContainEqual(
      expect.objectContaining({ id: org.organisationId }),
    );
    expect(await revokeConsent(org, "customs")).toBe(false);

    expect(await grantConsent(org, { recipient: "customs", keepLatest: true, term: 24 })).toBe(true);
    expect(await findSharedReport(reviewer, "customs", org.organisationId)).not.toBeNull();
    const [renewed, ended] = await consentHistory({ organisationId: org.organisationId });
    expect((renewed!.expiresAt.getTime() - renewed!.grantedAt.getTime()) / 86_400_000).toBeGreaterThanOrEqual(729);
    // The old one keeps its end: it ran out before it was replaced.
    expect(ended!.expiresAt.getTime()).toBeLessThan(ended!.revokedAt!.getTime());
    const audited = await database()
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.organisationId, org.organisationId), eq(auditLog.action, "consent_granted")));
    expect(audited.map((a) => a.details?.months).sort()).toEqual([24, 3]);
  });

  it("ends a term on the same day and hour in the Netherlands, across a change of summer time", async () => {
    const end = async (from: string, months: number) =>
      new Date(
        (await queryRows<{ end: string | Date }>(database(), sql`select ${termEnd(sql`${from}`, months)} as end`))[0]!
          .end,
      ).toISOString();
    // 15 June 00:30 in Amsterdam (summer time) to 15 December 00:30 (winter time).
    expect(await end("2026-06-14T22:30:00Z", 6)).toBe("2026-12-14T23:30:00.000Z");
    expect(await end("2026-11-30T23:30:00Z", 3)).toBe("2027-02-28T23:30:00.000Z");
  });

  it("lets in only the analysts of the associations the consent named, never one created later", async () => {
    const association = async (name: string, sector: "terminal_operator" | "municipality") => {
      const [row] = await database().insert(associations).values({ name }).returning({ id: associations.id });
      await database().insert(associationSectors).values({ associationId: row!.id, sector });
      return row!.id;
    };
    const terminals = await association("Terminals", "terminal_operator");
    const councils = await association("Councils", "municipality");
    await grantConsent(owner, { recipient: "association", keepLatest: true });
    const later = await association("Terminals Two", "terminal_operator");
    const analyst = (associationId: string): Access => ({
      ...reviewer,
      customsReviewer: false,
      associationIds: [associationId],
    });
    expect(await findSharedReport(analyst(terminals), "association", owner.organisationId)).not.toBeNull();
    expect(await findSharedReport(analyst(councils), "association", owner.organisationId)).toBeNull();
    // Covering the sector is not enough: the consent did not name this association.
    expect(await findSharedReport(analyst(later), "association", owner.organisationId)).toBeNull();
    expect(await sharingOrganisations({ recipient: "association", associationIds: [councils, later] })).toEqual([]);
    expect((await consentHistory({ organisationId: owner.organisationId }))[0]!.associations).toEqual(["Terminals"]);
    // A new consent names both.
    await grantConsent(owner, { recipient: "association", keepLatest: true });
    expect(await findSharedReport(analyst(later), "association", owner.organisationId)).not.toBeNull();
    expect((await consentHistory({ organisationId: owner.organisationId }))[0]!.associations).toEqual([
      "Terminals",
      "Terminals Two",
    ]);
  });

  it("writes one audit row per view with its purpose, shown to the organisation and the platform admin", async () => {
    await grantConsent(owner, { recipient: "customs", keepLatest: true });
    const shared = await findSharedReport(reviewer, "customs", owner.organisationId);
    await recordSharedView(
      { userId: owner.userId, role: "customs_reviewer", organisationId: null, ip: null },
      {
        associationIds: [],
        organisationId: owner.organisationId,
        assessmentId: shared!.assessmentId,
        purpose: "Zaak 2026-0042",
        via: "page",
      },
    );
    const views = await viewsOfSharedReports({ organisationId: owner.organisationId });
    expect(views).toHaveLength(1);
    // The organisation reads the party and role, not the reader's account.
    expect(views[0]).toEqual({
      at: expect.any(Date),
      role: "customs_reviewer",
      associations: null,
      purpose: "Zaak 2026-0042",
    });

    const found = await searchAudit(
      AuditQuery.parse({ action: "shared_report_viewed", organisation: "owner@consent" }),
    );
    expect(found.total).toBe(1);
    expect(found.rows[0]?.purpose).toBe("Zaak 2026-0042");
    expect(
      (await searchAudit(AuditQuery.parse({ action: "shared_report_viewed", from: "2000-01-01", to: "2000-12-31" })))
        .total,
    ).toBe(0);
    // A filter with LIKE wildcards matches them literally.
    expect((await searchAudit(AuditQuery.parse({ organisation: "%" }))).total).toBe(0);
  });

  it("refuses to change or remove audit rows", async () => {
    // The database's own refusal, whatever the driver wraps around it.
    const refusal = (error: unknown) => /append-only/.test(String((error as { cause?: unknown }).cause ?? error));
    await expect(database().update(auditLog).set({ purpose: "rewritten" })).rejects.toSatisfy(refusal);
    await expect(database().delete(auditLog)).rejects.toSatisfy(refusal);
    expect((await viewsOfSharedReports({ organisationId: owner.organisationId }))[0]?.purpose).toBe("Zaak 2026-0042");
  });
});

describe.each(BACKENDS)("refused reads on %s", (backend) => {
  useFreshDatabase(backend);

  it("records who asked for a report that was not shared with them", async () => {
    await publishSmallQuestionnaire();
    const owner = await organisationWithAdmin("private@consent.example");
    await submitted(owner);
    const outsider = await organisationWithAdmin("outsider@consent.example");
    await database().insert(customsReviewers).values({ userId: outsider.userId });
    await database().update(users).set({ totpConfirmedAt: new Date() }).where(eq(users.id, outsider.userId));
    const request = requestWithCookie(
      await startSession(requestWithCookie(), outsider.userId),
      `http://localhost/customs/organisations/${owner.organisationId}`,
    );
    const refused = await sharedReportLoader("customs", {
      request,
      params: { organisationId: owner.organisationId },
      context: { clientAddress: "198.51.100.4", cspNonce: "" },
    }).catch((e: unknown) => e);
    expect((refused as Response).status).toBe(404);
    const [entry] = await database().select().from(auditLog).where(eq(auditLog.action, "access_refused"));
    expect(entry).toMatchObject({
      actorUserId: outsider.userId,
      objectType: "shared_report",
      objectId: owner.organisationId,
      success: false,
      ip: "198.51.100.4",
    });
  });
});
