import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { database, queryRows } from "../../db/client";
import { answers, auditLog, memberships, organisations } from "../../db/schema";
import type { AnswerValue } from "~/domain/assessment";
import { parseQuestionnaire } from "~/domain/questionnaire";
import { PORT_REGIONS } from "~/domain/organisation";
import { signUp } from "~/models/account.server";
import {
  discardDraft,
  getAnswers,
  saveAnswer,
  startAssessment,
  submitAssessment,
  getAssessment,
  getScoreSnapshot,
} from "~/models/assessment.server";
import { scoreAssessment } from "~/domain/scoring";
import { listActions, saveAction } from "~/models/action.server";
import { reportPage } from "~/views/report.server";
import { hashQuestionnaire } from "~/models/questionnaire-files.server";
import { getQuestionnaire, publishQuestionnaires } from "~/models/questionnaire.server";
import { smallQuestionnaire } from "../fixtures/questionnaire";
import { BACKENDS, useFreshDatabase } from "./databases";

async function organisation(email: string) {
  const result = await signUp({
    organisation: { name: email, sector: "terminal_operator", sizeBand: "10-49", region: "moerdijk" },
    name: "Admin",
    email,
    password: "correct horse battery",
    ip: null,
  });
  if (!result.ok) throw new Error("sign-up failed");
  return { organisationId: result.organisationId, userId: result.userId, role: "org_admin" as const, ip: null };
}

