import type { SerializeFrom } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { reportPage } from "~/views/report.server";
import { AdviceItem } from "./advice-item";
import { sortedIndexes } from "./chart-style";
import { CHART_COLORS, Chart, type Series } from "./charts";
import { DataTable } from "./data-table";
import { LevelBadge } from "./level-badge";
import { YourPosition } from "./your-position";
import { dateFormat } from "~/dates";
import { questionList, type MessageGroup } from "~/i18n";

/** The message groups a report uses, for the handles of the pages that show one. */
export const REPORT_MESSAGES: readonly MessageGroup[] = [
  "actions",
  "assessment",
  "benchmark",
  "countBands",
  "exports",
  "position",
  "report",
  "sectors",
  "shared",
  "sizeBands",
];

type ReportData = SerializeFrom<typeof reportPage>;

/**
 * The report as the organisation sees it. `shared` is the read-only view of someone the
 * organisation shared it with: titled with its name, no links into its own pages, no exports.
 */
export function ReportBody({
  assessment,
  report,
  previous,
  comparison,
  verified,
  shared,
}: ReportData & { shared?: { organisation: string } }) {
  const { t, i18n } = useTranslation();
  const signed = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0, signDisplay: "exceptZero" });
  const date = dateFormat(i18n.language, { dateStyle: "long" });
  const whole = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  // Risk is scored to one decimal: the level shown is the level of exactly this figure.
  const tenth = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percent = (fraction: number) => `${whole.format(fraction * 100)}%`;
  const scored = report.themes.filter((th) => th.scored);
  const changeText = (th: (typeof report.themes)[number], before: number | null | undefined) =>
    th.scored && typeof before === "number"
      ? t("report.riskChange", { change: signed.format(th.risk - before) })
      : t("report.noComparison");
  // Sorted bars, the theme that most needs attention on top: the lowest resilience, the highest risk.
  const chart = useMemo(() => {
    const bars = (measure: "resilience" | "risk", values: number[], first: "highest" | "lowest") => {
      const order = sortedIndexes(values, first);
      return {
        labels: order.map((i) => scored[i]!.title),
        series: [
          {
            label: t(`report.${measure}`),
            style: "bar",
            color: CHART_COLORS.accent,
            values: order.map((i) => values[i]!),
          },
        ] satisfies Series[],
      };
    };
    return {
      resilience: bars(
        "resilience",
        scored.map((th) => Math.round((th.scored ? th.resilience : 0) * 100)),
        "lowest",
      ),
      risk: bars(
        "risk",
        scored.map((th) => Math.round(th.scored ? th.risk : 0)),
        "highest",
      ),
    };
    // The loader data is stable for the life of the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [report, t]);

  return (
    <div className="page report">
      {shared ? (
        <h1>{t("shared.reportTitle", { organisation: shared.organisation })}</h1>
      ) : (
        <>
          <p className="breadcrumb">
            <Link to={`/assessments/${assessment.id}`}>{assessment.title}</Link>
          </p>
          <h1>{t("report.title")}</h1>
        </>
      )}
      {assessment.provisional ? (
        <p className="notice notice--warning" role="status">
          {t("report.provisional")}
        </p>
      ) : null}

      <section className="card" aria-labelledby="overall-title">
        <h2 id="overall-title">{t("report.overallTitle")}</h2>
        {report.overall ? (
          <>
            <p className="overall">
              {t("report.overallSentence", {
                resilience: whole.format(report.overall.resilience),
                risk: tenth.format(report.overall.risk),
              })}{" "}
              <LevelBadge level={report.overall.level} />
            </p>
            <p>
              {t(`report.exposureClass.${report.exposureClass}`)}{" "}
              <Link to="/scoring#risk">{t("report.howScored")}</Link>
            </p>
            <h3>{t("report.highestRisks")}</h3>
            <ol>
              {report.highestRisks.map((th) => (
                <li key={th.id}>
                  <a href={`#theme-${th.id}`}>{th.title}</a>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <p>{t("report.nothingScored")}</p>
        )}
      </section>

      {scored.length > 0 ? (
        <section className="card" aria-labelledby="charts-title">
          <h2 id="charts-title">{t("report.chartsTitle")}</h2>
          <div className="chart-grid">
            <figure>
              <figcaption>{t("report.resilienceChart")}</figcaption>
              <Chart {...chart.resilience} locale={i18n.language} horizontal />
            </figure>
            <figure>
              <figcaption>{t("report.riskChart")}</figcaption>
              <Chart {...chart.risk} locale={i18n.language} horizontal />
            </figure>
          </div>
          {previous?.otherVersion ? (
            <p className="note">
              {t("report.otherVersion", { version: previous.otherVersion, current: assessment.questionnaireVersion })}
            </p>
          ) : null}
          <table>
            <caption>{t("report.themesCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("report.theme")}</th>
                <th scope="col">{t("report.exposure")}</th>
                <th scope="col">{t("report.resilience")}</th>
                <th scope="col">{t("report.risk")}</th>
                <th scope="col">{t("report.level")}</th>
                {previous ? (
                  <th scope="col">{t("report.change", { date: date.format(new Date(previous.submittedAt)) })}</th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {report.themes.map((th) => (
                <tr key={th.id}>
                  <th scope="row">
                    <a href={`#theme-${th.id}`}>{th.title}</a>
                  </th>
                  <td>{percent(th.exposure)}</td>
                  {th.scored ? (
                    <>
                      <td>{percent(th.resilience)}</td>
                      <td>{tenth.format(th.risk)}</td>
                      <td>
                        <LevelBadge level={th.level} />
                      </td>
                    </>
                  ) : (
                    <td colSpan={3}>{t("report.notScored")}</td>
                  )}
                  {previous ? <td>{changeText(th, previous.risk[th.id])}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <YourPosition
        comparison={comparison}
        verified={verified}
        themes={scored.map((th) => ({ id: th.id, title: th.title, resilience: th.scored ? th.resilience : 0 }))}
      />

      <section className="card" aria-labelledby="advice-title">
        <h2 id="advice-title">{t("report.adviceTitle")}</h2>
        <p>{t("report.adviceIntro")}</p>
        {shared ? null : (
          <p className="no-print">
            <Link to={`/assessments/${assessment.id}/actions`} className="button button--secondary">
              {t("actions.link")}
            </Link>
          </p>
        )}
        <ol className="advice-list">
          {report.advice.map((a) => (
            <li key={a.id} className="advice">
              <AdviceItem
                advice={a}
                level={3}
                startHere={a.startHere}
                gain={
                  a.together.length > 0
                    ? t("report.adviceGainTogether", {
                        points: tenth.format(a.gain),
                        theme: a.theme,
                        questions: questionList(a.together, i18n.language),
                      })
                    : t("report.adviceGain", { points: tenth.format(a.gain), theme: a.theme })
                }
              />
            </li>
          ))}
        </ol>
      </section>

      {shared ? null : (
        <section className="card no-print" aria-labelledby="exports-title">
          <h2 id="exports-title">{t("exports.title")}</h2>
          <ul>
            <li>
              <a href={`/assessments/${assessment.id}/answers.csv`} download>
                {t("exports.csv")}
              </a>
            </li>
            <li>
              <a href={`/assessments/${assessment.id}/export.json`} download>
                {t("exports.json")}
              </a>
            </li>
          </ul>
          <p>{t("exports.print")}</p>
        </section>
      )}

      {report.knowledgeGaps.length > 0 ? (
        <section className="card" aria-labelledby="gaps-title">
          <h2 id="gaps-title">{t("report.gapsTitle")}</h2>
          <p>{t("report.gapsIntro")}</p>
          <ul>
            {report.knowledgeGaps.map((gap) => (
              <li key={gap.question}>
                {gap.question} ({gap.theme}){gap.knownBy ? ` — ${t("assessment.knownBy", { who: gap.knownBy })}` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {report.notApplicable.length > 0 ? (
        <section className="card" aria-labelledby="na-title">
          <h2 id="na-title">{t("report.naTitle")}</h2>
          <p>
            {t("report.naIntro")} <Link to="/scoring#resilience">{t("report.howScored")}</Link>
          </p>
          <DataTable
            caption={t("report.naCaption")}
            rows={report.notApplicable}
            rowKey={(na) => na.question}
            columns={[
              { header: t("report.naQuestion"), cell: (na) => na.question, rowHeader: true },
              { header: t("report.theme"), cell: (na) => na.theme },
              { header: t("report.naReason"), cell: (na) => `${t(`assessment.grounds.${na.ground}`)}: ${na.reason}` },
            ]}
          />
        </section>
      ) : null}

      {report.themes.map((th) => (
        <section key={th.id} id={`theme-${th.id}`} className="card" aria-labelledby={`theme-title-${th.id}`}>
          <h2 id={`theme-title-${th.id}`}>{th.title}</h2>
          {th.scored ? (
            <>
              <p>
                {t("report.themeSentence", {
                  exposure: percent(th.exposure),
                  resilience: percent(th.resilience),
                  risk: tenth.format(th.risk),
                })}{" "}
                <LevelBadge level={th.level} />
              </p>
              {th.weaklyAnswered ? <p className="notice notice--warning">{t("report.weaklyAnswered")}</p> : null}
              {th.cappedBy.length > 0 ? (
                <p className="field-error">
                  {t("report.capped", { questions: questionList(th.cappedBy, i18n.language) })}{" "}
                  <Link to="/scoring#cap">{t("report.capLink")}</Link>
                </p>
              ) : null}
              {th.costliest.length > 0 ? (
                <>
                  <h3>{t("report.why")}</h3>
                  <ul>
                    {th.costliest.map((c) => (
                      <li key={c.question}>
                        {c.question} —{" "}
                        {c.together.length > 0
                          ? t("report.pointsLostTogether", {
                              count: Math.round(c.pointsLost),
                              points: whole.format(c.pointsLost),
                              questions: questionList(c.together, i18n.language),
                            })
                          : t("report.pointsLost", {
                              count: Math.round(c.pointsLost),
                              points: whole.format(c.pointsLost),
                            })}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          ) : (
            <p>{t("report.notScoredExplained")}</p>
          )}
        </section>
      ))}
    </div>
  );
}
