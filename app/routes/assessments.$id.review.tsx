import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireAssessment } from "~/views/section.server";
import { organisationActor } from "~/models/access.server";
import { sectionPath, useDescribeAnswer } from "~/components/section-form";
import {
  PROFILE_SECTION,
  themesFor,
  unansweredQuestions,
  visibleQuestionIds,
  type AnyQuestion,
} from "~/domain/assessment";
import { getLanguage } from "~/i18n.server";
import { getAnswers, submitAssessment } from "~/models/assessment.server";
import { notFound } from "~/responses.server";
import type { PageHandle } from "~/page-title";
import { DataTable } from "~/components/data-table";

export const handle: PageHandle = { i18n: ["assessment", "report", "review"], title: (t) => t("review.title") };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { access, assessment } = await requireAssessment(request, params.id, context);
  const [language, answers] = await Promise.all([getLanguage(request), getAnswers({ assessmentId: assessment.id })]);
  const { questionnaire, sector } = assessment;
  const visible = visibleQuestionIds(questionnaire, sector, answers);
  const sections: { id: string; title: string | null; questions: AnyQuestion[] }[] = [
    { id: PROFILE_SECTION, title: null, questions: questionnaire.profile },
    ...themesFor(questionnaire, sector, answers).map((t) => ({
      id: t.id,
      title: t.title[language],
      questions: t.questions,
    })),
  ];
  return {
    assessment: {
      id: assessment.id,
      questionnaireId: assessment.questionnaireId,
      status: assessment.status,
      title: questionnaire.title[language],
    },
    isAdmin: access.organisation.role === "admin",
    unanswered: unansweredQuestions(questionnaire, sector, answers).map(({ section, question }) => ({
      section,
      id: question.id,
      text: question.text[language],
    })),
    sections: sections.map((s) => ({
      id: s.id,
      title: s.title,
      answers: s.questions
        .filter((q) => visible.has(q.id) && answers.has(q.id))
        .map((q) => {
          const answer = answers.get(q.id)!;
          return {
            id: q.id,
            text: q.text[language],
            options: (q.options ?? []).map((o) => ({ id: o.id, label: o.label[language] })),
            value: answer.value,
            note: answer.note,
            answeredBy: answer.answeredBy,
          };
        }),
    })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, assessment } = await requireAssessment(request, params.id);
  if (access.organisation.role !== "admin") throw notFound();
  const answers = await getAnswers({ assessmentId: assessment.id });
  if (unansweredQuestions(assessment.questionnaire, assessment.sector, answers).length > 0) {
    return data({ error: "review.incomplete" as const }, { status: 400 });
  }
  const submitted = await submitAssessment(
    organisationActor(access, "org_admin", context.clientAddress),
    assessment.id,
  );
  if (!submitted) return data({ error: "review.alreadySubmitted" as const }, { status: 409 });
  return redirect(`/assessments/${assessment.id}/review`);
}

export default function Review() {
  const { t } = useTranslation();
  const describe = useDescribeAnswer();
  const { assessment, isAdmin, unanswered, sections } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const draft = assessment.status === "draft";
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to={`/assessments/${assessment.id}`}>{assessment.title}</Link>
      </p>
      <h1>{t("review.title")}</h1>
      {!draft ? (
        <p className="notice" role="status">
          {t("review.submittedNotice")} <Link to={`/assessments/${assessment.id}/report`}>{t("report.link")}</Link>
        </p>
      ) : null}
      {draft ? (
        <section className="card" aria-labelledby="unanswered-title">
          <h2 id="unanswered-title">{t("review.unansweredTitle", { count: unanswered.length })}</h2>
          {unanswered.length === 0 ? (
            <p>{t("review.allAnswered")}</p>
          ) : (
            <ul>
              {unanswered.map((u) => (
                <li key={u.id}>
                  <Link to={`${sectionPath(assessment.id, u.section)}#question-${u.id}`}>{u.text}</Link>
                </li>
              ))}
            </ul>
          )}
          {actionData?.error ? (
            <p className="field-error" role="alert">
              {t(actionData.error)}
            </p>
          ) : null}
          {isAdmin ? (
            <Form method="post">
              <p>{t("review.submitExplanation")}</p>
              <button type="submit" className="button button--primary">
                {t("review.submit")}
              </button>
            </Form>
          ) : (
            <p>{t("review.adminSubmits")}</p>
          )}
        </section>
      ) : (
        <section className="card" aria-labelledby="again-title">
          <h2 id="again-title">{t("review.againTitle")}</h2>
          <p>{t("review.againExplanation")}</p>
          <Form method="post" action="/assessments">
            <input type="hidden" name="copyFrom" value={assessment.id} />
            <input type="hidden" name="questionnaireId" value={assessment.questionnaireId} />
            <button type="submit" className="button button--primary">
              {t("review.again")}
            </button>
          </Form>
        </section>
      )}
      {sections.map((s) => (
        <section key={s.id} className="card" aria-labelledby={`review-${s.id}`}>
          <h2 id={`review-${s.id}`}>{s.title ?? t("assessment.profileTitle")}</h2>
          {s.answers.length === 0 ? (
            <p>{t("review.noAnswers")}</p>
          ) : (
            <DataTable
              caption={t("review.whoAnswered", { section: s.title ?? t("assessment.profileTitle") })}
              captionHidden
              rows={s.answers}
              rowKey={(a) => a.id}
              columns={[
                { header: t("review.question"), cell: (a) => a.text },
                {
                  header: t("review.answer"),
                  cell: (a) => (
                    <>
                      {describe(a, a.value)}
                      {a.note ? <p className="answer-note">{a.note}</p> : null}
                    </>
                  ),
                },
                { header: t("review.answeredBy"), cell: (a) => a.answeredBy ?? t("review.formerMember") },
              ]}
            />
          )}
        </section>
      ))}
    </div>
  );
}
