import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database } from "../../db/client";
import { answers, assessments, auditLog, benchmarkReleases, consents, organisations, users } from "../../db/schema";
import { parseQuestionnaire } from "~/domain/questionnaire";
import { signUp } from "~/models/account.server";
import { saveAnswer, startAssessment, submitAssessment } from "~/models/assessment.server";
import { computeRelease } from "~/models/benchmark.server";
import { grantConsent } from "~/models/consent.server";
import { deleteOrganisation, exportOrganisation } from "~/models/organisation-data.server";
import { hashQuestionnaire } from "~/models/questionnaire-files.server";
import { publishQuestionnaires } from "~/models/questionnaire.server";
import { smallQuestionnaire } from "../fixtures/questionnaire";
import { BACKENDS, useFreshDatabase } from "./databases";

describe.each(BACKENDS)("organisation export and deletion on %s", (backend) => {
  useFreshDatabase(backend);

  it("exports everything, then deletes answers and accounts but keeps the audit trail and releases", async () => {
    const parsed = parseQuestionnaire(smallQuestionnaire());
    if (!parsed.ok) throw new Error("fixture invalid");
    await publishQuestionnaires([{ file: "small.yaml", questionnaire: parsed.questionnaire, contentHash: hashQuestionnaire(parsed.questionnaire) }]);
    const account = await signUp({
      organisation: { name: "Weg BV", sector: "terminal_operator", sizeBand: "10-49", region: "moerdijk" },
      name: "Admin",
      email: "admin@weg.example",
      password: "correct horse battery",
      ip: null,
    });
    if (!account.ok) throw new Error("sign-up failed");
    const actor = { organisationId: account.organisationId, userId: account.userId, ip: null };
    const id = (await startAssessment({ ...actor, sector: "terminal_operator", questionnaireId: "small" }))!;
    await saveAnswer({ ...actor, assessmentId: id, questionId: "pin_by_email", value: { kind: "choice", option: "fully" }, note: "kluis", baseRevision: 0 });
    await submitAssessment({ ...actor, assessmentId: id });
    await grantConsent({ ...actor, recipient: "customs", keepLatest: true });
    await computeRelease({ questionnaireId: "small", k: 5 });

    const exported = await exportOrganisation({ organisationId: account.organisationId });
    expect(exported.organisation?.name).toBe("Weg BV");
    expect(exported.assessments[0]?.answers[0]).toMatchObject({ questionId: "pin_by_email", note: "kluis" });
    expect(exported.assessments[0]?.score).not.toBeNull();
    expect(exported.consents).toHaveLength(1);
    expect(exported.auditTrail.map((a) => a.action)).toEqual(expect.arrayContaining(["sign_up", "assessment_submitted", "consent_granted"]));

    const auditBefore = (await database().select().from(auditLog)).length;
    await deleteOrganisation({ ...actor });
    expect(await database().select().from(organisations).where(eq(organisations.id, account.organisationId))).toEqual([]);
    expect(await database().select().from(assessments)).toEqual([]);
    expect(await database().select().from(answers)).toEqual([]);
    expect(await database().select().from(consents)).toEqual([]);
    expect(await database().select().from(users).where(eq(users.id, account.userId))).toEqual([]);
    expect((await database().select().from(auditLog)).length).toBe(auditBefore + 1);
    expect(await database().select().from(benchmarkReleases)).toHaveLength(1);
  });
});
