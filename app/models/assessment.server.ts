import { and, desc, eq, lt, sql } from "drizzle-orm";
import { database, prepared, type Database } from "../../db/client";
import {
  answers,
  assessmentScores,
  assessments,
  memberships,
  organisations,
  themeScores,
  themeAssignments,
  users,
} from "../../db/schema";
import {
  carriedAnswers,
  checkAnswer,
  findQuestion,
  sameAnswer,
  visibleQuestionIds,
  type AnswerProblem,
  type AnswerValue,
  type StoredAnswer,
} from "~/domain/assessment";
import type { Sector } from "~/domain/organisation";
import { rankAdvice, scoreAssessment, type FrozenReport } from "~/domain/scoring";
import { copyActions } from "./action.server";
import { recordAudit, type OrganisationActor } from "./audit.server";
import { notifyThemeAssigned } from "./notification.server";
import { getQuestionnaire, questionnairesFor } from "./questionnaire.server";

export async function listAssessments({ organisationId }: { organisationId: string }) {
  return database()
    .select({
      id: assessments.id,
      questionnaireId: assessments.questionnaireId,
      questionnaireVersion: assessments.questionnaireVersion,
      status: assessments.status,
      createdAt: assessments.createdAt,
      updatedAt: assessments.updatedAt,
      submittedAt: assessments.submittedAt,
    })
    .from(assessments)
    .where(eq(assessments.organisationId, organisationId))
    .orderBy(desc(assessments.createdAt));
}

/**
 * Starts a self-assessment, or continues the organisation's open draft of the same questionnaire:
 * there is one draft per questionnaire. A new one carries over the answers of `copyFrom`, by
 * default the latest submitted one, unless `fresh`.
 */
export async function startAssessment(
  actor: OrganisationActor,
  input: { sector: Sector; questionnaireId: string; copyFrom?: string; fresh?: boolean },
): Promise<{ id: string; resumed: boolean } | null> {
  const questionnaire = (await questionnairesFor(input.sector)).find((q) => q.id === input.questionnaireId);
  if (!questionnaire) return null;
  return database().transaction(async (tx) => {
    // Two starts at once wait for each other here, so the second finds the first one's draft.
    await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, actor.organisationId))
      .for("update");
    const ofQuestionnaire = (status: "draft" | "submitted") =>
      tx
        .select({ id: assessments.id })
        .from(assessments)
        .where(
          and(
            eq(assessments.organisationId, actor.organisationId),
            eq(assessments.questionnaireId, questionnaire.id),
            eq(assessments.status, status),
          ),
        )
        .orderBy(desc(assessments.submittedAt), desc(assessments.createdAt))
        .limit(1);
    const [draft] = await ofQuestionnaire("draft");
    if (draft) return { id: draft.id, resumed: true };
    const copyFrom = input.fresh ? undefined : (input.copyFrom ?? (await ofQuestionnaire("submitted"))[0]?.id);
    const [row] = await tx
      .insert(assessments)
      .values({
        organisationId: actor.organisationId,
        questionnaireId: questionnaire.id,
        questionnaireVersion: questionnaire.version,
        createdBy: actor.userId,
        copiedFrom: copyFrom ?? null,
      })
      .returning({ id: assessments.id });
    if (!row) throw new Error("insert returned no row");
    if (copyFrom) {
      const previous = await tx
        .select({
          questionId: answers.questionId,
          value: answers.value,
          note: answers.note,
          version: assessments.questionnaireVersion,
        })
        .from(answers)
        .innerJoin(assessments, eq(assessments.id, answers.assessmentId))
        .where(
          and(
            eq(answers.assessmentId, copyFrom),
            eq(assessments.organisationId, actor.organisationId),
            eq(assessments.questionnaireId, questionnaire.id),
          ),
        );
      const from = previous[0] ? await getQuestionnaire(questionnaire.id, previous[0].version, tx) : null;
      const carried = from
        ? carriedAnswers(
            from,
            questionnaire,
            new Map(previous.map(({ questionId, value, note }) => [questionId, { value, note }])),
          )
        : new Map();
      if (carried.size > 0) {
        await tx.insert(answers).values(
          [...carried].map(([questionId, { value, note }]) => ({
            questionId,
            value,
            note,
            assessmentId: row.id,
            answeredBy: actor.userId,
          })),
        );
      }
    }
    if (copyFrom) await copyActions(tx, copyFrom, row.id, actor.organisationId);
    await recordAudit(
      actor,
      {
        action: "assessment_started",
        objectType: "assessment",
        objectId: row.id,
        details: { questionnaire: `${questionnaire.id}@${questionnaire.version}`, copiedFrom: copyFrom ?? null },
      },
      tx,
    );
    return { id: row.id, resumed: false };
  });
}

