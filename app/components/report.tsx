import type { SerializeFrom } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { reportPage } from "~/views/report.server";
import { AdviceItem } from "./advice-item";
import { LEVEL_COLORS, sortedIndexes } from "./chart-style";
import { CHART_COLORS, Chart, type Series } from "./charts";
import { DataTable } from "./data-table";
import { LevelBadge } from "./level-badge";
import { useReaderT } from "./reader-t";
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
  const tr = useReaderT(Boolean(shared));
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
      const themes = order.map((i) => scored[i]!);
      return {
        // Risk bars take their level's colour, so the label names the level too.
        labels: themes.map((th) =>
          measure === "risk" && th.scored ? `${th.title} (${t(`report.levels.${th.level}`)})` : th.title,
        ),
        series: [
          {
            label: t(`report.${measure}`),
            style: "bar",
            color: CHART_COLORS.accent,
            values: order.map((i) => values[i]!),
            barColors:
              measure === "risk"
                ? themes.map((th) => (th.scored ? LEVEL_COLORS[th.level] : CHART_COLORS.accent))
                : undefined,
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

  const adviceGain = (a: (typeof report.advice)[number]) =>
    a.together.length > 0
      ? t("report.adviceGainTogether", {
          points: tenth.format(a.gain),
          theme: a.theme,
          questions: questionList(a.together, i18n.language),
        })
      : t("report.adviceGain", { points: tenth.format(a.gain), theme: a.theme });
  const when = assessment.submittedAt
    ? t("report.submittedOn", { date: date.format(new Date(assessment.submittedAt)) })
    : t("report.provisionalOn", { date: date.format(new Date()) });

  return (
    <div className="page report">
      {shared ? null : (
        <p className="breadcrumb">
          <Link to={`/assessments/${assessment.id}`}>{assessment.title}</Link>
        </p>
      )}
      <header className="report__cover">
        <h1>{t("report.titleOf", { organisation: shared?.organisation ?? assessment.organisation })}</h1>
        <p className="report__meta">
          {t("report.meta", { questionnaire: assessment.title, version: assessment.questionnaireVersion })} · {when}
        </p>
      </header>
      {assessment.provisional ? (
        <p className="notice notice--warning" role="status">
          {t("report.provisional")}
        </p>
      ) : null}

      <section className="card" aria-labelledby="overall-title">
        <h2 id="overall-title">{tr("report.overallTitle")}</h2>
        {report.overall ? (
          <>
            <p className="overall">
              {t("report.overallSentence", {
                resilience: whole.format(report.overall.resilience),
                risk: tenth.format(report.overall.risk),
              })}{" "}
              <LevelBadge level={report.overall.level} />
            </p>
            <p>{tr(`report.levelMeaning.${report.overall.level}`)}</p>
            <p>
              {tr(`report.exposureClass.${report.exposureClass}`)}{" "}
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

      <section className="card report__first-steps" aria-labelledby="first-steps-title">
        <h2 id="first-steps-title">{tr("report.firstStepsTitle")}</h2>
        {report.firstSteps.length === 0 ? (
          <p>{t("report.noFirstSteps")}</p>
        ) : (
          <>
            <p>
              {report.sizeBand
                ? t("report.firstStepsIntro", { size: t(`sizeBands.${report.sizeBand}`) })
                : t("report.firstStepsIntroNoSize")}
            </p>
            <ol className="first-steps">
              {report.firstSteps.map((a) => (
                <li key={a.id}>
                  <strong>{a.title}</strong> ({a.theme})
                  <br />
                  {/* The theme is named once, after the title. */}
                  {t("report.firstStepWhy", { question: a.question, points: tenth.format(a.gain) })}{" "}
                  <span className="advice__meta">
                    {t(`report.effort.${a.effort}`)} · {t(`report.impact.${a.impact}`)}
                  </span>
                </li>
              ))}
            </ol>
          </>
        )}
        {shared ? null : (
          <p className="no-print">
            <Link to={`/assessments/${assessment.id}/actions`} className="button button--secondary">
              {t("actions.link")}
            </Link>
          </p>
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
          <DataTable
            caption={t("report.themesCaption")}
            captionId="themes-caption"
            scrollLabel="themes-caption"
            rows={report.themes}
            rowKey={(th) => th.id}
            columns={[
              {
                header: t("report.theme"),
                rowHeader: true,
                cell: (th) => <a href={`#theme-${th.id}`}>{th.title}</a>,
              },
              { header: t("report.exposure"), cell: (th) => percent(th.exposure) },
              {
                header: t("report.resilience"),
                cell: (th) => (th.scored ? percent(th.resilience) : t("report.notScored")),
              },
              { header: t("report.risk"), cell: (th) => (th.scored ? tenth.format(th.risk) : "—") },
              { header: t("report.level"), cell: (th) => (th.scored ? <LevelBadge level={th.level} /> : "—") },
              previous !== null && {
                header: t("report.change", { date: date.format(new Date(previous.submittedAt)) }),
                key: "change",
                cell: (th) => changeText(th, previous.risk[th.id]),
              },
            ]}
          />
        </section>
      ) : null}

      <h2 className="print-only report__appendix">{tr("report.appendix")}</h2>
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
                // Folded like the advice after it: a theme opens with its figures, and on paper
                // the reasons print open.
                <details className="theme-why print-open">
                  <summary>{t("report.why", { count: th.costliest.length })}</summary>
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
                </details>
              ) : null}
            </>
          ) : (
            <p>{t("report.notScoredExplained")}</p>
          )}
          <ThemeAdvice
            advice={report.advice.filter((a) => a.themeId === th.id)}
            gain={adviceGain}
            shared={Boolean(shared)}
          />
        </section>
      ))}

      <YourPosition
        shared={Boolean(shared)}
        comparison={comparison}
        verified={verified}
        themes={scored.map((th) => ({ id: th.id, title: th.title, resilience: th.scored ? th.resilience : 0 }))}
      />

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
    </div>
  );
}

/** A theme's advice, folded: the first page names what to do first, the rest is here on request. */
function ThemeAdvice({
  advice,
  gain,
  shared,
}: {
  advice: ReportData["report"]["advice"];
  gain: (a: ReportData["report"]["advice"][number]) => string;
  shared: boolean;
}) {
  const { t } = useTranslation();
  if (advice.length === 0) return null;
  return (
    <details className="theme-advice">
      <summary>{t("report.themeAdvice", { count: advice.length })}</summary>
      <ol className="advice-list">
        {advice.map((a) => (
          <li key={a.id} className="advice">
            <AdviceItem advice={a} level={3} startHere={a.startHere} gain={gain(a)} shared={shared} />
          </li>
        ))}
      </ol>
    </details>
  );
}
