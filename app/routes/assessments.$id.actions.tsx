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
import { DataTable } from "~/components/data-table";
import { calendarDay, dateFormat } from "~/dates";
import { isOverdue } from "~/domain/action-plan";
import { firstSteps } from "~/domain/scoring";
import { listMembers } from "~/models/organisation.server";
import { adviceView } from "~/views/advice.server";
import { START_HERE } from "~/views/report.server";
import type { ReactNode } from "react";

export const handle: PageHandle = {
  i18n: ["actions", "assessment", "report", "validation"],
  title: (t) => t("actions.title"),
};

/** The fields of an action, so an error shows next to the one it concerns. */
const FIELDS = ["status", "ownerId", "dueDate", "reason"] as const;
const LABELS = {
  status: "actions.statusOf",
  ownerId: "actions.ownerOf",
  dueDate: "actions.dueDateOf",
  reason: "actions.reason",
} as const satisfies Record<(typeof FIELDS)[number], string>;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { access, assessment } = await requireAssessment(request, params.id, context);
  const [language, answers, actions, members] = await Promise.all([
    getLanguage(request),
    getAnswers({ assessmentId: assessment.id }),
    listActions({ organisationId: access.organisation.id, assessmentId: assessment.id }),
    listMembers({ organisationId: access.organisation.id }),
  ]);
  const { questionnaire, sector } = assessment;
  const ranked = rankAdvice(questionnaire, sector, answers);
  const proposed = new Set(firstSteps(questionnaire, ranked, assessment.sizeBand, START_HERE).map((a) => a.adviceId));
  const today = calendarDay();
  const items = ranked.map((item) => {
    const advice = adviceView(questionnaire, findAdvice(questionnaire, item.adviceId)!, language, assessment);
    const action = actions.find((a) => a.adviceId === item.adviceId);
    return {
      adviceId: advice.id,
      title: advice.title,
      steps: advice.steps,
      effort: advice.effort,
      theme: findTheme(questionnaire, item.themeId)?.title[language] ?? item.themeId,
      proposed: proposed.has(advice.id),
      action: action
        ? {
            status: action.status,
            ownerId: action.ownerId,
            dueDate: action.dueDate,
            reason: action.reason,
            overdue: isOverdue(action, today),
          }
        : null,
    };
  });
  const planned = items.filter((i) => i.action);
  return {
    assessment: { id: assessment.id, title: questionnaire.title[language] },
    owners: members.map((member) => ({ id: member.userId, name: member.name })),
    planned,
    // The first steps of the report come first, as proposals.
    proposals: items.filter((i) => !i.action).sort((a, b) => Number(b.proposed) - Number(a.proposed)),
    summary: {
      planned: planned.length,
      total: items.length,
      done: planned.filter((i) => i.action!.status === "done" || i.action!.status === "not_relevant").length,
      overdue: planned.filter((i) => i.action!.overdue).length,
    },
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
  const saved = await saveAction({
    organisationId: access.organisation.id,
    assessmentId: assessment.id,
    userId: access.user.id,
    action: submission.value,
  });
  // Someone who left between loading the page and saving it.
  if (saved === "unknownOwner")
    return data({ adviceId, field: "ownerId", error: "actions.unknownOwner" }, { status: 400 });
  return { adviceId, field: null, error: null };
}

type Item = ReturnType<typeof useLoaderData<typeof loader>>["planned"][number];

