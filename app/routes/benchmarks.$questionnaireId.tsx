import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { riskLevel } from "~/domain/scoring";
import { getLanguage } from "~/i18n.server";
import { requireAccess } from "~/models/access.server";
import { latestQuestionnaires } from "~/models/assessment.server";
import { latestRelease, sectorsVisibleTo, visibleCells } from "~/models/benchmark.server";
import { notFound } from "~/responses.server";


export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireAccess(request);
  const sectors = await sectorsVisibleTo(access);
  if (sectors.size === 0) throw notFound();
  const questionnaire = (await latestQuestionnaires()).find((q) => q.id === params.questionnaireId);
  if (!questionnaire) throw notFound();
  const [language, release] = await Promise.all([getLanguage(request), latestRelease({ questionnaireId: questionnaire.id })]);
  const themes = questionnaire.themes.map((t) => ({ id: t.id, title: t.title[language] }));
  const cells = release ? visibleCells(release, sectors).filter((c) => c.grouping !== "sector-size") : [];
  return {
    questionnaire: { id: questionnaire.id, title: questionnaire.title[language] },
    release: release ? { createdAt: release.createdAt.toISOString(), k: release.k } : null,
    themes,
    rows: cells.map((c) => ({
      key: `${c.grouping}-${c.sector ?? ""}`,
      sector: c.sector ?? null,
      countBand: c.countBand ?? null,
      medians: c.themes
        ? Object.fromEntries(
            c.themes.map((t) => [t.id, { risk: t.risk.median, level: riskLevel(t.risk.median, questionnaire.thresholds) }]),
          )
        : null,
    })),
  };
}

export default function Benchmark() {
  const { t, i18n } = useTranslation();
  const { questionnaire, release, themes, rows } = useLoaderData<typeof loader>();
  const whole = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long" });
  return (
    <div className="page">
      <h1>{t("benchmark.title", { questionnaire: questionnaire.title })}</h1>
      {release ? (
        <p className="lead">{t("benchmark.release", { date: date.format(new Date(release.createdAt)), k: release.k })}</p>
      ) : (
        <p>{t("benchmark.noRelease")}</p>
      )}
      {release ? (
        <section className="card" aria-labelledby="median-risk-title">
          <h2 id="median-risk-title">{t("benchmark.medianRiskTitle")}</h2>
          {/* Wide tables scroll sideways: the region takes focus so keyboard users can scroll it. */}
          <div className="table-scroll" role="region" aria-labelledby="median-risk-title" tabIndex={0}>
            <table>
              <caption>{t("benchmark.medianRiskCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("benchmark.group")}</th>
                  <th scope="col">{t("participation.organisations")}</th>
                  {themes.map((theme) => (
                    <th scope="col" key={theme.id}>
                      {theme.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.sector ? t(`sectors.${row.sector as "municipality"}`) : t("benchmark.all")}</th>
                    {row.medians ? (
                      <>
                        <td>{t(`countBands.${row.countBand as "5-9"}`)}</td>
                        {themes.map((theme) => {
                          const cell = row.medians?.[theme.id];
                          return (
                            <td key={theme.id}>
                              {cell ? (
                                <>
                                  {whole.format(cell.risk)}{" "}
                                  <span className={`level level--${cell.level}`}>{t(`report.levels.${cell.level}`)}</span>
                                </>
                              ) : (
                                "—"
                              )}
                            </td>
                          );
                        })}
                      </>
                    ) : (
                      <td colSpan={themes.length + 1}>{t("participation.fewerThan", { k: release.k })}</td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  );
}
