import { useMemo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { groupLabel, onHundredScale, type Trend, type VisibleCell } from "~/benchmark-view";
import { cellId } from "~/domain/benchmark";
import { RISK_LEVELS } from "~/domain/scoring";
import { CHART_COLORS, Chart, SERIES_COLORS, type Series } from "./charts";
import { LevelBadge } from "./level-badge";
import { dateFormat } from "~/dates";

interface ThemeRef {
  id: string;
  title: string;
}

/** A wide table that scrolls sideways; the region takes focus so keyboard users can scroll it. */
function ScrollTable({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table>{children}</table>
    </div>
  );
}

/** The figures of one theme in one cell, or undefined when the cell is suppressed. */
const themeOf = (cell: VisibleCell, themeId: string) => cell.themes?.find((th) => th.id === themeId);

/** The groups a chart draws: everyone and each published sector; size bands stay in the tables. */
const chartGroups = (cells: VisibleCell[], themeId: string) =>
  cells.filter((c) => c.grouping !== "sector-size" && themeOf(c, themeId));

function useFormats() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const whole = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
    return {
      whole: (n: number) => whole.format(n),
      percent: (n: number) => `${whole.format(n)}%`,
      locale: i18n.language,
    };
  }, [i18n.language]);
}

function SuppressedRow({ cell, span, k }: { cell: VisibleCell; span: number; k: number }) {
  const { t } = useTranslation();
  return (
    <tr>
      <th scope="row">{groupLabel(t, cell)}</th>
      <td colSpan={span}>{t("participation.fewerThan", { k })}</td>
    </tr>
  );
}

/** Sector × theme: the median risk of each published group, with its level in colour and words. */
export function MedianRiskTable({
  cells,
  themes,
  k,
  id = "median-risk",
  level = 2,
}: {
  cells: VisibleCell[];
  themes: ThemeRef[];
  k: number;
  /** Where the page holds several of these tables, each needs its own id. */
  id?: string;
  /** 2: a card of its own; 3: a part of the card it stands in. */
  level?: 2 | 3;
}) {
  const { t } = useTranslation();
  const { whole } = useFormats();
  const Heading = level === 2 ? "h2" : "h3";
  const content = (
    <>
      <Heading id={`${id}-title`}>{t("benchmark.medianRiskTitle")}</Heading>
      <ScrollTable labelledBy={`${id}-title`}>
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
          {cells
            .filter((c) => c.grouping !== "sector-size")
            .map((cell) =>
              cell.themes ? (
                <tr key={cellId(cell)}>
                  <th scope="row">{groupLabel(t, cell)}</th>
                  <td>{t(`countBands.${cell.countBand ?? "5-9"}`)}</td>
                  {themes.map((theme) => {
                    const figures = themeOf(cell, theme.id);
                    return (
                      <td key={theme.id}>
                        {figures ? (
                          <>
                            {whole(figures.risk.median)} <LevelBadge level={figures.medianLevel} />
                          </>
                        ) : (
                          "—"
                        )}
                      </td>
                    );
                  })}
                </tr>
              ) : (
                <SuppressedRow key={cellId(cell)} cell={cell} span={themes.length + 1} k={k} />
              ),
            )}
        </tbody>
      </ScrollTable>
    </>
  );
  return level === 2 ? (
    <section className="card" aria-labelledby={`${id}-title`}>
      {content}
    </section>
  ) : (
    content
  );
}