describe.each(BACKENDS)("assessments on %s", (backend) => {
  useFreshDatabase(backend);
  let owner: Awaited<ReturnType<typeof organisation>>;
  let other: Awaited<ReturnType<typeof organisation>>;
  let assessmentId: string;

  beforeAll(async () => {
    const parsed = parseQuestionnaire(smallQuestionnaire());
    if (!parsed.ok) throw new Error("fixture invalid");
    await publishQuestionnaires([
      { file: "small.yaml", questionnaire: parsed.questionnaire, contentHash: hashQuestionnaire(parsed.questionnaire) },
    ]);
    owner = await organisation("owner@assess.example");
    other = await organisation("other@assess.example");
    const id = (await startAssessment(owner, { sector: "terminal_operator", questionnaireId: "small" }))?.id;
    if (!id) throw new Error("not started");
    assessmentId = id;
  });

  const save = (baseRevision: number, option: string, questionId = "pin_by_email", actor = owner) =>
    saveAnswer(actor, { assessmentId, questionId, value: { kind: "choice", option }, note: null, baseRevision });

  it("does not start a questionnaire that does not serve the sector", async () => {
    expect(await startAssessment(owner, { sector: "municipality", questionnaireId: "small" })).toBeNull();
  });

  it("saves an answer with a rising revision", async () => {
    expect(await save(0, "partly")).toEqual({ ok: true, revision: 1 });
    expect(await save(1, "fully")).toEqual({ ok: true, revision: 2 });
    expect((await getAnswers({ assessmentId })).get("pin_by_email")).toMatchObject({
      value: { kind: "choice", option: "fully" },
      revision: 2,
      answeredBy: "Admin",
    });
  });

  it("reads answers the same every time; PostgreSQL keeps each read prepared instead of parsing it anew", async () => {
    const first = await getAnswers({ assessmentId });
    expect(first.size).toBeGreaterThan(0);
    for (let read = 0; read < 3; read++) expect(await getAnswers({ assessmentId })).toEqual(first);
    // Any query, not only those built once with prepared().
    await database().select({ action: auditLog.action }).from(auditLog).limit(1);
    if (backend === "postgres") {
      // One read after the other use the same pooled connection, whose statements this view lists.
      const kept = await queryRows<{ statement: string }>(
        database(),
        sql`select statement from pg_prepared_statements`,
      );
      expect(kept.filter((s) => s.statement.includes('from "answers"'))).toHaveLength(1);
      expect(kept.filter((s) => s.statement.includes('from "audit_log"'))).toHaveLength(1);
      const [planning] = await queryRows<{ mode: string }>(
        database(),
        sql`select current_setting('plan_cache_mode') as mode`,
      );
      expect(planning?.mode).toBe("force_custom_plan");
    }
  });

  it("refuses a write based on a stale revision and returns the newer answer", async () => {
    const result = await save(1, "not_in_place");
    expect(result).toMatchObject({ ok: false, error: "stale", current: { value: { option: "fully" }, revision: 2 } });
    expect((await getAnswers({ assessmentId })).get("pin_by_email")?.value).toEqual({
      kind: "choice",
      option: "fully",
    });
  });

  it("refuses an answer to a hidden question, an unknown option and another organisation's assessment", async () => {
    expect(await save(0, "fully", "pin_audit")).toEqual({ ok: false, error: "hidden_question" });
    expect(await save(2, "sometimes")).toEqual({ ok: false, error: "unknown_option" });
    expect(await save(2, "partly", "pin_by_email", other)).toEqual({ ok: false, error: "not_found" });
    expect(await getAssessment({ organisationId: other.organisationId, assessmentId })).toBeNull();
    expect((await getAnswers({ assessmentId })).get("pin_by_email")?.revision).toBe(2);
  });

  it("shows a conditional question once its condition is answered", async () => {
    await saveAnswer(owner, {
      assessmentId,
      questionId: "origin",
      value: { kind: "choice", option: "high" },
      note: null,
      baseRevision: 0,
    });
    expect(await save(0, "partly", "pin_audit")).toEqual({ ok: true, revision: 1 });
  });

  it("makes a submitted assessment read-only, audits the submission and copies it into a new draft", async () => {
    expect(await submitAssessment(other, assessmentId)).toBe(false);
    expect(await submitAssessment(owner, assessmentId)).toBe(true);
    expect(await submitAssessment(owner, assessmentId)).toBe(false);
    expect(await save(2, "partly")).toEqual({ ok: false, error: "submitted" });
    // The snapshot holds the figures; re-scoring from the frozen version gives the same ones.
    const snapshot = await getScoreSnapshot({ assessmentId });
    const rescored = scoreAssessment(
      (await getQuestionnaire("small", 1))!,
      "terminal_operator",
      await getAnswers({ assessmentId }),
    );
    expect(snapshot?.overall).toMatchObject({
      resilience: rescored.overall!.resilience,
      risk: rescored.overall!.risk,
      level: rescored.overall!.level,
      exposureClass: rescored.exposureClass,
    });
    expect(
      snapshot?.themes.map(({ themeId, exposure, resilience, risk, level, cappedBy }) => ({
        themeId,
        exposure,
        resilience,
        risk,
        level,
        cappedBy,
      })),
    ).toEqual(
      rescored.themes.map((t) =>
        t.scored
          ? {
              themeId: t.themeId,
              exposure: t.exposure,
              resilience: t.resilience,
              risk: t.risk,
              level: t.level,
              cappedBy: t.cappedBy,
            }
          : null,
      ),
    );
    // fully (2·1) and partly (1·0.5) over weight 3, exposure 0.4 + 0.2.
    expect(snapshot?.themes[0]?.resilience).toBeCloseTo(2.5 / 3, 10);
    const audit = await database().select().from(auditLog).where(eq(auditLog.action, "assessment_submitted"));
    expect(audit).toMatchObject([{ objectId: assessmentId, organisationId: owner.organisationId }]);

    const copy = (await startAssessment(owner, {
      sector: "terminal_operator",
      questionnaireId: "small",
      copyFrom: assessmentId,
    }))!.id;
    const copied = await database().select().from(answers).where(eq(answers.assessmentId, copy));
    expect(copied.map((a) => a.questionId).sort()).toEqual(["origin", "pin_audit", "pin_by_email"]);
    expect((await getAssessment({ organisationId: owner.organisationId, assessmentId: copy }))?.status).toBe("draft");
  });

  it("gives an action only an owner from the organisation, and forgets one who leaves", async () => {
    const plan = (ownerId?: string) =>
      saveAction({
        organisationId: owner.organisationId,
        assessmentId,
        userId: owner.userId,
        action: { adviceId: "a_secure_chain", status: "planned", ownerId },
      });
    expect(await plan(other.userId)).toBe("unknownOwner");
    expect(await plan(owner.userId)).toBe("saved");
    const [action] = await listActions({ organisationId: owner.organisationId, assessmentId });
    expect(action).toMatchObject({ ownerId: owner.userId, ownerName: "Admin" });
    await database().delete(memberships).where(eq(memberships.userId, owner.userId));
    expect((await listActions({ organisationId: owner.organisationId, assessmentId }))[0]).toMatchObject({
      ownerId: null,
      ownerName: null,
    });
  });
});