/** Deletes a draft with its answers, assignments and actions; a submitted assessment stays. */
export async function discardDraft(actor: OrganisationActor, assessmentId: string): Promise<boolean> {
  return database().transaction(async (tx) => {
    const deleted = await tx
      .delete(assessments)
      .where(
        and(
          eq(assessments.id, assessmentId),
          eq(assessments.organisationId, actor.organisationId),
          eq(assessments.status, "draft"),
        ),
      )
      .returning({ id: assessments.id });
    if (deleted.length === 0) return false;
    await recordAudit(actor, { action: "assessment_discarded", objectType: "assessment", objectId: assessmentId }, tx);
    return true;
  });
}

// Never another organisation's.
export async function getAssessment({
  organisationId,
  assessmentId,
}: {
  organisationId: string;
  assessmentId: string;
}) {
  const [row] = await prepared("assessment", (db) =>
    db
      .select({
        id: assessments.id,
        questionnaireId: assessments.questionnaireId,
        questionnaireVersion: assessments.questionnaireVersion,
        status: assessments.status,
        submittedAt: assessments.submittedAt,
        copiedFrom: assessments.copiedFrom,
        sector: organisations.sector,
        sizeBand: organisations.sizeBand,
        region: organisations.region,
      })
      .from(assessments)
      .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
      .where(
        and(
          eq(assessments.id, sql.placeholder("assessmentId")),
          eq(assessments.organisationId, sql.placeholder("organisationId")),
        ),
      )
      .prepare("assessment"),
  ).execute({ assessmentId, organisationId });
  if (!row) return null;
  const questionnaire = await getQuestionnaire(row.questionnaireId, row.questionnaireVersion);
  if (!questionnaire) throw new Error(`questionnaire ${row.questionnaireId}@${row.questionnaireVersion} missing`);
  return { ...row, questionnaire };
}

export type AnswerRecord = StoredAnswer & { answeredBy: string | null; updatedAt: Date };

const answersQuery = (db: Pick<Database, "select">) =>
  db
    .select({
      questionId: answers.questionId,
      value: answers.value,
      note: answers.note,
      revision: answers.revision,
      answeredBy: users.name,
      updatedAt: answers.updatedAt,
    })
    .from(answers)
    .leftJoin(users, eq(users.id, answers.answeredBy))
    .where(eq(answers.assessmentId, sql.placeholder("assessmentId")));

export async function getAnswers(
  { assessmentId }: { assessmentId: string },
  tx?: Pick<Database, "select">,
): Promise<Map<string, AnswerRecord>> {
  const query = tx ? answersQuery(tx) : prepared("answers", (db) => answersQuery(db).prepare("answers"));
  const rows = await query.execute({ assessmentId });
  return new Map(rows.map(({ questionId, ...rest }) => [questionId, rest]));
}

export type SaveResult =
  | { ok: true; revision: number }
  | { ok: false; error: AnswerProblem | "not_found" | "submitted" }
  | { ok: false; error: "stale"; current: AnswerRecord };