export default function ActionPlan() {
  const { t, i18n } = useTranslation();
  const { assessment, owners, planned, proposals, summary } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const date = dateFormat(i18n.language, { dateStyle: "medium" });
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to={`/assessments/${assessment.id}/report`}>{t("report.title")}</Link>
      </p>
      <h1>{t("actions.title")}</h1>
      <p className="lead">{t("actions.intro")}</p>
      <section className="card" aria-labelledby="plan-summary-title">
        <h2 id="plan-summary-title">{t("actions.summaryTitle")}</h2>
        <p className="progress-line">{t("actions.summary", summary)}</p>
        <progress max={Math.max(summary.planned, 1)} value={summary.done} aria-label={t("actions.progressLabel")} />
      </section>

      <section className="card" aria-labelledby="plan-title">
        <h2 id="plan-title">{t("actions.planTitle", { count: summary.planned })}</h2>
        {planned.length === 0 ? (
          <p>{t("actions.empty")}</p>
        ) : (
          <DataTable
            caption={t("actions.planCaption")}
            captionHidden
            captionId="plan-caption"
            scrollLabel="plan-caption"
            rows={planned}
            rowKey={(item) => item.adviceId}
            columns={[
              { header: t("actions.advice"), rowHeader: true, cell: (item) => <AdviceCell item={item} /> },
              {
                header: t("actions.owner"),
                cell: (item) => (
                  <RowField item={item} field="ownerId" result={result}>
                    {(props) => (
                      <select {...props} defaultValue={item.action!.ownerId ?? ""}>
                        <option value="">{t("actions.noOwner")}</option>
                        {owners.map((owner) => (
                          <option key={owner.id} value={owner.id}>
                            {owner.name}
                          </option>
                        ))}
                      </select>
                    )}
                  </RowField>
                ),
              },
              {
                header: t("actions.status"),
                cell: (item) => (
                  <>
                    <RowField item={item} field="status" result={result}>
                      {(props) => (
                        <select {...props} defaultValue={item.action!.status}>
                          {ACTION_STATUSES.map((status) => (
                            <option key={status} value={status}>
                              {t(`actions.statuses.${status}`)}
                            </option>
                          ))}
                        </select>
                      )}
                    </RowField>
                    <RowField item={item} field="reason" result={result}>
                      {(props) => (
                        <input {...props} type="text" maxLength={500} defaultValue={item.action!.reason ?? ""} />
                      )}
                    </RowField>
                  </>
                ),
              },
              {
                header: t("actions.dueDate"),
                cell: (item) => (
                  <>
                    <RowField item={item} field="dueDate" result={result}>
                      {(props) => <input {...props} type="date" defaultValue={item.action!.dueDate ?? ""} />}
                    </RowField>
                    {item.action!.overdue ? (
                      <p className="badge badge--overdue">
                        {t("actions.overdueFlag", { date: date.format(new Date(item.action!.dueDate!)) })}
                      </p>
                    ) : null}
                  </>
                ),
              },
              {
                header: <span className="visually-hidden">{t("actions.save")}</span>,
                key: "save",
                cell: (item) => (
                  <>
                    <Form method="post" id={`action-${item.adviceId}`}>
                      <input type="hidden" name="adviceId" value={item.adviceId} />
                      <button
                        type="submit"
                        className="button button--secondary"
                        aria-label={t("actions.updateTitle", { title: item.title })}
                      >
                        {t("actions.update")}
                      </button>
                    </Form>
                    {result?.adviceId === item.adviceId && !result.error ? (
                      <p role="status">{t("actions.saved")}</p>
                    ) : null}
                  </>
                ),
              },
            ]}
          />
        )}
      </section>

      {proposals.length > 0 ? (
        <section className="card" aria-labelledby="proposals-title">
          <h2 id="proposals-title">{t("actions.proposalsTitle", { count: proposals.length })}</h2>
          <p>{t("actions.proposalsIntro")}</p>
          <DataTable
            caption={t("actions.proposalsCaption")}
            captionHidden
            captionId="proposals-caption"
            scrollLabel="proposals-caption"
            rows={proposals}
            rowKey={(item) => item.adviceId}
            columns={[
              { header: t("actions.advice"), rowHeader: true, cell: (item) => <AdviceCell item={item} /> },
              { header: t("actions.effort"), cell: (item) => t(`report.effort.${item.effort}`) },
              {
                header: <span className="visually-hidden">{t("actions.add")}</span>,
                key: "add",
                cell: (item) => (
                  <Form method="post">
                    <input type="hidden" name="adviceId" value={item.adviceId} />
                    <input type="hidden" name="status" value="planned" />
                    <button
                      type="submit"
                      className={`button ${item.proposed ? "button--primary" : "button--secondary"}`}
                      aria-label={t("actions.addTitle", { title: item.title })}
                    >
                      {t("actions.add")}
                    </button>
                  </Form>
                ),
              },
            ]}
          />
        </section>
      ) : null}
    </div>
  );
}

/** The advice's title and theme, its steps on request, and whether the report proposes it first. */
function AdviceCell({ item }: { item: Item }) {
  const { t } = useTranslation();
  return (
    <>
      {item.title}
      {item.proposed ? <span className="badge badge--start">{t("report.startHere")}</span> : null}
      <br />
      <span className="muted">{item.theme}</span>
      <details>
        <summary>{t("actions.steps")}</summary>
        <ol>
          {item.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </details>
    </>
  );
}

/**
 * One field of a row's form. The form sits in the row's last cell; each field joins it by the
 * `form` attribute, as a form cannot wrap a table row. Its error shows beside it.
 */
function RowField({
  item,
  field,
  result,
  children,
}: {
  item: Item;
  field: (typeof FIELDS)[number];
  result: ReturnType<typeof useActionData<typeof action>>;
  children: (props: {
    id: string;
    name: string;
    form: string;
    "aria-invalid"?: true;
    "aria-describedby"?: string;
  }) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = `action-${item.adviceId}-${field}`;
  const error = result?.adviceId === item.adviceId && result.field === field ? result.error : null;
  return (
    <div className="field" data-invalid={error ? "" : undefined}>
      <label htmlFor={id} className={field === "reason" ? undefined : "visually-hidden"}>
        {t(LABELS[field], { title: item.title })}
      </label>
      {children({
        id,
        name: field,
        form: `action-${item.adviceId}`,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": error ? `${id}-error` : undefined,
      })}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t(messageKey(error).key as "actions.reasonRequired")}
        </p>
      ) : null}
    </div>
  );
}
