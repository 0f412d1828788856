import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { findAssessment } from "~/assessment-section.server";
import { ACTION_STATUSES, ActionSchema } from "~/domain/action-plan";
import { rankAdvice } from "~/domain/scoring";
import { messageKey } from "~/forms";
import { getLanguage } from "~/i18n.server";
import { listActions, saveAction } from "~/models/action.server";
import { getAnswers } from "~/models/assessment.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, assessment } = await findAssessment(request, params.id);
  const [language, answers, actions] = await Promise.all([
    getLanguage(request),
    getAnswers({ assessmentId: assessment.id }),
    listActions({ organisationId: access.organisation.id, assessmentId: assessment.id }),
  ]);
  const { questionnaire, sector } = assessment;
  return {
    assessment: { id: assessment.id, title: questionnaire.title[language] },
    items: rankAdvice(questionnaire, sector, answers).map((ranked) => {
      const advice = questionnaire.advice.find((a) => a.id === ranked.adviceId)!;
      const action = actions.find((a) => a.adviceId === ranked.adviceId);
      return {
        adviceId: advice.id,
        title: advice.title[language],
        theme: questionnaire.themes.find((t) => t.id === ranked.themeId)?.title[language] ?? ranked.themeId,
        action: action ? { status: action.status, owner: action.owner, dueDate: action.dueDate, reason: action.reason } : null,
      };
    }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { access, assessment } = await findAssessment(request, params.id);
  const form = await request.formData();
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" && value !== "" ? value : undefined;
  };
  const parsed = ActionSchema.safeParse({
    adviceId: text("adviceId"),
    status: text("status"),
    owner: text("owner"),
    dueDate: text("dueDate"),
    reason: text("reason"),
  });
  const adviceId = String(form.get("adviceId") ?? "");
  const triggered = rankAdvice(assessment.questionnaire, assessment.sector, await getAnswers({ assessmentId: assessment.id }));
  if (!triggered.some((a) => a.adviceId === adviceId)) throw new Response("Not Found", { status: 404 });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message = issue?.message.startsWith("actions.") || issue?.message.startsWith("validation.") ? issue.message : "validation.invalid";
    return data({ adviceId, error: message }, { status: 400 });
  }
  await saveAction({ organisationId: access.organisation.id, assessmentId: assessment.id, userId: access.user.id, action: parsed.data });
  return { adviceId, error: null };
}

export default function ActionPlan() {
  const { t } = useTranslation();
  const { assessment, items } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to={`/assessments/${assessment.id}/report`}>{t("report.title")}</Link>
      </p>
      <h1>{t("actions.title")}</h1>
      <p className="lead">{t("actions.intro")}</p>
      <ol className="action-list">
        {items.map((item) => {
          const id = `action-${item.adviceId}`;
          const error = result?.adviceId === item.adviceId ? result.error : null;
          return (
            <li key={item.adviceId} className="card" aria-labelledby={`${id}-title`}>
              <h2 id={`${id}-title`}>{item.title}</h2>
              <p className="advice__meta">{item.theme}</p>
              <Form method="post" className="form form--inline" aria-labelledby={`${id}-title`}>
                <input type="hidden" name="adviceId" value={item.adviceId} />
                <div className="field">
                  <label htmlFor={`${id}-status`}>{t("actions.status")}</label>
                  <select id={`${id}-status`} name="status" defaultValue={item.action?.status ?? "planned"}>
                    {ACTION_STATUSES.map((status) => (
                      <option key={status} value={status}>
                        {t(`actions.statuses.${status}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`${id}-owner`}>{t("actions.owner")}</label>
                  <input id={`${id}-owner`} name="owner" maxLength={120} defaultValue={item.action?.owner ?? ""} />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-due`}>{t("actions.dueDate")}</label>
                  <input id={`${id}-due`} type="date" name="dueDate" defaultValue={item.action?.dueDate ?? ""} />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-reason`}>{t("actions.reason")}</label>
                  <input id={`${id}-reason`} name="reason" maxLength={500} defaultValue={item.action?.reason ?? ""} />
                </div>
                <button type="submit" className="button button--secondary">
                  {t(item.action ? "actions.update" : "actions.add")}
                </button>
              </Form>
              {error ? (
                <p className="field-error" role="alert">
                  {t(messageKey(error).key as "actions.reasonRequired")}
                </p>
              ) : null}
              {result?.adviceId === item.adviceId && !error ? <p role="status">{t("actions.saved")}</p> : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
