import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { type ReactNode, useId } from "react";
import { DataTable } from "~/components/data-table";
import { useTranslation } from "react-i18next";
import { LevelBadge } from "~/components/level-badge";
import {
  EXPOSURE_CLASSES,
  MIN_EXPOSURE,
  RISK_LEVELS,
  riskLevel,
  roundRisk,
  themeRisk,
  type RiskLevel,
} from "~/domain/scoring";
import type { Questionnaire } from "~/domain/questionnaire";
import { type Language } from "~/i18n";
import { getLanguage } from "~/i18n.server";
import { latestQuestionnaires } from "~/models/questionnaire.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = { i18n: ["report", "scoring"], title: (t) => t("scoring.title") };

// The worked example of the page: a theme at this exposure and resilience, then the same theme
// with equally weighted controls, all in place but one must-have.
const EXAMPLE = { exposure: 0.6, resilience: 0.45, controls: 5, inPlace: 4 };

const riskOf = (exposure: number, resilience: number) => roundRisk(themeRisk(exposure, resilience));

function workedExample(questionnaire: Questionnaire, language: Language) {
  const { exposure, resilience, controls, inPlace } = EXAMPLE;
  const { thresholds, criticalCap } = questionnaire;
  const risk = riskOf(exposure, resilience);
  const share = inPlace / controls;
  const capped = Math.min(share, criticalCap);
  const cappedRisk = riskOf(exposure, capped);
  const uncappedRisk = riskOf(exposure, share);
  return {
    questionnaire: questionnaire.title[language],
    thresholds,
    exposure,
    resilience,
    risk,
    level: riskLevel(risk, thresholds),
    // Below this resilience the theme cannot be "low" at this exposure.
    neededForLow: 1 - thresholds.medium / (100 * exposure),
    cap: {
      controls,
      inPlace,
      share,
      criticalCap,
      resilience: capped,
      risk: cappedRisk,
      level: riskLevel(cappedRisk, thresholds),
      uncappedRisk,
      uncappedLevel: riskLevel(uncappedRisk, thresholds),
      fixedRisk: riskOf(exposure, 1),
    },
  };
}

/**
 * "How the score works": the scoring model in plain language, public, with the thresholds,
 * exposure classes and cap of every published questionnaire.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const language = await getLanguage(request);
  const questionnaires = await latestQuestionnaires();
  // The example is about container release, a theme of the port questionnaire.
  const exampleSource = questionnaires.find((q) => q.id === "port-logistics") ?? questionnaires[0];
  return {
    minExposure: MIN_EXPOSURE,
    questionnaires: questionnaires.map((q) => ({
      id: q.id,
      title: q.title[language],
      criticalCap: q.criticalCap,
      thresholds: q.thresholds,
      exposureClasses: q.exposureClasses,
    })),
    example: exampleSource ? workedExample(exampleSource, language) : null,
  };
}

const SECTIONS = ["exposure", "resilience", "cap", "risk", "thresholds", "example", "overall", "advice"] as const;

/** Lower bounds of the levels and classes, in order; each range ends where the next starts. */
const ranges = <K extends string>(keys: readonly K[], starts: number[]) =>
  keys.map((key, i) => ({
    key,
    from: i > 0 ? starts[i - 1] : undefined,
    below: i < starts.length ? starts[i] : undefined,
  }));