/** Resilience and risk quartiles of one theme per group: a band chart, and every figure in a table. */
export function QuantileChart({ theme, cells, k }: { theme: ThemeRef; cells: VisibleCell[]; k: number }) {
  const { t } = useTranslation();
  const { whole, locale } = useFormats();
  const groups = chartGroups(cells, theme.id);
  const chart = useMemo(() => {
    const figures = groups.map((c) => themeOf(c, theme.id)!.resilience);
    const series: Series[] = [
      {
        label: t("benchmark.middleHalf"),
        style: "band",
        color: CHART_COLORS.accent,
        values: figures.map((q) => [onHundredScale(q.p25), onHundredScale(q.p75)]),
      },
      {
        label: t("benchmark.median"),
        style: "marker",
        color: CHART_COLORS.ink,
        values: figures.map((q) => onHundredScale(q.median)),
      },
    ];
    return { labels: groups.map((c) => groupLabel(t, c)), series };
    // The cells are loader data, stable for the life of the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cells, theme.id, t]);
  const captionId = `quantiles-${theme.id}`;
  return (
    <>
      <h3 id={captionId}>{t("benchmark.quantilesTitle")}</h3>
      <figure>
        <figcaption>{t("benchmark.quantilesChart")}</figcaption>
        <Chart kind="bar" labels={chart.labels} series={chart.series} locale={locale} max={100} />
      </figure>
      <ScrollTable labelledBy={captionId}>
        <caption>{t("benchmark.quantilesCaption", { theme: theme.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("benchmark.group")}</th>
            <th scope="col">{t("participation.organisations")}</th>
            {(["resilience", "risk"] as const).flatMap((measure) =>
              (["p25", "median", "p75"] as const).map((quantile) => (
                <th scope="col" key={`${measure}-${quantile}`}>
                  {t("benchmark.quantile", {
                    measure: t(`report.${measure}`),
                    quantile: t(`benchmark.quantiles.${quantile}`),
                  })}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {cells.map((cell) => {
            const figures = themeOf(cell, theme.id);
            if (!cell.themes) return <SuppressedRow key={cellId(cell)} cell={cell} span={7} k={k} />;
            if (!figures) return null;
            return (
              <tr key={cellId(cell)}>
                <th scope="row">{groupLabel(t, cell)}</th>
                <td>{t(`countBands.${cell.countBand ?? "5-9"}`)}</td>
                <td>{whole(onHundredScale(figures.resilience.p25))}</td>
                <td>{whole(onHundredScale(figures.resilience.median))}</td>
                <td>{whole(onHundredScale(figures.resilience.p75))}</td>
                <td>{whole(figures.risk.p25)}</td>
                <td>{whole(figures.risk.median)}</td>
                <td>{whole(figures.risk.p75)}</td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
    </>
  );
}

/**
 * The share of organisations per risk level in one theme, per group: stacked bars and a table.
 * Groups too small for shares show the level of their median instead.
 */
export function LevelDistribution({ theme, cells }: { theme: ThemeRef; cells: VisibleCell[] }) {
  const { t } = useTranslation();
  const { percent, locale } = useFormats();
  const published = cells.filter((c) => themeOf(c, theme.id));
  const groups = chartGroups(cells, theme.id).filter((c) => themeOf(c, theme.id)!.levels);
  const chart = useMemo(
    () => ({
      labels: groups.map((c) => groupLabel(t, c)),
      series: RISK_LEVELS.map((level): Series => ({
        label: t(`report.levels.${level}`),
        style: "bar",
        color: CHART_COLORS[level],
        values: groups.map((c) => themeOf(c, theme.id)!.levels![level]),
      })),
    }),
    // The cells are loader data, stable for the life of the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cells, theme.id, t],
  );
  const captionId = `levels-${theme.id}`;
  return (
    <>
      <h3 id={captionId}>{t("benchmark.levelsTitle")}</h3>
      <figure>
        <figcaption>{t("benchmark.levelsChart")}</figcaption>
        {/* Rounded shares can add up to more than 100%; the axis leaves room so no level is cut off. */}
        <Chart kind="bar" labels={chart.labels} series={chart.series} locale={locale} max={120} stacked horizontal />
      </figure>
      <ScrollTable labelledBy={captionId}>
        <caption>{t("benchmark.levelsCaption", { theme: theme.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("benchmark.group")}</th>
            {RISK_LEVELS.map((level) => (
              <th scope="col" key={level}>
                {t(`report.levels.${level}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {published.map((cell) => {
            const figures = themeOf(cell, theme.id)!;
            const levels = figures.levels;
            return (
              <tr key={cellId(cell)}>
                <th scope="row">{groupLabel(t, cell)}</th>
                {levels ? (
                  RISK_LEVELS.map((level) => <td key={level}>{percent(levels[level])}</td>)
                ) : (
                  <td colSpan={RISK_LEVELS.length}>
                    {t("benchmark.levelsTooFew")} <LevelBadge level={figures.medianLevel} />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
    </>
  );
}

/** Median risk of one theme per release and group; a group not published in a release has no point there. */
export function ThemeTrend({ theme, trend }: { theme: ThemeRef; trend: Trend }) {
  const { t, i18n } = useTranslation();
  const { whole, locale } = useFormats();
  const date = useMemo(() => dateFormat(i18n.language, { dateStyle: "medium" }), [i18n.language]);
  const medians = trend.medians[theme.id];
  const chart = useMemo(
    () => ({
      labels: trend.releases.map((r) => date.format(new Date(r.createdAt))),
      series: trend.groups.map((group, index): Series => ({
        label: groupLabel(t, group),
        style: "line",
        color: SERIES_COLORS[index % SERIES_COLORS.length]!,
        values: medians?.[index] ?? [],
      })),
    }),
    [trend, medians, t, date],
  );
  const captionId = `trend-${theme.id}`;
  return (
    <>
      <h3 id={captionId}>{t("benchmark.trendTitle")}</h3>
      <figure>
        <figcaption>{t("benchmark.trendChart")}</figcaption>
        <Chart kind="bar" labels={chart.labels} series={chart.series} locale={locale} max={100} />
      </figure>
      <ScrollTable labelledBy={captionId}>
        <caption>{t("benchmark.trendCaption", { theme: theme.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("benchmark.releaseColumn")}</th>
            {trend.groups.map((group) => (
              <th scope="col" key={cellId(group)}>
                {groupLabel(t, group)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trend.releases.map((release, at) => (
            <tr key={release.createdAt}>
              <th scope="row">{date.format(new Date(release.createdAt))}</th>
              {trend.groups.map((group, index) => {
                const value = medians?.[index]?.[at] ?? null;
                return (
                  <td key={cellId(group)}>
                    {value === null ? t("participation.fewerThan", { k: release.k }) : whole(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );
}
