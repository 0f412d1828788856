import { DataTable } from "./data-table";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { onHundredScale } from "~/views/benchmark";
import type { BenchmarkTheme, CountBand, Grouping } from "~/domain/benchmark";
import { CHART_COLORS, Chart, type Series } from "./charts";
import { dateFormat } from "~/dates";
import { NarrowFold } from "./narrow-fold";
import { useReaderT } from "./reader-t";

interface Comparison {
  grouping: Grouping;
  countBand: CountBand | null;
  themes: BenchmarkTheme[];
  releasedAt: string;
  k: number;
}

/** Where the organisation's resilience stands against the middle half of its comparison group. */
function placement(value: number, band: BenchmarkTheme["resilience"]) {
  if (value < band.p25) return "below" as const;
  if (value > band.p75) return "above" as const;
  return "within" as const;
}

/**
 * "Your position": the organisation's resilience per theme against the published p25–p75 band
 * and median of its sector, or of all organisations, labelled so, when its sector is too small.
 */
export function YourPosition({
  comparison,
  verified,
  themes,
  shared = false,
}: {
  comparison: Comparison | null;
  /** An organisation is compared only once it is verified. */
  verified: boolean;
  themes: { id: string; title: string; resilience: number }[];
  /** Read by someone outside the organisation: worded in the third person. */
  shared?: boolean;
}) {
  const { i18n } = useTranslation();
  const t = useReaderT(shared);
  const whole = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  const date = dateFormat(i18n.language, { dateStyle: "long" });
  const rows = themes.flatMap((theme) => {
    const group = comparison?.themes.find((th) => th.id === theme.id);
    return group ? [{ ...theme, group: group.resilience }] : [];
  });
  const chart = useMemo(
    () => ({
      labels: rows.map((r) => r.title),
      series: [
        {
          label: t("position.middleHalf"),
          style: "band",
          color: CHART_COLORS.accent,
          values: rows.map((r) => [onHundredScale(r.group.p25), onHundredScale(r.group.p75)]),
        },
        {
          label: t("position.median"),
          style: "marker",
          color: CHART_COLORS.ink,
          values: rows.map((r) => onHundredScale(r.group.median)),
        },
        {
          label: t("position.you"),
          style: "marker",
          point: "circle",
          color: CHART_COLORS.critical,
          values: rows.map((r) => onHundredScale(r.resilience)),
        },
      ] satisfies Series[],
    }),
    // Loader data, stable for the life of the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [comparison, themes, t],
  );
  return (
    <section className="card" aria-labelledby="position-title">
      <h2 id="position-title">{t("position.title")}</h2>
      {!verified ? (
        <p>{t("position.unverified")}</p>
      ) : !comparison || rows.length === 0 ? (
        <p>{t("position.none")}</p>
      ) : (
        <>
          <p>
            {comparison.grouping === "sector"
              ? t("position.comparedWithSector", { band: t(`countBands.${comparison.countBand ?? "5-9"}`) })
              : t("position.comparedWithAll", {
                  band: t(`countBands.${comparison.countBand ?? "5-9"}`),
                  k: comparison.k,
                })}{" "}
            {t("position.release", { date: date.format(new Date(comparison.releasedAt)) })}
          </p>
          <NarrowFold summary={t("position.chartFold")} className="print-open">
            <figure>
              <figcaption>{t("position.chart")}</figcaption>
              <Chart labels={chart.labels} series={chart.series} locale={i18n.language} horizontal />
            </figure>
          </NarrowFold>
          <DataTable
            caption={comparison.grouping === "sector" ? t("position.captionSector") : t("position.captionAll")}
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              { header: t("report.theme"), rowHeader: true, cell: (r) => r.title },
              { header: t("position.yours"), cell: (r) => whole.format(onHundredScale(r.resilience)) },
              { header: t("position.p25"), cell: (r) => whole.format(onHundredScale(r.group.p25)) },
              { header: t("position.median"), cell: (r) => whole.format(onHundredScale(r.group.median)) },
              { header: t("position.p75"), cell: (r) => whole.format(onHundredScale(r.group.p75)) },
              { header: t("position.where"), cell: (r) => t(`position.placement.${placement(r.resilience, r.group)}`) },
            ]}
          />
        </>
      )}
    </section>
  );
}
