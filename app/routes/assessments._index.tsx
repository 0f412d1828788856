import { DataTable } from "~/components/data-table";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { parseForm } from "~/forms";
import { getLanguage } from "~/i18n.server";
import { organisationActor, requireOrganisationMember } from "~/models/access.server";
import { listAssessments, startAssessment } from "~/models/assessment.server";
import { getQuestionnaire, questionnairesFor } from "~/models/questionnaire.server";
import { getOrganisationProfile } from "~/models/organisation.server";
import { isOpen, isOverdue } from "~/domain/action-plan";
import { findAdvice } from "~/domain/assessment";
import { listActions } from "~/models/action.server";
import { notFound } from "~/responses.server";
import { dateFormat } from "~/dates";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: ["actions", "assessments", "validation"],
  title: (t) => t("assessments.title"),
};

const StartSchema = z.object({
  questionnaireId: z.string().min(1).max(64),
  copyFrom: z.string().uuid().optional(),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  const access = await requireOrganisationMember(request, context);
  const organisationId = access.organisation.id;
  const [language, profile, assessments, actions] = await Promise.all([
    getLanguage(request),
    getOrganisationProfile({ organisationId }),
    listAssessments({ organisationId }),
    listActions({ organisationId }),
  ]);
  if (!profile) throw notFound();
  const available = await questionnairesFor(profile.sector);
  const titled = await Promise.all(
    assessments.map(async (a) => {
      const questionnaire = await getQuestionnaire(a.questionnaireId, a.questionnaireVersion);
      return {
        id: a.id,
        title: questionnaire?.title[language] ?? a.questionnaireId,
        version: a.questionnaireVersion,
        status: a.status,
        updatedAt: a.updatedAt.toISOString(),
        submittedAt: a.submittedAt?.toISOString() ?? null,
      };
    }),
  );
  const today = new Date().toISOString().slice(0, 10);
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
    actions: { open: open.length, overdue },
    questionnaires: available.map((q) => ({
      id: q.id,
      title: q.title[language],
      introduction: q.introduction[language],
    })),
    assessments: titled,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const access = await requireOrganisationMember(request);
  // The form holds only fields the page filled in: anything else is not a person's typing mistake.
  const submission = parseForm(await request.formData(), StartSchema);
  if (submission.status !== "success") throw new Response("Bad Request", { status: 400 });
  const profile = await getOrganisationProfile({ organisationId: access.organisation.id });
  if (!profile) throw notFound();
  const id = await startAssessment(organisationActor(access, "org_member", context.clientAddress), {
    sector: profile.sector,
    questionnaireId: submission.value.questionnaireId,
    copyFrom: submission.value.copyFrom,
  });
  if (!id) throw notFound();
  return redirect(`/assessments/${id}/profile`);
}

export default function Assessments() {
  const { t, i18n } = useTranslation();
  const { questionnaires, assessments, actions } = useLoaderData<typeof loader>();
  const date = dateFormat(i18n.language, { dateStyle: "long" });
  return (
    <div className="page">
      <h1>{t("assessments.title")}</h1>
      <p className="lead">{t("assessments.intro")}</p>
      {actions.open > 0 ? (
        <section className="card" aria-labelledby="actions-title">
          <h2 id="actions-title">{t("actions.openTitle")}</h2>
          <p>{t("actions.openCount", { open: actions.open, overdue: actions.overdue.length })}</p>
          {actions.overdue.length > 0 ? (
            <ul>
              {actions.overdue.map((a) => (
                <li key={a.id}>
                  <Link to={`/assessments/${a.assessmentId}/actions`}>
                    {t("actions.overdue", { title: a.title, date: date.format(new Date(a.dueDate)) })}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      {assessments.length > 0 ? (
        <section className="card" aria-labelledby="assessments-list">
          <h2 id="assessments-list">{t("assessments.listTitle")}</h2>
          <DataTable
            caption={t("assessments.listTitle")}
            captionHidden
            rows={assessments}
            rowKey={(a) => a.id}
            columns={[
              {
                header: t("assessments.questionnaire"),
                cell: (a) => <Link to={`/assessments/${a.id}`}>{a.title}</Link>,
              },
              { header: t("assessments.status"), cell: (a) => t(`assessments.statuses.${a.status}`) },
              { header: t("assessments.lastChange"), cell: (a) => date.format(new Date(a.submittedAt ?? a.updatedAt)) },
            ]}
          />
        </section>
      ) : null}
      <section className="card" aria-labelledby="start-title">
        <h2 id="start-title">{t("assessments.startTitle")}</h2>
        {questionnaires.map((q) => (
          <Form method="post" key={q.id} className="start-questionnaire">
            <h3>{q.title}</h3>
            <p>{q.introduction}</p>
            <input type="hidden" name="questionnaireId" value={q.id} />
            <button type="submit" className="button button--primary">
              {t("assessments.start", { title: q.title })}
            </button>
          </Form>
        ))}
      </section>
    </div>
  );
}
