import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { CodeLegend, MedianRiskTable } from "~/components/benchmark";
import { CHART_COLORS, Chart, type Series } from "~/components/charts";
import { DataTable } from "~/components/data-table";
import { LevelBadge } from "~/components/level-badge";
import { PrintButton } from "~/components/print-button";
import { getLanguage } from "~/i18n.server";
import { requireCustomsReviewer } from "~/models/access.server";
import { customsOverview, type CustomsOverview } from "~/models/customs.server";
import { dateFormat } from "~/dates";
import type { PageHandle } from "~/page-title";
import { halfYearLabel } from "~/views/benchmark";

export const handle: PageHandle = {
  i18n: ["benchmark", "countBands", "customs", "fields", "participation", "report", "sectors", "sizeBands"],
  title: (t) => t("customs.title"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireCustomsReviewer(request, context);
  const [language, overview] = await Promise.all([getLanguage(request), customsOverview()]);
  return {
    questionnaires: overview.map((q) => ({
      ...q,
      title: q.title[language],
      themes: q.themes
        .filter((th) => q.cells.some((c) => c.themes?.some((x) => x.id === th.id)))
        .map((th) => ({ id: th.id, title: th.title[language] })),
    })),
  };
}

type Section = Omit<CustomsOverview[number], "title" | "themes"> & {
  title: string;
  themes: { id: string; title: string }[];
};

function Ranking({ section }: { section: Section }) {
  const { t, i18n } = useTranslation();
  const chart = useMemo(
    () => ({
      labels: section.ranking.map((r) => t(`sectors.${r.sector}`)),
      series: [
        {
          label: t("customs.medianRisk"),
          style: "bar",
          color: CHART_COLORS.critical,
          values: section.ranking.map((r) => r.medianRisk),
        },
      ] satisfies Series[],
    }),
    [section, t],
  );
  const id = `ranking-${section.id}`;
  return (
    <>
      <h3 id={id}>{t("customs.rankingTitle")}</h3>
      <figure>
        <figcaption>{t("customs.rankingChart")}</figcaption>
        <Chart labels={chart.labels} series={chart.series} locale={i18n.language} horizontal />
      </figure>
      <DataTable
        caption={t("customs.rankingCaption")}
        rows={section.ranking.map((r, index) => ({ ...r, rank: index + 1 }))}
        rowKey={(r) => r.sector}
        columns={[
          { header: t("customs.rank"), cell: (r) => r.rank },
          { header: t("fields.sector"), rowHeader: true, cell: (r) => t(`sectors.${r.sector}`) },
          {
            header: t("customs.medianRisk"),
            cell: (r) => (
              <>
                {r.medianRisk} <LevelBadge level={r.medianLevel} />
              </>
            ),
          },
          {
            header: t("customs.highOrCritical"),
            cell: (r) => (r.highOrCritical === null ? t("customs.tooFewForShares") : `${r.highOrCritical}%`),
          },
        ]}
      />
      <p className="no-print">
        <a href={`/customs/overview.csv?questionnaire=${section.id}&table=ranking`} download>
          {t("customs.csv", { table: t("customs.rankingTitle") })}
        </a>
      </p>
    </>
  );
}

function Trend({ section }: { section: Section }) {
  const { t, i18n } = useTranslation();
  const sectors = section.trend[0]?.sectors.map((s) => s.sector) ?? [];
  const code = (index: number) => t("customs.sectorCode", { number: index + 1 });
  const chart = useMemo(
    () => ({
      labels: section.trend.map((h) => halfYearLabel(t, h.halfYear)),
      series: sectors.map((sector): Series => ({
        label: t(`sectors.${sector}`),
        style: "line",
        values: section.trend.map((h) => h.sectors.find((s) => s.sector === sector)?.medianRisk ?? null),
      })),
    }),
    // Loader data, stable for the life of the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [section, t],
  );
  return (
    <>
      <h3 id={`trend-${section.id}`}>{t("customs.trendTitle")}</h3>
      <figure>
        <figcaption>{t("customs.trendChart")}</figcaption>
        <Chart labels={chart.labels} series={chart.series} locale={i18n.language} />
      </figure>
      <DataTable
        caption={t("customs.trendCaption")}
        scrollLabel={`overview-${section.id} trend-${section.id}`}
        rows={section.trend}
        rowKey={(h) => h.halfYear}
        columns={[
          { header: t("customs.halfYear"), rowHeader: true, cell: (h) => halfYearLabel(t, h.halfYear) },
          ...sectors.map((sector, index) => ({
            key: sector,
            // On paper a column is too narrow for a sector's long compound words: a code heads
            // it there, with the legend below; the name stays for screen readers.
            header: (
              <>
                <span className="print-code" aria-hidden="true">
                  {code(index)}
                </span>
                <span className="print-coded">{t(`sectors.${sector}`)}</span>
              </>
            ),
            cell: (h: (typeof section.trend)[number]) => {
              const risk = h.sectors[index]?.medianRisk ?? null;
              return risk === null ? t("participation.fewerThan", { k: section.k ?? 5 }) : risk;
            },
          })),
        ]}
      />
      <CodeLegend
        entries={sectors.map((sector, index) => ({ code: code(index), name: t(`sectors.${sector}`) }))}
        onPaperOnly
      />
      <p className="no-print">
        <a href={`/customs/overview.csv?questionnaire=${section.id}&table=trend`} download>
          {t("customs.csv", { table: t("customs.trendTitle") })}
        </a>
      </p>
    </>
  );
}

export default function CustomsOverviewPage() {
  const { t, i18n } = useTranslation();
  const { questionnaires } = useLoaderData<typeof loader>();
  const date = dateFormat(i18n.language, { dateStyle: "long" });
  return (
    <div className="page benchmark customs-overview">
      <h1>{t("customs.title")}</h1>
      <p className="lead">{t("customs.intro")}</p>
      <div className="button-row no-print">
        <Link to="/customs/organisations" className="button button--primary">
          {t("customs.toOrganisations")}
        </Link>
        <PrintButton label={t("customs.print")} />
      </div>
      <section className="card" aria-labelledby="customs-rules-title">
        <h2 id="customs-rules-title">{t("customs.rulesTitle")}</h2>
        <ul>
          <li>{t("customs.ruleAggregates")}</li>
          <li>{t("customs.ruleConsent")}</li>
          <li>{t("customs.rulePurpose")}</li>
        </ul>
      </section>
      {questionnaires.map((section) => (
        <section key={section.id} className="card" aria-labelledby={`overview-${section.id}`}>
          <h2 id={`overview-${section.id}`}>{section.title}</h2>
          {section.release && section.k ? (
            <>
              <p>{t("benchmark.release", { date: date.format(new Date(section.release.createdAt)), k: section.k })}</p>
              <MedianRiskTable
                id={`heat-${section.id}`}
                level={3}
                partOf={`overview-${section.id}`}
                cells={section.cells}
                themes={section.themes}
                k={section.k}
              />
              <p className="no-print">
                <a href={`/customs/overview.csv?questionnaire=${section.id}&table=heat`} download>
                  {t("customs.csv", { table: t("benchmark.medianRiskTitle") })}
                </a>
              </p>
              <Ranking section={section} />
              {section.trend.length > 0 ? <Trend section={section} /> : null}
            </>
          ) : (
            <p>{t("benchmark.noRelease")}</p>
          )}
        </section>
      ))}
    </div>
  );
}
