import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { progress } from "~/domain/assessment";
import { getLanguage } from "~/i18n.server";
import { organisationActor } from "~/models/access.server";
import { discardDraft, getAnswers } from "~/models/assessment.server";
import type { PageHandle } from "~/page-title";
import { notFound } from "~/responses.server";
import { requireAssessment } from "~/views/section.server";

export const handle: PageHandle = { i18n: ["assessments"], title: (t) => t("assessments.discardTitle") };

/** Only an admin discards, and only a draft: anything else is not there to discard. */
async function requireDiscardable(...args: Parameters<typeof requireAssessment>) {
  const found = await requireAssessment(...args);
  if (found.access.organisation.role !== "admin" || found.assessment.status !== "draft") throw notFound();
  return found;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { assessment } = await requireDiscardable(request, params.id, context);
  const [language, answers] = await Promise.all([getLanguage(request), getAnswers({ assessmentId: assessment.id })]);
  const { answered, total } = progress(assessment.questionnaire, assessment.sector, answers);
  return { id: assessment.id, title: assessment.questionnaire.title[language], answered, total };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, assessment } = await requireDiscardable(request, params.id, context);
  if (!(await discardDraft(organisationActor(access, "org_admin", context.clientAddress), assessment.id))) {
    throw notFound();
  }
  return redirect("/assessments?discarded");
}

export default function DiscardDraft() {
  const { t } = useTranslation();
  const { id, title, answered, total } = useLoaderData<typeof loader>();
  return (
    <section className="page page--narrow" aria-labelledby="discard-title">
      <h1 id="discard-title">{t("assessments.discardTitle")}</h1>
      <p>
        {t("assessments.discardExplanation", { title, progress: t("assessments.answeredOf", { answered, total }) })}
      </p>
      <Form method="post" className="button-row">
        <button type="submit" className="button button--primary">
          {t("assessments.discardConfirm")}
        </button>
        <Link to={`/assessments/${id}`}>{t("assessments.discardCancel")}</Link>
      </Form>
    </section>
  );
}
