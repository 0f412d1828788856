import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { database } from "../../db/client";
import { auditLog, customsReviewers, users } from "../../db/schema";
import { createApiToken } from "~/models/api-token.server";
import { startAssessment, submitAssessment } from "~/models/assessment.server";
import { grantConsent, revokeConsent } from "~/models/consent.server";
import { customsListingsOf, customsOrganisations, OrganisationListQuery } from "~/models/customs.server";
import { exportOrganisation } from "~/models/organisation-data.server";
import { startSession } from "~/models/session.server";
import { loader as apiLoader } from "~/routes/api.v1.customs.organisations";
import { loader as pageLoader } from "~/routes/customs.organisations._index";
import { organisationWithAdmin, publishSmallQuestionnaire, requestWithCookie } from "../fixtures/accounts";
import { BACKENDS, useFreshDatabase } from "./databases";

type Actor = Awaited<ReturnType<typeof organisationWithAdmin>>;

async function sharingWithCustoms(email: string, name: string): Promise<Actor & { assessmentId: string }> {
  const actor = await organisationWithAdmin(email, name);
  const assessmentId = (await startAssessment(actor, { sector: "terminal_operator", questionnaireId: "small" }))?.id;
  if (!assessmentId || !(await submitAssessment(actor, assessmentId))) throw new Error("not submitted");
  expect(await grantConsent(actor, { recipient: "customs", keepLatest: true })).toBe(true);
  return { ...actor, assessmentId };
}

const listingsOfAction = (organisationId: string | null) =>
  database()
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, "customs_organisations_listed"),
        organisationId ? eq(auditLog.organisationId, organisationId) : undefined,
      ),
    )
    .orderBy(auditLog.id);

describe.each(BACKENDS)("the customs organisation list and its audit trail on %s", (backend) => {
  useFreshDatabase(backend);
  let alfa: Actor & { assessmentId: string };
  let bravo: Actor & { assessmentId: string };
  let revoked: Actor & { assessmentId: string };
  let reviewerId: string;
  const context = { clientAddress: "192.0.2.7", cspNonce: "" };

  beforeAll(async () => {
    await publishSmallQuestionnaire();
    alfa = await sharingWithCustoms("alfa@listing.example", "Alfa Terminal");
    bravo = await sharingWithCustoms("bravo@listing.example", "Bravo Terminal");
    revoked = await sharingWithCustoms("charlie@listing.example", "Charlie Terminal");
    expect(await revokeConsent(revoked, "customs")).toBe(true);
    const [reviewer] = await database()
      .insert(users)
      .values({
        email: "reviewer@listing.example",
        name: "Reviewer",
        passwordHash: "unused",
        totpConfirmedAt: new Date(),
      })
      .returning({ id: users.id });
    reviewerId = reviewer!.id;
    await database().insert(customsReviewers).values({ userId: reviewerId });
  });

  it("writes one entry per listed organisation with the page's filter, and none for a revoked consent", async () => {
    const cookie = await startSession(requestWithCookie(), reviewerId);
    const request = requestWithCookie(
      cookie,
      "http://localhost/customs/organisations?sector=terminal_operator&sort=level&direction=desc",
    );
    const page = await pageLoader({ request, context, params: {} });
    expect(page.organisations.map((o) => o.name).sort()).toEqual(["Alfa Terminal", "Bravo Terminal"]);

    const rows = await listingsOfAction(null);
    expect(rows.map((r) => r.organisationId).sort()).toEqual([alfa.organisationId, bravo.organisationId].sort());
    for (const row of rows) {
      expect(row).toMatchObject({
        actorUserId: reviewerId,
        actorRole: "customs_reviewer",
        objectType: "assessment",
        ip: "192.0.2.7",
      });
      expect(row.objectId).toBe(row.organisationId === alfa.organisationId ? alfa.assessmentId : bravo.assessmentId);
      expect(row.details).toEqual({
        via: "page",
        sector: "terminal_operator",
        region: null,
        level: null,
        sort: "level",
        direction: "desc",
      });
    }
    // Read and audit are one transaction: every row of one request has the same time.
    expect(new Set(rows.map((r) => r.at.getTime())).size).toBe(1);
    expect(await listingsOfAction(revoked.organisationId)).toEqual([]);
  });

  it("audits the API alike and keeps its response as it was; a refused query lists and records nothing", async () => {
    const token = await createApiToken({ userId: reviewerId, role: null, organisationId: null, ip: null }, "listing");
    const get = (query: string) =>
      apiLoader({
        request: new Request(`http://localhost/api/v1/customs/organisations${query}`, {
          headers: { Authorization: `Bearer ${token}` },
        }),
        context,
        params: {},
      });
    const before = (await listingsOfAction(null)).length;
    expect((await get("?level=nope")).status).toBe(400);
    expect(await listingsOfAction(null)).toHaveLength(before);

    const response = await get("?region=moerdijk");
    const body = (await response.json()) as { organisations: Record<string, unknown>[] };
    expect(Object.keys(body)).toEqual(["organisations"]);
    const alfaListed = body.organisations.find((o) => o.id === alfa.organisationId);
    expect(alfaListed).toEqual({
      id: alfa.organisationId,
      name: "Alfa Terminal",
      sector: "terminal_operator",
      sizeBand: "10-49",
      region: "moerdijk",
      report: { assessmentId: alfa.assessmentId, submittedAt: expect.any(String) },
      // An unanswered report has no overall level.
      level: null,
    });
    const [latest] = (await listingsOfAction(alfa.organisationId)).reverse();
    expect(latest?.details).toEqual({
      via: "api",
      sector: null,
      region: "moerdijk",
      level: null,
      sort: "name",
      direction: "asc",
    });
    expect(await listingsOfAction(revoked.organisationId)).toEqual([]);
  });

  it("records a request that listed nothing once, without an organisation", async () => {
    const reviewer = { userId: reviewerId, role: "customs_reviewer", organisationId: null, ip: null } as const;
    const listed = await customsOrganisations(OrganisationListQuery.parse({ region: "schiphol" }), reviewer, "page");
    expect(listed).toEqual([]);
    const [empty, ...more] = (await listingsOfAction(null)).filter((r) => r.organisationId === null);
    expect(more).toEqual([]);
    expect(empty).toMatchObject({ actorUserId: reviewerId, details: { via: "page", region: "schiphol" } });
  });

  it("shows each listed organisation when and how Customs listed it, never who or from where", async () => {
    const { total, rows } = await customsListingsOf({ organisationId: alfa.organisationId });
    expect(total).toBe(2);
    expect(rows.map((r) => r.filter)).toEqual([
      { via: "api", sector: null, region: "moerdijk", level: null, sort: "name", direction: "asc" },
      { via: "page", sector: "terminal_operator", region: null, level: null, sort: "level", direction: "desc" },
    ]);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(["at", "filter"]);
    expect(JSON.stringify(rows)).not.toMatch(new RegExp(`${reviewerId}|192\\.0\\.2\\.7`));
    expect((await customsListingsOf({ organisationId: alfa.organisationId, limit: 1 })).total).toBe(2);
    expect(await customsListingsOf({ organisationId: revoked.organisationId })).toEqual({ total: 0, rows: [] });
    // The organisation's own data export carries them in its audit trail.
    const exported = await exportOrganisation({ organisationId: alfa.organisationId });
    expect(exported.auditTrail.filter((r) => r.action === "customs_organisations_listed")).toHaveLength(2);
  });
});