// A write based on an old revision is refused, so someone's newer answer is never overwritten.
export async function saveAnswer(
  actor: OrganisationActor,
  input: { assessmentId: string; questionId: string; value: AnswerValue; note: string | null; baseRevision: number },
): Promise<SaveResult> {
  return database().transaction(async (tx) => {
    // Locking the assessment serialises writers of one assessment, and a submit with them.
    const [assessment] = await tx
      .select({
        status: assessments.status,
        questionnaireId: assessments.questionnaireId,
        version: assessments.questionnaireVersion,
        sector: organisations.sector,
      })
      .from(assessments)
      .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
      .where(and(eq(assessments.id, input.assessmentId), eq(assessments.organisationId, actor.organisationId)))
      .for("update", { of: assessments });
    if (!assessment) return { ok: false, error: "not_found" } as const;
    if (assessment.status !== "draft") return { ok: false, error: "submitted" } as const;
    const questionnaire = await getQuestionnaire(assessment.questionnaireId, assessment.version, tx);
    if (!questionnaire) throw new Error("questionnaire missing");
    const current = await getAnswers({ assessmentId: input.assessmentId }, tx);
    const problem = checkAnswer(findQuestion(questionnaire, input.questionId), input.value, current);
    if (problem) return { ok: false, error: problem } as const;

    const withThis = new Map<string, { value: AnswerValue }>(current).set(input.questionId, { value: input.value });
    if (!visibleQuestionIds(questionnaire, assessment.sector, withThis).has(input.questionId)) {
      return { ok: false, error: "hidden_question" } as const;
    }
    const existing = current.get(input.questionId);
    if (existing && existing.revision !== input.baseRevision) {
      // The same answer saved twice (autosave and page save racing) is no conflict.
      if (sameAnswer(existing, input)) return { ok: true, revision: existing.revision } as const;
      return { ok: false, error: "stale", current: existing } as const;
    }
    const revision = (existing?.revision ?? 0) + 1;
    await tx
      .insert(answers)
      .values({
        assessmentId: input.assessmentId,
        questionId: input.questionId,
        value: input.value,
        note: input.note,
        revision,
        answeredBy: actor.userId,
      })
      .onConflictDoUpdate({
        target: [answers.assessmentId, answers.questionId],
        set: { value: input.value, note: input.note, revision, answeredBy: actor.userId, updatedAt: sql`now()` },
      });
    await tx
      .update(assessments)
      .set({ updatedAt: sql`now()` })
      .where(eq(assessments.id, input.assessmentId));
    return { ok: true, revision } as const;
  });
}

// With its score snapshot in one transaction: reports and benchmarks read the stored figures.
export async function submitAssessment(actor: OrganisationActor, assessmentId: string): Promise<boolean> {
  return database().transaction(async (tx) => {
    const [row] = await tx
      .select({
        questionnaireId: assessments.questionnaireId,
        version: assessments.questionnaireVersion,
        sector: organisations.sector,
        sizeBand: organisations.sizeBand,
        region: organisations.region,
      })
      .from(assessments)
      .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
      .where(
        and(
          eq(assessments.id, assessmentId),
          eq(assessments.organisationId, actor.organisationId),
          eq(assessments.status, "draft"),
        ),
      )
      .for("update", { of: assessments });
    if (!row) return false;
    const questionnaire = await getQuestionnaire(row.questionnaireId, row.version, tx);
    if (!questionnaire) throw new Error("questionnaire missing");
    const answers = await getAnswers({ assessmentId: assessmentId }, tx);
    const score = scoreAssessment(questionnaire, row.sector, answers);
    const report: FrozenReport = {
      sector: row.sector,
      reader: { sizeBand: row.sizeBand, region: row.region },
      score,
      advice: rankAdvice(questionnaire, row.sector, answers),
    };
    await tx
      .update(assessments)
      .set({ status: "submitted", submittedAt: sql`now()`, submittedBy: actor.userId })
      .where(eq(assessments.id, assessmentId));
    await tx.insert(assessmentScores).values({
      assessmentId: assessmentId,
      resilience: score.overall?.resilience ?? null,
      risk: score.overall?.risk ?? null,
      level: score.overall?.level ?? null,
      exposureClass: score.exposureClass,
      report,
    });
    await tx.insert(themeScores).values(
      score.themes.map((t) => ({
        assessmentId: assessmentId,
        themeId: t.themeId,
        exposure: t.exposure,
        resilience: t.scored ? t.resilience : null,
        risk: t.scored ? t.risk : null,
        level: t.scored ? t.level : null,
        cappedBy: t.scored ? t.cappedBy : [],
        weaklyAnswered: t.scored && t.weaklyAnswered,
      })),
    );
    await recordAudit(actor, { action: "assessment_submitted", objectType: "assessment", objectId: assessmentId }, tx);
    return true;
  });
}

