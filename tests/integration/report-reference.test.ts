import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { database } from "../../db/client";
import { answers as answersTable } from "../../db/schema";
import type { Sector } from "~/domain/organisation";
import { signUp } from "~/models/account.server";
import { createApiToken } from "~/models/api-token.server";
import { getAssessment, startAssessment, submitAssessment } from "~/models/assessment.server";
import { loadQuestionnaireFiles } from "~/models/questionnaire-files.server";
import { publishQuestionnaires } from "~/models/questionnaire.server";
import { reportPage } from "~/views/report.server";
import { loader as reportApi } from "~/routes/api.v1.assessments.$id.report";
import { randomAnswers, referenceScore } from "../fixtures/reference-scoring";
import { BACKENDS, useFreshDatabase } from "./databases";

const RUNS = Number(process.env.REPORT_REFERENCE_RUNS ?? 6);

describe.each(BACKENDS)("submitted reports against the second implementation of docs/scoring.md on %s", (backend) => {
  useFreshDatabase(backend);

  it("agree on every figure, level and the advice order in the API and on the page, for random assessments", async () => {
    const loaded = await loadQuestionnaireFiles(fileURLToPath(new URL("../../questionnaires", import.meta.url)));
    if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
    await publishQuestionnaires(loaded.files);
    const current = loaded.files.filter((f) => !f.archived).map((f) => f.questionnaire);
    for (let run = 0; run < RUNS; run++) {
      const questionnaire = current[run % current.length]!;
      const sector = questionnaire.sectors[(run * 7) % questionnaire.sectors.length] as Sector;
      const email = `reference${run}@report.example`;
      const account = await signUp({
        organisation: { name: `Reference ${run}`, sector, sizeBand: "10-49", region: "moerdijk" },
        name: "Admin",
        email,
        password: "correct horse battery",
        ip: null,
      });
      if (!account.ok) throw new Error("sign-up failed");
      const actor = {
        organisationId: account.organisationId,
        userId: account.userId,
        role: "org_admin",
        ip: null,
      } as const;
      const assessmentId = (await startAssessment(actor, { sector, questionnaireId: questionnaire.id }))!.id;
      const given = randomAnswers(questionnaire, sector, 1000 + run);
      await database()
        .insert(answersTable)
        .values(
          [...given].map(([questionId, { value }]) => ({ assessmentId, questionId, value, answeredBy: actor.userId })),
        );
      expect(await submitAssessment(actor, assessmentId)).toBe(true);
      const expected = referenceScore(questionnaire, sector, new Map([...given].map(([id, a]) => [id, a.value])));

      // The API, with a personal token.
      const token = await createApiToken(
        { userId: actor.userId, role: null, organisationId: null, ip: null },
        "reference",
      );
      const request = new Request(`http://localhost/api/v1/assessments/${assessmentId}/report`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      const response = (await reportApi({
        request,
        params: { id: assessmentId },
        context: { clientAddress: null, cspNonce: "" },
      })) as Response;
      const api = (await response.json()) as {
        overall: { risk: number; level: string; resilience: number } | null;
        themes: { id: string; exposure: number; risk: number | null; level: string | null }[];
        advice: { id: string }[];
      };
      expect(api.themes.map((t) => [t.id, t.exposure, t.risk, t.level])).toEqual(
        expected.themes.map((t) => [t.themeId, t.exposure, t.risk, t.level]),
      );
      expect(api.overall?.risk ?? null).toBe(expected.overall?.risk ?? null);
      expect(api.overall?.level ?? null).toBe(expected.overall?.level ?? null);
      expect(api.advice.map((a) => a.id)).toEqual(expected.adviceOrder);

      // The page renders these figures.
      const page = await reportPage(
        (await getAssessment({ organisationId: actor.organisationId, assessmentId }))!,
        actor.organisationId,
        "nl",
      );
      expect(
        page.report.themes.map((t) => [t.id, t.exposure, t.scored ? t.risk : null, t.scored ? t.level : null]),
      ).toEqual(expected.themes.map((t) => [t.themeId, t.exposure, t.risk, t.level]));
      expect(page.report.overall?.risk ?? null).toBe(expected.overall?.risk ?? null);
      expect(page.report.exposureClass).toBe(expected.exposureClass);
      expect(page.report.advice.map((a) => a.id)).toEqual(expected.adviceOrder);
    }
  }, 120_000);
});