export default function Scoring() {
  const { t, i18n } = useTranslation();
  const { minExposure, questionnaires, example } = useLoaderData<typeof loader>();
  const decimal = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const figure = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const risk = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 1 });

  return (
    <div className="page scoring">
      <h1>{t("scoring.title")}</h1>
      <p className="lead">{t("scoring.intro")}</p>
      <nav aria-labelledby="scoring-contents" className="card">
        <h2 id="scoring-contents">{t("scoring.contents")}</h2>
        <ul>
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{t(`scoring.${id}.title`)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="exposure" aria-labelledby="exposure-title">
        <h2 id="exposure-title">{t("scoring.exposure.title")}</h2>
        <p>{t("scoring.exposure.why")}</p>
        <p>{t("scoring.exposure.perTheme", { min: figure.format(minExposure) })}</p>
        <p>{t("scoring.exposure.class")}</p>
      </section>

      <section id="resilience" aria-labelledby="resilience-title">
        <h2 id="resilience-title">{t("scoring.resilience.title")}</h2>
        <p>{t("scoring.resilience.intro")}</p>
        <ul>
          <li>{t("scoring.resilience.fully")}</li>
          <li>{t("scoring.resilience.partly")}</li>
          <li>{t("scoring.resilience.notInPlace")}</li>
          <li>{t("scoring.resilience.dontKnow")}</li>
          <li>{t("scoring.resilience.notApplicable")}</li>
        </ul>
        <p>{t("scoring.resilience.weighted")}</p>
      </section>

      <section id="cap" aria-labelledby="cap-title">
        <h2 id="cap-title">{t("scoring.cap.title")}</h2>
        <p>{t("scoring.cap.what")}</p>
        <p>{t("scoring.cap.rule")}</p>
        <ul>
          {questionnaires.map((q) => (
            <li key={q.id}>{t("scoring.cap.value", { questionnaire: q.title, cap: percent.format(q.criticalCap) })}</li>
          ))}
        </ul>
        <p>{t("scoring.cap.lift")}</p>
      </section>

      <section id="risk" aria-labelledby="risk-title">
        <h2 id="risk-title">{t("scoring.risk.title")}</h2>
        <figure>
          <figcaption>{t("scoring.risk.formulaLabel")}</figcaption>
          <p className="overall">{t("scoring.risk.formula")}</p>
        </figure>
        <p>{t("scoring.risk.explain")}</p>
        <p>{t("scoring.risk.notAGrade")}</p>
      </section>

      <section id="thresholds" aria-labelledby="thresholds-title">
        <h2 id="thresholds-title">{t("scoring.thresholds.title")}</h2>
        <p>{t("scoring.thresholds.intro")}</p>
        {questionnaires.length === 0 ? <p>{t("scoring.thresholds.none")}</p> : null}
        {questionnaires.map((q) => {
          const { medium, high, critical } = q.thresholds;
          const { elevated, high: highClass, veryHigh } = q.exposureClasses;
          return (
            <section key={q.id} className="card" aria-labelledby={`thresholds-${q.id}`}>
              <h3 id={`thresholds-${q.id}`}>{q.title}</h3>
              <RangeTable
                caption={t("scoring.thresholds.levelsCaption", { questionnaire: q.title })}
                headers={[t("scoring.thresholds.level"), t("scoring.thresholds.from"), t("scoring.thresholds.below")]}
                rows={ranges(RISK_LEVELS, [medium, high, critical]).map((r) => ({
                  key: r.key,
                  label: <LevelBadge level={r.key} />,
                  from: figure.format(r.from ?? 0),
                  below: r.below === undefined ? "–" : figure.format(r.below),
                }))}
              />
              <RangeTable
                caption={t("scoring.thresholds.classesCaption", { questionnaire: q.title })}
                headers={[
                  t("scoring.thresholds.class"),
                  t("scoring.thresholds.exposureFrom"),
                  t("scoring.thresholds.exposureBelow"),
                ]}
                rows={ranges(EXPOSURE_CLASSES, [elevated, highClass, veryHigh]).map((r) => ({
                  key: r.key,
                  label: t(`scoring.classes.${r.key}`),
                  from: decimal.format(r.from ?? minExposure),
                  below: r.below === undefined ? "–" : decimal.format(r.below),
                }))}
              />
              <p>{t("scoring.thresholds.cap", { cap: percent.format(q.criticalCap) })}</p>
            </section>
          );
        })}
      </section>

      {example ? (
        <section id="example" aria-labelledby="example-title">
          <h2 id="example-title">{t("scoring.example.title")}</h2>
          <p>
            {t("scoring.example.intro", {
              exposure: decimal.format(example.exposure),
              resilience: percent.format(example.resilience),
              questionnaire: example.questionnaire,
            })}
          </p>
          <StepTable
            caption={t("scoring.example.caption", {
              exposure: decimal.format(example.exposure),
              resilience: decimal.format(example.resilience),
            })}
            rows={[
              [t("scoring.example.exposure"), decimal.format(example.exposure)],
              [t("scoring.example.resilience"), decimal.format(example.resilience)],
              [
                t("scoring.example.risk"),
                t("scoring.example.riskValue", {
                  exposure: decimal.format(example.exposure),
                  resilience: decimal.format(example.resilience),
                  risk: risk.format(example.risk),
                }),
              ],
              [
                t("scoring.example.level"),
                <LevelReason
                  key="level"
                  level={example.level}
                  risk={risk.format(example.risk)}
                  thresholds={example.thresholds}
                  format={figure.format}
                />,
              ],
            ]}
          />
          <p>
            {t("scoring.example.why", {
              medium: figure.format(example.thresholds.medium),
              needed: percent.format(example.neededForLow),
            })}
          </p>

          <p>{t("scoring.example.capIntro", { controls: example.cap.controls, inPlace: example.cap.inPlace })}</p>
          <StepTable
            caption={t("scoring.example.capCaption")}
            rows={[
              [
                t("scoring.example.share"),
                t("scoring.example.shareValue", {
                  inPlace: example.cap.inPlace,
                  controls: example.cap.controls,
                  share: decimal.format(example.cap.share),
                }),
              ],
              [t("scoring.example.cap"), decimal.format(example.cap.criticalCap)],
              [
                t("scoring.example.resilience"),
                t("scoring.example.cappedValue", {
                  share: decimal.format(example.cap.share),
                  cap: decimal.format(example.cap.criticalCap),
                  resilience: decimal.format(example.cap.resilience),
                }),
              ],
              [
                t("scoring.example.risk"),
                t("scoring.example.riskValue", {
                  exposure: decimal.format(example.exposure),
                  resilience: decimal.format(example.cap.resilience),
                  risk: risk.format(example.cap.risk),
                }),
              ],
              [
                t("scoring.example.level"),
                <LevelReason
                  key="level"
                  level={example.cap.level}
                  risk={risk.format(example.cap.risk)}
                  thresholds={example.thresholds}
                  format={figure.format}
                />,
              ],
            ]}
          />
          <p>
            {t("scoring.example.capWhy", {
              uncappedRisk: risk.format(example.cap.uncappedRisk),
              uncappedLevel: t(`report.levels.${example.cap.uncappedLevel}`).toLocaleLowerCase(i18n.language),
              risk: risk.format(example.cap.risk),
              fixedRisk: risk.format(example.cap.fixedRisk),
            })}
          </p>
        </section>
      ) : null}

      <section id="overall" aria-labelledby="overall-title">
        <h2 id="overall-title">{t("scoring.overall.title")}</h2>
        <p>{t("scoring.overall.text")}</p>
      </section>

      <section id="advice" aria-labelledby="advice-title">
        <h2 id="advice-title">{t("scoring.advice.title")}</h2>
        <p>{t("scoring.advice.text")}</p>
        <p>{t("scoring.advice.why")}</p>
        <p>
          <Link to="/advice">{t("scoring.advice.library")}</Link>
        </p>
      </section>
    </div>
  );
}

