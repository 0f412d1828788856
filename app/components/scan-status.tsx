import type { SerializeFrom } from "@remix-run/node";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { dateFormat } from "~/dates";
import type { MessageGroup } from "~/i18n";
import type { ScanOverview } from "~/views/scans.server";
import { LevelBadge } from "./level-badge";

/** The groups a page showing `ScanStatus` declares in its handle. */
export const SCAN_STATUS_MESSAGES: MessageGroup[] = ["actions", "assessments", "report"];

type Overview = SerializeFrom<ScanOverview>;

/**
 * Per questionnaire what to do next: continue the open draft, or start one from the latest
 * submitted answers; with the latest outcome next to it.
 */
export function ScanStatus({
  questionnaires,
  isAdmin,
}: {
  questionnaires: Overview["questionnaires"];
  isAdmin: boolean;
}) {
  const { t, i18n } = useTranslation();
  const date = dateFormat(i18n.language, { dateStyle: "long" });
  return (
    <>
      {questionnaires.map((q) => (
        <section key={q.id} className="card scan-status" aria-labelledby={`scan-${q.id}`}>
          <h2 id={`scan-${q.id}`}>{q.title}</h2>
          {q.latest ? (
            <p>
              {t("assessments.latest", { date: date.format(new Date(q.latest.submittedAt!)) })}{" "}
              {q.latest.level ? <LevelBadge level={q.latest.level} /> : t("report.notScored")}{" "}
              <Link to={`/assessments/${q.latest.id}/report`}>{t("assessments.toReport")}</Link>
            </p>
          ) : null}
          {q.draft ? (
            <>
              <p>{t("assessments.draftOpen", { date: date.format(new Date(q.draft.updatedAt)) })}</p>
              <p className="progress-line">
                {t("assessments.answeredOf", { answered: q.draft.answered, total: q.draft.total })}
              </p>
              <progress
                max={q.draft.total ?? 0}
                value={q.draft.answered ?? 0}
                aria-label={t("assessments.progressColumn")}
              />
              <p className="button-row">
                <Link
                  to={`/assessments/${q.draft.id}`}
                  className="button button--primary"
                  aria-label={t("assessments.continueTitle", { title: q.title })}
                >
                  {t("assessments.continue")}
                </Link>
                {isAdmin ? <Link to={`/assessments/${q.draft.id}/discard`}>{t("assessments.discard")}</Link> : null}
              </p>
            </>
          ) : (
            <Form method="post" action="/assessments" className="start-questionnaire">
              <p>{q.latest ? t("assessments.startFromLatest") : q.introduction}</p>
              <input type="hidden" name="questionnaireId" value={q.id} />
              <p className="button-row">
                <button type="submit" className="button button--primary">
                  {t("assessments.start", { title: q.title })}
                </button>
                {q.latest ? (
                  <button
                    type="submit"
                    name="fresh"
                    value="on"
                    className="button button--secondary"
                    aria-label={t("assessments.startFreshTitle", { title: q.title })}
                  >
                    {t("assessments.startFresh")}
                  </button>
                ) : null}
              </p>
            </Form>
          )}
        </section>
      ))}
    </>
  );
}

/** Open actions with the overdue ones named; nothing when there are none. */
export function OpenActions({ actions }: { actions: Overview["actions"] }) {
  const { t, i18n } = useTranslation();
  const date = dateFormat(i18n.language, { dateStyle: "long" });
  if (actions.open === 0) return null;
  return (
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
  );
}