export async function getScoreSnapshot({ assessmentId }: { assessmentId: string }) {
  const [[overall], themes] = await Promise.all([
    database().select().from(assessmentScores).where(eq(assessmentScores.assessmentId, assessmentId)),
    database()
      .select()
      .from(themeScores)
      .where(eq(themeScores.assessmentId, assessmentId))
      .orderBy(themeScores.themeId),
  ]);
  return overall ? { overall, themes } : null;
}

export async function listAssignments({ assessmentId }: { assessmentId: string }) {
  return prepared("assignments", (db) =>
    db
      .select({ themeId: themeAssignments.themeId, userId: themeAssignments.userId, name: users.name })
      .from(themeAssignments)
      .innerJoin(users, eq(users.id, themeAssignments.userId))
      .where(eq(themeAssignments.assessmentId, sql.placeholder("assessmentId")))
      .prepare("assignments"),
  ).execute({ assessmentId });
}

export async function assignTheme(
  actor: OrganisationActor,
  input: { assessmentId: string; themeId: string; memberUserId: string | null },
): Promise<void> {
  const key = and(eq(themeAssignments.assessmentId, input.assessmentId), eq(themeAssignments.themeId, input.themeId));
  await database().transaction(async (tx) => {
    const [owned] = await tx
      .select({
        id: assessments.id,
        questionnaireId: assessments.questionnaireId,
        version: assessments.questionnaireVersion,
      })
      .from(assessments)
      .where(and(eq(assessments.id, input.assessmentId), eq(assessments.organisationId, actor.organisationId)));
    if (!owned) return;
    if (input.memberUserId) {
      const [member] = await tx
        .select({ userId: memberships.userId })
        .from(memberships)
        .where(and(eq(memberships.userId, input.memberUserId), eq(memberships.organisationId, actor.organisationId)));
      if (!member) return;
    }
    const [previous] = await tx.delete(themeAssignments).where(key).returning({ userId: themeAssignments.userId });
    if (input.memberUserId) {
      await tx.insert(themeAssignments).values({
        assessmentId: input.assessmentId,
        themeId: input.themeId,
        userId: input.memberUserId,
      });
      const questionnaire = await getQuestionnaire(owned.questionnaireId, owned.version, tx);
      // Saving the same choice again tells nobody anything new.
      if (questionnaire && previous?.userId !== input.memberUserId) {
        await notifyThemeAssigned(tx, {
          assignerId: actor.userId,
          assigneeId: input.memberUserId,
          assessmentId: input.assessmentId,
          questionnaire,
          themeId: input.themeId,
        });
      }
    }
  });
}

export async function previousSubmitted(input: {
  organisationId: string;
  questionnaireId: string;
  before: Date;
}): Promise<{ id: string; submittedAt: Date; version: number } | null> {
  const [row] = await database()
    .select({ id: assessments.id, submittedAt: assessments.submittedAt, version: assessments.questionnaireVersion })
    .from(assessments)
    .where(
      and(
        eq(assessments.organisationId, input.organisationId),
        eq(assessments.questionnaireId, input.questionnaireId),
        eq(assessments.status, "submitted"),
        lt(assessments.submittedAt, input.before),
      ),
    )
    .orderBy(desc(assessments.submittedAt))
    .limit(1);
  return row?.submittedAt ? { id: row.id, submittedAt: row.submittedAt, version: row.version } : null;
}

export async function organisationOfAssessment(assessmentId: string): Promise<string | null> {
  const [row] = await database()
    .select({ organisationId: assessments.organisationId })
    .from(assessments)
    .where(eq(assessments.id, assessmentId));
  return row?.organisationId ?? null;
}
