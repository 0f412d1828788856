import type { LoaderFunctionArgs, SerializeFrom } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import {
  BenchmarkTheme,
  LevelDistribution,
  MedianRiskTable,
  QuantileChart,
  QuartilesByTheme,
  ThemeTrend,
} from "~/components/benchmark";
import { ParticipationTable } from "~/components/participation";
import { PrintButton } from "~/components/print-button";
import { getLanguage } from "~/i18n.server";
import { requireAccess } from "~/models/access.server";
import { benchmarkFor, releaseHistory } from "~/models/benchmark.server";
import { isVerified } from "~/models/verification.server";
import { notFound } from "~/responses.server";
import { trendOf } from "~/views/benchmark";
import { dateFormat } from "~/dates";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: ["benchmark", "countBands", "fields", "participation", "report", "sectors", "sizeBands"],
  title: (t, data: { questionnaire?: { title: string } } | null) =>
    data?.questionnaire
      ? t("benchmark.title", { questionnaire: data.questionnaire.title })
      : t("benchmark.unverifiedTitle"),
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireAccess(request, context);
  const benchmark = await benchmarkFor(access, params.questionnaireId, { via: "page", ip: context.clientAddress });
  if (!benchmark) {
    // Members of an organisation that is not verified yet learn why, instead of a dead end.
    if (access.organisation && !(await isVerified(access.organisation.id))) return { unverified: true as const };
    throw notFound();
  }
  const { questionnaire, release, cells, sectors } = benchmark;
  const [language, history] = await Promise.all([
    getLanguage(request),
    release ? releaseHistory(questionnaire.id, sectors) : [],
  ]);
  // Themes that no visible group has figures for (a sector-specific theme of a sector not shown) are left out.
  const withFigures = new Set(cells.flatMap((c) => c.themes?.map((th) => th.id) ?? []));
  const themes = questionnaire.themes.filter((th) => withFigures.has(th.id));
  return {
    unverified: false as const,
    questionnaire: { id: questionnaire.id, title: questionnaire.title[language] },
    release: release ? { createdAt: release.createdAt.toISOString(), k: release.k } : null,
    themes: themes.map((th) => ({ id: th.id, title: th.title[language] })),
    cells,
    trend: trendOf(
      history,
      themes.map((th) => th.id),
    ),
  };
}

export default function Benchmark() {
  const data = useLoaderData<typeof loader>();
  return data.unverified ? <NotYetVerified /> : <BenchmarkRelease {...data} />;
}

function NotYetVerified() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t("benchmark.unverifiedTitle")}</h1>
      <p className="lead">{t("benchmark.unverified")}</p>
      <p>
        <Link to="/organisation">{t("benchmark.unverifiedLink")}</Link>
      </p>
    </div>
  );
}

function BenchmarkRelease({
  questionnaire,
  release,
  themes,
  cells,
  trend,
}: Exclude<SerializeFrom<typeof loader>, { unverified: true }>) {
  const { t, i18n } = useTranslation();
  const date = dateFormat(i18n.language, { dateStyle: "long" });
  const sectorCells = cells.filter((c) => c.grouping === "sector" && c.sector);
  return (
    <div className="page benchmark">
      <h1>{t("benchmark.title", { questionnaire: questionnaire.title })}</h1>
      {release ? (
        <p className="lead">
          {t("benchmark.release", { date: date.format(new Date(release.createdAt)), k: release.k })}
        </p>
      ) : (
        <p>{t("benchmark.noRelease")}</p>
      )}
      {release ? (
        <>
          <div className="button-row no-print">
            <PrintButton label={t("benchmark.print")} />
            <a className="button button--secondary" href={`/benchmarks/${questionnaire.id}.csv`} download>
              {t("benchmark.csv")}
            </a>
          </div>
          <p className="no-print">{t("benchmark.shareNote")}</p>
          <p className="print-only">{t("benchmark.printNote")}</p>

          <section className="card" aria-labelledby="participation-title">
            <h2 id="participation-title">{t("benchmark.participationTitle")}</h2>
            <p>{t("benchmark.participationIntro")}</p>
            <ParticipationTable
              caption={t("benchmark.participationCaption")}
              k={release.k}
              rows={sectorCells.map((c) => ({ sector: c.sector!, band: c.countBand ?? null }))}
            />
          </section>

          <MedianRiskTable cells={cells} themes={themes} k={release.k} />

          <nav className="card section-nav" aria-labelledby="themes-nav-title">
            <h2 id="themes-nav-title">{t("benchmark.themesNav")}</h2>
            <ul>
              {themes.map((theme) => (
                <li key={theme.id}>
                  <a href={`#theme-${theme.id}`}>{theme.title}</a>
                </li>
              ))}
            </ul>
          </nav>

          {themes.map((theme) => (
            <BenchmarkTheme key={theme.id} theme={theme}>
              <QuantileChart theme={theme} cells={cells} k={release.k} />
              <LevelDistribution theme={theme} cells={cells} />
              {trend.releases.length > 1 ? <ThemeTrend theme={theme} trend={trend} /> : null}
            </BenchmarkTheme>
          ))}
          <QuartilesByTheme cells={cells} themes={themes} />
        </>
      ) : null}
    </div>
  );
}
