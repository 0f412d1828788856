import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { CheckboxField, ErrorMessages, useValidatedForm, ValidatedForm } from "~/components/form";
import { parseForm } from "~/forms";
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

export const handle: PageHandle = {
  i18n: ["assessment", "report", "review", "validation"],
  title: (t) => t("review.title"),
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { access, assessment } = await requireAssessment(request, params.id, context);
  const [language, answers] = await Promise.all([getLanguage(request), getAnswers({ assessmentId: assessment.id })]);
  const { questionnaire, sector } = assessment;
  const visible = visibleQuestionIds(questionnaire, sector, answers);
  const unanswered = unansweredQuestions(questionnaire, sector, answers);
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
    unanswered: sections
      .map((s) => ({
        id: s.id,
        title: s.title,
        questions: unanswered
          .filter((u) => u.section === s.id)
          .map(({ question }) => ({
            id: question.id,
            text: question.text[language],
          })),
      }))
      .filter((s) => s.questions.length > 0),
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

const SubmitSchema = z.object({
  // A refinement, since the form-wide error map would name a missing literal "invalid".
  confirm: z
    .string()
    .optional()
    .refine((value) => value === "on", "review.confirmRequired"),
});

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, assessment } = await requireAssessment(request, params.id);
  if (access.organisation.role !== "admin") throw notFound();
  const submission = parseForm(await request.formData(), SubmitSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const answers = await getAnswers({ assessmentId: assessment.id });
  if (unansweredQuestions(assessment.questionnaire, assessment.sector, answers).length > 0) {
    return data(submission.reply({ formErrors: ["review.incomplete"] }), { status: 400 });
  }
  const submitted = await submitAssessment(
    organisationActor(access, "org_admin", context.clientAddress),
    assessment.id,
  );
  if (!submitted) return data(submission.reply({ formErrors: ["review.alreadySubmitted"] }), { status: 409 });
  return redirect(`/assessments/${assessment.id}/report`);
}

export default function Review() {
  const { t } = useTranslation();
  const describe = useDescribeAnswer();
  const { assessment, isAdmin, unanswered, sections } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm({ id: "submit-assessment", schema: SubmitSchema, lastResult });
  const draft = assessment.status === "draft";
  const open = unanswered.reduce((n, s) => n + s.questions.length, 0);
  return (
    <div className="page review">
      <p className="breadcrumb">
        <Link to={`/assessments/${assessment.id}`}>{assessment.title}</Link>
      </p>
      <h1>{t("review.title")}</h1>
      {!draft ? (
        <>
          <p className="notice" role="status">
            {t("review.submittedNotice")}
          </p>
          <p className="button-row no-print">
            <Link to={`/assessments/${assessment.id}/report`} className="button button--primary">
              {t("report.link")}
            </Link>
          </p>
          <section className="card no-print" aria-labelledby="again-title">
            <h2 id="again-title">{t("review.againTitle")}</h2>
            <p>{t("review.againExplanation")}</p>
            <Form method="post" action="/assessments">
              <input type="hidden" name="copyFrom" value={assessment.id} />
              <input type="hidden" name="questionnaireId" value={assessment.questionnaireId} />
              <button type="submit" className="button button--secondary">
                {t("review.again")}
              </button>
            </Form>
          </section>
        </>
      ) : (
        <section className="card" aria-labelledby="unanswered-title">
          <h2 id="unanswered-title">{t("review.unansweredTitle", { count: open })}</h2>
          {open === 0 ? (
            <p>{t("review.allAnswered")}</p>
          ) : (
            <>
              <p>{t("review.incomplete")}</p>
              {unanswered.map((s) => (
                <details key={s.id} className="unanswered-section" open={unanswered.length === 1}>
                  <summary>
                    {t("review.unansweredIn", {
                      section: s.title ?? t("assessment.profileTitle"),
                      count: s.questions.length,
                    })}
                  </summary>
                  <ul>
                    {s.questions.map((q) => (
                      <li key={q.id}>
                        <Link to={`${sectionPath(assessment.id, s.id)}#question-${q.id}`}>{q.text}</Link>
                      </li>
                    ))}
                  </ul>
                </details>
              ))}
            </>
          )}
          {!isAdmin ? (
            <p>{t("review.adminSubmits")}</p>
          ) : open === 0 ? (
            <ValidatedForm form={form} className="form">
              <ErrorMessages id={form.errorId} errors={form.errors} />
              <p>{t("review.submitExplanation")}</p>
              <CheckboxField field={fields.confirm} label={t("review.confirm")} />
              <button type="submit" className="button button--primary">
                {t("review.submit")}
              </button>
            </ValidatedForm>
          ) : null}
        </section>
      )}
      {/* One line per part, its answers folded: 85 answers in a row made the page 22,000 px tall at 390 px. */}
      <section className="card" aria-labelledby="answers-title">
        <h2 id="answers-title">{t("review.answersTitle")}</h2>
        {sections.map((s) => {
          const section = s.title ?? t("assessment.profileTitle");
          return s.answers.length === 0 ? (
            <p key={s.id} className="review-section">
              {t("review.noAnswersIn", { section })}
            </p>
          ) : (
            <details key={s.id} className="review-section print-open">
              <summary>{t("review.answersIn", { section, count: s.answers.length })}</summary>
              <DataTable
                caption={t("review.whoAnswered", { section })}
                captionHidden
                stacked
                rows={s.answers}
                rowKey={(a) => a.id}
                columns={[
                  { header: t("review.question"), cell: (a) => a.text, rowHeader: true },
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
            </details>
          );
        })}
      </section>
    </div>
  );
}
