import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAssessment } from "~/views/section.server";
import { download } from "~/export.server";
import { getAnswers, getScoreSnapshot } from "~/models/assessment.server";
import { assessmentSummary, reportOf } from "~/views/report.server";

/** The answers and scores of one assessment as JSON: ids, not texts, for other tools. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, assessment } = await requireAssessment(request, params.id);
  const [answers, snapshot] = await Promise.all([
    getAnswers({ assessmentId: assessment.id }),
    getScoreSnapshot({ assessmentId: assessment.id }),
  ]);
  const { questionnaire } = assessment;
  const { score: figures, advice } = reportOf(
    questionnaire,
    assessment,
    answers,
    assessment.status === "submitted" ? snapshot : null,
  );
  const body = {
    assessment: assessmentSummary(assessment, access.organisation.id),
    answers: [...answers].map(([questionId, a]) => ({
      questionId,
      value: a.value,
      note: a.note,
      answeredBy: a.answeredBy,
      updatedAt: a.updatedAt.toISOString(),
    })),
    scores: { overall: figures.overall, exposureClass: figures.exposureClass, themes: figures.themes },
    advice,
  };
  return download(
    `${JSON.stringify(body, null, 2)}\n`,
    `weerbaar-${questionnaire.id}-${assessment.id}.json`,
    "application/json",
  );
}
