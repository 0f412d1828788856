import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { PURPOSE_MIN_LENGTH, PurposeSchema } from "~/domain/sharing";
import { parseForm } from "~/forms";
import { actorOf, getApiAccess, type Access } from "~/models/access.server";
import { CONSENT_RECIPIENTS } from "~/domain/sharing";
import { recordSharedView } from "~/models/consent.server";
import { recordRefusedRead } from "~/models/audit.server";
import { findSharedReport } from "~/views/shared-report.server";
import { apiJson } from "~/responses.server";
import { getAnswers, getAssessment, getScoreSnapshot, organisationOfAssessment } from "~/models/assessment.server";
import { assessmentSummary, reportOf } from "~/views/report.server";

const notFound = () => apiJson({ error: "not_found" }, 404);

/**
 * The assessment when it is the report its organisation shares with the reader now: with
 * Customs for a reviewer, with the association for an analyst of its sector.
 */
async function sharedWith(access: Access, assessmentId: string) {
  const organisationId = await organisationOfAssessment(assessmentId);
  if (!organisationId) return null;
  for (const recipient of CONSENT_RECIPIENTS) {
    const shared = await findSharedReport(access, recipient, organisationId);
    if (shared?.assessmentId !== assessmentId) continue;
    const assessment = await getAssessment({ organisationId, assessmentId });
    return assessment ? { assessment, organisationId, recipient } : null;
  }
  return null;
}

/**
 * The report as JSON for a member of the organisation, signed in or with a personal token: exposure and resilience per theme as
 * fractions, risk and overall resilience 0–100, unrounded. Customs and association analysts
 * read a report shared with them, with a `purpose` parameter. Anyone else gets 404.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await getApiAccess(request);
  if (!access || !params.id || !z.string().uuid().safeParse(params.id).success) return notFound();
  const own = access.organisation
    ? await getAssessment({ organisationId: access.organisation.id, assessmentId: params.id })
    : null;
  const shared = own ? null : await sharedWith(access, params.id);
  const assessment = own ?? shared?.assessment;
  if (!assessment) {
    await recordRefusedRead(
      { ...actorOf(access, context.clientAddress), organisationId: access.organisation?.id ?? null },
      { type: "assessment", id: params.id },
    );
    return notFound();
  }
  const organisationId = shared ? shared.organisationId : access.organisation!.id;
  if (shared) {
    // Outside the organisation: only with a stated purpose, and every view is audited.
    const purpose = parseForm(new URL(request.url).searchParams, PurposeSchema);
    if (purpose.status !== "success")
      return apiJson({ error: `purpose of at least ${PURPOSE_MIN_LENGTH} characters is required` }, 400);
    const role = shared.recipient === "customs" ? "customs_reviewer" : "association_analyst";
    await recordSharedView(
      { ...actorOf(access, context.clientAddress), role },
      {
        associationIds: access.associationIds,
        organisationId,
        assessmentId: assessment.id,
        purpose: purpose.value.purpose,
        via: "api",
      },
    );
  }
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
  return apiJson({
    assessment: assessmentSummary(assessment, organisationId),
    overall: figures.overall,
    themes: figures.themes.map((t) =>
      t.scored
        ? { id: t.themeId, exposure: t.exposure, resilience: t.resilience, risk: t.risk, level: t.level }
        : { id: t.themeId, exposure: t.exposure, resilience: null, risk: null, level: null },
    ),
    advice: advice.map((a) => ({
      id: a.adviceId,
      themeId: a.themeId,
      questionId: a.questionId,
      gain: a.gain,
      together: a.together,
    })),
  });
}
