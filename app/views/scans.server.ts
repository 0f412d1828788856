import { calendarDay } from "~/dates";
import { isOpen, isOverdue } from "~/domain/action-plan";
import { findAdvice, progress } from "~/domain/assessment";
import type { Sector } from "~/domain/organisation";
import type { Language } from "~/i18n";
import { listActions } from "~/models/action.server";
import { getAnswers, getScoreSnapshot, listAssessments } from "~/models/assessment.server";
import { getQuestionnaire, questionnairesFor } from "~/models/questionnaire.server";

/**
 * Where an organisation stands with its self-assessments: per questionnaire its open draft with
 * progress and its latest submitted score, every assessment it made, and its open actions.
 */
export async function scanOverview({
  organisationId,
  sector,
  language,
}: {
  organisationId: string;
  sector: Sector;
  language: Language;
}) {
  const [available, assessments, actions] = await Promise.all([
    questionnairesFor(sector),
    listAssessments({ organisationId }),
    listActions({ organisationId }),
  ]);
  const listed = await Promise.all(
    assessments.map(async (a) => {
      const questionnaire = await getQuestionnaire(a.questionnaireId, a.questionnaireVersion);
      const draft = a.status === "draft" && questionnaire;
      const counts = draft ? progress(questionnaire, sector, await getAnswers({ assessmentId: a.id })) : null;
      const score = a.status === "submitted" ? await getScoreSnapshot({ assessmentId: a.id }) : null;
      return {
        id: a.id,
        questionnaireId: a.questionnaireId,
        title: questionnaire?.title[language] ?? a.questionnaireId,
        version: a.questionnaireVersion,
        status: a.status,
        updatedAt: a.updatedAt.toISOString(),
        submittedAt: a.submittedAt?.toISOString() ?? null,
        answered: counts?.answered ?? null,
        total: counts?.total ?? null,
        level: score?.overall.level ?? null,
      };
    }),
  );
  const today = calendarDay();
  const open = actions.filter((a) => isOpen(a.status));
  const overdue = await Promise.all(
    open
      .filter((a) => isOverdue(a, today))
      .map(async (a) => {
        const questionnaire = await getQuestionnaire(a.questionnaireId, a.questionnaireVersion);
        const advice = questionnaire && findAdvice(questionnaire, a.adviceId);
        return {
          id: a.id,
          assessmentId: a.assessmentId,
          title: advice?.title[language] ?? a.adviceId,
          dueDate: a.dueDate as string,
        };
      }),
  );
  return {
    questionnaires: available.map((q) => ({
      id: q.id,
      title: q.title[language],
      introduction: q.introduction[language],
      // Listed newest first, so the first match is the latest.
      draft: listed.find((a) => a.questionnaireId === q.id && a.status === "draft") ?? null,
      latest: listed.find((a) => a.questionnaireId === q.id && a.status === "submitted") ?? null,
    })),
    assessments: listed,
    actions: { open: open.length, overdue },
  };
}

export type ScanOverview = Awaited<ReturnType<typeof scanOverview>>;