describe.each(BACKENDS)("a submitted report on %s", (backend) => {
  useFreshDatabase(backend);

  it("stays as it was submitted when the organisation's sector, size and region change afterwards", async () => {
    // A second theme only terminal operators answer: a haulier's report would not have it.
    const data = smallQuestionnaire();
    // Its own id: questionnaire versions are cached by id and version in the process.
    data.id = "frozen";
    data.sectors = ["terminal_operator", "road_haulier"];
    data.themes.push({
      ...structuredClone(data.themes[0]!),
      id: "quay",
      sectors: ["terminal_operator"],
    } as (typeof data.themes)[number]);
    data.themes[1]!.questions = data.themes[1]!.questions.map((q) => ({ ...q, id: `quay_${q.id}` }));
    // Steps and contacts that depend on who reads: a small firm in Moerdijk at submission.
    const contact = (region: string) => ({ nl: `Bel ${region}`, en: `Call ${region}` });
    Object.assign(data, {
      reportingContacts: Object.fromEntries(PORT_REGIONS.map((r) => [r, contact(r)])),
    });
    Object.assign(data.advice[0]!, {
      steps: [{ nl: "Groot: {{reportingContacts}}", en: "Large: {{reportingContacts}}" }],
      smallFirmSteps: [{ nl: "Klein: {{reportingContacts}}", en: "Small: {{reportingContacts}}" }],
    });
    const parsed = parseQuestionnaire(data);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    await publishQuestionnaires([
      {
        file: "frozen.yaml",
        questionnaire: parsed.questionnaire,
        contentHash: hashQuestionnaire(parsed.questionnaire),
      },
    ]);
    const owner = await organisation("frozen@assess.example");
    const id = (await startAssessment(owner, { sector: "terminal_operator", questionnaireId: "frozen" }))!.id;
    let revision = 0;
    for (const [questionId, option] of [
      ["origin", "high"],
      ["pin_by_email", "partly"],
      ["pin_audit", "not_in_place"],
      ["quay_pin_by_email", "not_in_place"],
      ["quay_pin_audit", "partly"],
    ]) {
      await saveAnswer(owner, {
        assessmentId: id,
        questionId: questionId!,
        value: { kind: "choice", option: option! },
        note: null,
        baseRevision: revision,
      });
      revision = 0;
    }
    expect(await submitAssessment(owner, id)).toBe(true);
    const read = async () => {
      const assessment = (await getAssessment({ organisationId: owner.organisationId, assessmentId: id }))!;
      return reportPage(assessment, owner.organisationId, "en");
    };
    const before = await read();
    expect(before.report.themes.map((t) => t.id)).toEqual(["release", "quay"]);
    expect(before.report.advice[0]!.steps).toEqual(["Small: Call moerdijk"]);

    await database()
      .update(organisations)
      .set({ sector: "road_haulier", sizeBand: "250+", region: "rotterdam_rijnmond" })
      .where(eq(organisations.id, owner.organisationId));
    const after = await read();
    expect((await getAssessment({ organisationId: owner.organisationId, assessmentId: id }))?.sector).toBe(
      "road_haulier",
    );
    expect(after.report).toEqual(before.report);
  });
});

describe.each(BACKENDS)("'not applicable' on a must-have on %s", (backend) => {
  useFreshDatabase(backend);

  it("is saved only where the profile answer the question names holds", async () => {
    const data = smallQuestionnaire();
    data.id = "must-have-na";
    Object.assign(data.themes[0]!.questions[0]!, {
      notApplicable: true,
      notApplicableIf: { question: "origin", anyOf: ["low"] },
    });
    const parsed = parseQuestionnaire(data);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    await publishQuestionnaires([
      { file: "na.yaml", questionnaire: parsed.questionnaire, contentHash: hashQuestionnaire(parsed.questionnaire) },
    ]);
    const owner = await organisation("na@assess.example");
    const assessmentId = (await startAssessment(owner, {
      sector: "terminal_operator",
      questionnaireId: "must-have-na",
    }))!.id;
    const na = { kind: "not_applicable" as const, ground: "other" as const, reason: "alleen lage-risicoherkomst" };
    const save = (questionId: string, value: AnswerValue) =>
      saveAnswer(owner, { assessmentId, questionId, value, note: null, baseRevision: 0 });
    await save("origin", { kind: "choice", option: "high" });
    expect(await save("pin_by_email", na)).toEqual({ ok: false, error: "not_applicable_not_offered" });
    await saveAnswer(owner, {
      assessmentId,
      questionId: "origin",
      value: { kind: "choice", option: "low" },
      note: null,
      baseRevision: 1,
    });
    expect(await save("pin_by_email", na)).toMatchObject({ ok: true });
  });
});