/** Levels or classes with the range each covers. */
function RangeTable({
  caption,
  headers,
  rows,
}: {
  caption: string;
  headers: [string, string, string];
  rows: { key: string; label: ReactNode; from: string; below: string }[];
}) {
  const captionId = useId();
  return (
    <DataTable
      caption={caption}
      captionId={captionId}
      scrollLabel={captionId}
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        { header: headers[0], cell: (row) => row.label, rowHeader: true },
        { header: headers[1], cell: (row) => row.from },
        { header: headers[2], cell: (row) => row.below },
      ]}
    />
  );
}

/** A worked example, one step of the calculation per row. */
function StepTable({ caption, rows }: { caption: string; rows: [string, ReactNode][] }) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <DataTable
      caption={caption}
      captionId={captionId}
      scrollLabel={captionId}
      rows={rows}
      rowKey={([step]) => step}
      columns={[
        { header: t("scoring.example.step"), cell: ([step]) => step, rowHeader: true },
        { header: t("scoring.example.value"), cell: ([, value]) => value },
      ]}
    />
  );
}

/** The level of a risk with the thresholds it lies between. */
function LevelReason({
  level,
  risk,
  thresholds,
  format,
}: {
  level: RiskLevel;
  risk: string;
  thresholds: Questionnaire["thresholds"];
  format: (n: number) => string;
}) {
  const { t } = useTranslation();
  const { from, below } = ranges(RISK_LEVELS, [thresholds.medium, thresholds.high, thresholds.critical]).find(
    (r) => r.key === level,
  )!;
  const key =
    from === undefined
      ? "scoring.example.levelValueBottom"
      : below === undefined
        ? "scoring.example.levelValueTop"
        : "scoring.example.levelValue";
  return (
    <>
      <LevelBadge level={level} />{" "}
      {t(key, { risk, from: from === undefined ? "" : format(from), below: below === undefined ? "" : format(below) })}
    </>
  );
}
