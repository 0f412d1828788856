import type { LoaderFunctionArgs } from "@remix-run/node";
import { getApiAccess } from "~/models/access.server";
import { apiJson } from "~/responses.server";
import { getAnswers, getAssessment, getScoreSnapshot } from "~/models/assessment.server";
import { assessmentSummary, reportFigures } from "~/report.server";
import { rankAdvice } from "~/domain/scoring";

const notFound = () => apiJson({ error: "not_found" }, 404);

/**
 * The report as JSON for a member of the organisation, signed in or with a personal token: exposure and resilience per theme as
 * fractions, risk and overall resilience 0–100, unrounded. Anyone else gets 404.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await getApiAccess(request);
  if (!access?.organisation || !params.id) return notFound();
  const assessment = await getAssessment({ organisationId: access.organisation.id, assessmentId: params.id }).catch(() => null);
  if (!assessment) return notFound();
  const [answers, snapshot] = await Promise.all([
    getAnswers({ assessmentId: assessment.id }),
    getScoreSnapshot({ assessmentId: assessment.id }),
  ]);
  const { questionnaire, sector } = assessment;
  const figures = reportFigures(questionnaire, sector, answers, assessment.status === "submitted" ? snapshot : null);
  return apiJson({
    assessment: assessmentSummary(assessment, access.organisation.id),
    overall: figures.overall,
    themes: figures.themes.map((t) =>
      t.scored
        ? { id: t.themeId, exposure: t.exposure, resilience: t.resilience, risk: t.risk, level: t.level }
        : { id: t.themeId, exposure: t.exposure, resilience: null, risk: null, level: null },
    ),
    advice: rankAdvice(questionnaire, sector, answers).map((a) => ({
      id: a.adviceId,
      themeId: a.themeId,
      questionId: a.questionId,
      gain: a.gain,
    })),
  });
}
