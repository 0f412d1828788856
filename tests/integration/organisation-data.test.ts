import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database } from "../../db/client";
import { answers, assessments, auditLog, benchmarkReleases, consents, organisations, users } from "../../db/schema";
import { saveAnswer, startAssessment, submitAssessment } from "~/models/assessment.server";
import { computeRelease } from "~/models/benchmark.server";
import { grantConsent, recordSharedView, sharingOrganisations } from "~/models/consent.server";
import { deleteOrganisation, exportOrganisation } from "~/models/organisation-data.server";
import { organisationWithAdmin, publishSmallQuestionnaire } from "../fixtures/accounts";
import { BACKENDS, useFreshDatabase } from "./databases";

describe.each(BACKENDS)("organisation export and deletion on %s", (backend) => {
  useFreshDatabase(backend);

  it("exports everything, then deletes answers and accounts but keeps the audit trail and releases", async () => {
    await publishSmallQuestionnaire();
    const actor = await organisationWithAdmin("admin@weg.example", "Weg BV");
    const id = (await startAssessment(actor, { sector: "terminal_operator", questionnaireId: "small" }))!.id;
    await saveAnswer(actor, {
      assessmentId: id,
      questionId: "pin_by_email",
      value: { kind: "choice", option: "fully" },
      note: "kluis",
      baseRevision: 0,
    });
    await submitAssessment(actor, id);
    await grantConsent(actor, { recipient: "customs", keepLatest: true });
    await computeRelease({ questionnaireId: "small", k: 5 });
    // Customs reads the shared report: the export says so without the reviewer's account or address.
    const reviewer = await organisationWithAdmin("reviewer@douane.example", "Elders BV");
    const [shared] = await sharingOrganisations({ recipient: "customs", organisationId: actor.organisationId });
    await recordSharedView(
      { userId: reviewer.userId, role: "customs_reviewer", organisationId: null, ip: "203.0.113.9" },
      {
        associationIds: [],
        organisationId: actor.organisationId,
        assessmentId: shared!.assessmentId,
        purpose: "Zaak 1",
        via: "page",
      },
    );

    const exported = await exportOrganisation({ organisationId: actor.organisationId });
    const view = exported.auditTrail.find((a) => a.action === "shared_report_viewed");
    expect(view).toMatchObject({ actorRole: "customs_reviewer", purpose: "Zaak 1", actorUserId: null, ip: null });
    expect(JSON.stringify(exported)).not.toContain(reviewer.userId);
    expect(JSON.stringify(exported)).not.toContain("203.0.113.9");
    expect(exported.auditTrail.find((a) => a.action === "sign_up")?.actorUserId).toBe(actor.userId);
    expect(exported.organisation?.name).toBe("Weg BV");
    expect(exported.assessments[0]?.answers[0]).toMatchObject({ questionId: "pin_by_email", note: "kluis" });
    expect(exported.assessments[0]?.score).not.toBeNull();
    expect(exported.consents).toHaveLength(1);
    expect(exported.auditTrail.map((a) => a.action)).toEqual(
      expect.arrayContaining(["sign_up", "assessment_submitted", "consent_granted"]),
    );

    const auditBefore = (await database().select().from(auditLog)).length;
    await deleteOrganisation({ ...actor });
    expect(await database().select().from(organisations).where(eq(organisations.id, actor.organisationId))).toEqual([]);
    expect(await database().select().from(assessments)).toEqual([]);
    expect(await database().select().from(answers)).toEqual([]);
    expect(await database().select().from(consents)).toEqual([]);
    expect(await database().select().from(users).where(eq(users.id, actor.userId))).toEqual([]);
    expect((await database().select().from(auditLog)).length).toBe(auditBefore + 1);
    expect(await database().select().from(benchmarkReleases)).toHaveLength(1);
  });
});
