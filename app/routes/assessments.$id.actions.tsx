import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireAssessment } from "~/views/section.server";
import { ACTION_STATUSES, ActionSchema } from "~/domain/action-plan";
import { findAdvice, findTheme } from "~/domain/assessment";
import { rankAdvice } from "~/domain/scoring";
import { messageKey, parseForm } from "~/forms";
import { getLanguage } from "~/i18n.server";
import { listActions, saveAction } from "~/models/action.server";
import { getAnswers } from "~/models/assessment.server";
import { notFound } from "~/responses.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: ["actions", "assessment", "report", "validation"],
  title: (t) => t("actions.title"),
};

/** The fields of an action, so an error shows next to the one it concerns. */
const FIELDS = ["status", "owner", "dueDate", "reason"] as const;
const LABELS = {
  status: "actions.status",
  owner: "actions.owner",
  dueDate: "actions.dueDate",
  reason: "actions.reason",
} as const satisfies Record<(typeof FIELDS)[number], string>;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { access, assessment } = await requireAssessment(request, params.id, context);
  const [language, answers, actions] = await Promise.all([
    getLanguage(request),
    getAnswers({ assessmentId: assessment.id }),
    listActions({ organisationId: access.organisation.id, assessmentId: assessment.id }),
  ]);
  const { questionnaire, sector } = assessment;
  return {
    assessment: { id: assessment.id, title: questionnaire.title[language] },
    items: rankAdvice(questionnaire, sector, answers).map((ranked) => {
      const advice = findAdvice(questionnaire, ranked.adviceId)!;
      const action = actions.find((a) => a.adviceId === ranked.adviceId);
      return {
        adviceId: advice.id,
        title: advice.title[language],
        theme: findTheme(questionnaire, ranked.themeId)?.title[language] ?? ranked.themeId,
        action: action
          ? { status: action.status, owner: action.owner, dueDate: action.dueDate, reason: action.reason }
          : null,
      };
    }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { access, assessment } = await requireAssessment(request, params.id);
  const form = await request.formData();
  const submission = parseForm(form, ActionSchema);
  const adviceId = String(form.get("adviceId") ?? "");
  const triggered = rankAdvice(
    assessment.questionnaire,
    assessment.sector,
    await getAnswers({ assessmentId: assessment.id }),
  );
  if (!triggered.some((a) => a.adviceId === adviceId)) throw notFound();
  if (submission.status !== "success") {
    // One message at a time, beside the first field that has one.
    const errors = submission.error ?? {};
    const field = FIELDS.find((name) => errors[name]?.length) ?? "status";
    return data({ adviceId, field, error: errors[field]?.[0] ?? "validation.invalid" }, { status: 400 });
  }
  await saveAction({
    organisationId: access.organisation.id,
    assessmentId: assessment.id,
    userId: access.user.id,
    action: submission.value,
  });
  return { adviceId, field: null, error: null };
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
                {FIELDS.map((field) => {
                  const fieldId = `${id}-${field}`;
                  const invalid = error && result?.field === field;
                  const props = {
                    id: fieldId,
                    name: field,
                    "aria-invalid": invalid ? true : undefined,
                    "aria-describedby": invalid ? `${fieldId}-error` : undefined,
                  };
                  return (
                    <div className="field" key={field} data-invalid={invalid ? "" : undefined}>
                      <label htmlFor={fieldId}>{t(LABELS[field])}</label>
                      {field === "status" ? (
                        <select {...props} defaultValue={item.action?.status ?? "planned"}>
                          {ACTION_STATUSES.map((status) => (
                            <option key={status} value={status}>
                              {t(`actions.statuses.${status}`)}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <input
                          {...props}
                          type={field === "dueDate" ? "date" : "text"}
                          maxLength={field === "owner" ? 120 : field === "reason" ? 500 : undefined}
                          defaultValue={item.action?.[field] ?? ""}
                        />
                      )}
                      {invalid ? (
                        <p id={`${fieldId}-error`} className="field-error" role="alert">
                          {t(messageKey(error).key as "actions.reasonRequired")}
                        </p>
                      ) : null}
                    </div>
                  );
                })}
                <button type="submit" className="button button--secondary">
                  {t(item.action ? "actions.update" : "actions.add")}
                </button>
              </Form>
              {result?.adviceId === item.adviceId && !error ? <p role="status">{t("actions.saved")}</p> : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