describe.each(BACKENDS)("a re-assessment on a new questionnaire version on %s", (backend) => {
  useFreshDatabase(backend);

  it("starts with the answers to the questions that stayed the same, and only those", async () => {
    const publish = async (data: ReturnType<typeof smallQuestionnaire>) => {
      const parsed = parseQuestionnaire(data);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      await publishQuestionnaires([
        {
          file: "versions.yaml",
          questionnaire: parsed.questionnaire,
          contentHash: hashQuestionnaire(parsed.questionnaire),
        },
      ]);
    };
    const v1 = smallQuestionnaire();
    v1.id = "versions";
    await publish(v1);
    const owner = await organisation("versions@assess.example");
    const first = (await startAssessment(owner, { sector: "terminal_operator", questionnaireId: "versions" }))!.id;
    for (const [questionId, option] of [
      ["origin", "high"],
      ["pin_by_email", "partly"],
      ["pin_audit", "fully"],
    ] as const) {
      await saveAnswer(owner, {
        assessmentId: first,
        questionId,
        value: { kind: "choice", option },
        note: `note ${questionId}`,
        baseRevision: 0,
      });
    }
    expect(await submitAssessment(owner, first)).toBe(true);
    const reportOfFirst = async () =>
      reportPage(
        (await getAssessment({ organisationId: owner.organisationId, assessmentId: first }))!,
        owner.organisationId,
        "nl",
      );
    const submittedReport = await reportOfFirst();

    const v2 = smallQuestionnaire();
    v2.id = "versions";
    v2.version = 2;
    v2.themes[0]!.questions[1]!.options = v2.themes[0]!.questions[1]!.options.filter((o) => o.id !== "partly");
    await publish(v2);
    const second = (await startAssessment(owner, {
      sector: "terminal_operator",
      questionnaireId: "versions",
      copyFrom: first,
    }))!.id;
    const started = (await getAssessment({ organisationId: owner.organisationId, assessmentId: second }))!;
    expect(started.questionnaire.version).toBe(2);
    const carried = await getAnswers({ assessmentId: second });
    expect([...carried.keys()].sort()).toEqual(["origin", "pin_by_email"]);
    expect(carried.get("pin_by_email")).toMatchObject({
      value: { kind: "choice", option: "partly" },
      note: "note pin_by_email",
    });
    // A new questionnaire version changes nothing in a report submitted on the old one.
    expect(await reportOfFirst()).toEqual(submittedReport);
  });
});

describe.each(BACKENDS)("starting a self-assessment on %s", (backend) => {
  useFreshDatabase(backend);

  it("continues the open draft, starts from the last submitted answers, and discards only drafts", async () => {
    const parsed = parseQuestionnaire(smallQuestionnaire());
    if (!parsed.ok) throw new Error("fixture invalid");
    await publishQuestionnaires([
      { file: "small.yaml", questionnaire: parsed.questionnaire, contentHash: hashQuestionnaire(parsed.questionnaire) },
    ]);
    const owner = await organisation("starter@assess.example");
    const start = (extra: { fresh?: boolean } = {}) =>
      startAssessment(owner, { sector: "terminal_operator", questionnaireId: "small", ...extra });

    // Two starts at once make one draft.
    const [first, again] = await Promise.all([start(), start()]);
    expect(first!.id).toBe(again!.id);
    expect([first!.resumed, again!.resumed].sort()).toEqual([false, true]);
    await saveAnswer(owner, {
      assessmentId: first!.id,
      questionId: "pin_by_email",
      value: { kind: "choice", option: "fully" },
      note: null,
      baseRevision: 0,
    });
    expect(await submitAssessment(owner, first!.id)).toBe(true);

    // After submission, a start carries the submitted answers over; a fresh start would not.
    const second = (await start())!;
    expect(second.resumed).toBe(false);
    expect((await getAnswers({ assessmentId: second.id })).get("pin_by_email")?.value).toEqual({
      kind: "choice",
      option: "fully",
    });
    expect(await start({ fresh: true })).toEqual({ id: second.id, resumed: true });

    // Another organisation cannot discard it, a submitted one is never discarded, and the discard is audited.
    const stranger = await organisation("stranger@assess.example");
    expect(await discardDraft(stranger, second.id)).toBe(false);
    expect(await discardDraft(owner, first!.id)).toBe(false);
    expect(await discardDraft(owner, second.id)).toBe(true);
    expect(await getAssessment({ organisationId: owner.organisationId, assessmentId: second.id })).toBeNull();
    const audit = await database().select().from(auditLog).where(eq(auditLog.action, "assessment_discarded"));
    expect(audit).toMatchObject([{ objectId: second.id, organisationId: owner.organisationId }]);

    const fresh = (await start({ fresh: true }))!;
    expect(fresh.resumed).toBe(false);
    expect((await getAnswers({ assessmentId: fresh.id })).size).toBe(0);
  });
});
