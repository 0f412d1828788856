import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { groupLabel, onHundredScale, type Trend, type VisibleCell } from "~/views/benchmark";
import { cellId } from "~/domain/benchmark";
import { RISK_LEVELS } from "~/domain/scoring";
import { DataTable, type Column } from "./data-table";
import { toHundred } from "./chart-style";
import { CHART_COLORS, Chart, type Series } from "./charts";
import { LevelBadge } from "./level-badge";
import { NARROW_SCREEN } from "./narrow-screen";
import { dateFormat } from "~/dates";

interface ThemeRef {
  id: string;
  title: string;
}

/** The figures of one theme in one cell, or undefined when the cell is suppressed. */
const themeOf = (cell: VisibleCell, themeId: string) => cell.themes?.find((th) => th.id === themeId);

/** The groups a chart draws: everyone and each published sector; size bands stay in the tables. */
const chartGroups = (cells: VisibleCell[], themeId: string) =>
  cells.filter((c) => c.grouping !== "sector-size" && themeOf(c, themeId));

// Every table and chart of a benchmark page names the same few groups, ten themes over: each
// name is made once per language (the messages do not change while the site runs).
const groupNames = new Map<string, string>();

function useGroupLabel() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (group: Parameters<typeof groupLabel>[1]) => {
      const key = `${i18n.language}|${cellId(group)}`;
      let name = groupNames.get(key);
      if (name === undefined) groupNames.set(key, (name = groupLabel(t, group)));
      return name;
    },
    [t, i18n.language],
  );
}

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

/** A legend from the short codes that head a table's columns to the names they stand for. */
export function CodeLegend({
  entries,
  onPaperOnly = false,
}: {
  entries: { code: string; name: string }[];
  /** For columns headed by their codes only on paper. */
  onPaperOnly?: boolean;
}) {
  return (
    <dl className={onPaperOnly ? "theme-codes print-only" : "theme-codes"}>
      {entries.map(({ code, name }) => (
        <div key={code}>
          <dt>{code}</dt>
          <dd>{name}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Ten themes' names would make a header taller than its table: a table with a column per theme
 * heads each by a code, with its name for screen readers and, for everyone, in a legend.
 */
function useThemeCode() {
  const { t } = useTranslation();
  return useCallback((at: number) => t("benchmark.themeCode", { number: at + 1 }), [t]);
}

type ThemeFigures = NonNullable<ReturnType<typeof themeOf>>;

/** A column per theme, headed by its code: a group's figures in that theme, or a dash where it has none. */
function themeColumns(
  themes: ThemeRef[],
  code: (at: number) => string,
  { cell, cellClass }: { cell: (figures: ThemeFigures) => ReactNode; cellClass?: (figures: ThemeFigures) => string },
): Column<VisibleCell>[] {
  return themes.map((theme, at) => ({
    key: theme.id,
    compact: true,
    header: (
      <>
        <span aria-hidden="true">{code(at)}</span>
        <span className="visually-hidden">{theme.title}</span>
      </>
    ),
    cellClass: (group) => {
      const figures = themeOf(group, theme.id);
      return figures && cellClass?.(figures);
    },
    cell: (group) => {
      const figures = themeOf(group, theme.id);
      return figures ? cell(figures) : "—";
    },
  }));
}

/** Sector × theme: the median risk of each published group, with its level in colour and words. */
export function MedianRiskTable({
  cells,
  themes,
  k,
  id = "median-risk",
  level = 2,
  partOf,
}: {
  cells: VisibleCell[];
  themes: ThemeRef[];
  k: number;
  /** Where the page holds several of these tables, each needs its own id. */
  id?: string;
  /** 2: a card of its own; 3: a part of the card it stands in. */
  level?: 2 | 3;
  /** The id of the heading of the part it stands in, where several parts hold this table. */
  partOf?: string;
}) {
  const { t } = useTranslation();
  const label = useGroupLabel();
  const fewerThanK = t("participation.fewerThan", { k });
  const { whole } = useFormats();
  const Heading = level === 2 ? "h2" : "h3";
  const code = useThemeCode();
  const content = (
    <>
      <Heading id={`${id}-title`}>{t("benchmark.medianRiskTitle")}</Heading>
      <DataTable
        caption={t("benchmark.medianRiskCaption")}
        scrollLabel={partOf ? `${partOf} ${id}-title` : `${id}-caption`}
        captionId={`${id}-caption`}
        rows={cells.filter((c) => c.grouping !== "sector-size")}
        rowKey={cellId}
        span={(cell) => (cell.themes ? undefined : fewerThanK)}
        columns={[
          { header: t("benchmark.group"), rowHeader: true, cell: (cell) => label(cell) },
          { header: t("participation.organisations"), cell: (cell) => t(`countBands.${cell.countBand ?? "5-9"}`) },
          ...themeColumns(themes, code, {
            cellClass: (figures) => `heat heat--${figures.medianLevel}`,
            cell: (figures) => (
              <>
                {whole(figures.risk.median)}{" "}
                <span className="heat__level">{t(`report.levels.${figures.medianLevel}`)}</span>
              </>
            ),
          }),
        ]}
      />
      <CodeLegend entries={themes.map((theme, at) => ({ code: code(at), name: theme.title }))} />
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

/**
 * One theme's card. On a narrow screen its figures start folded behind a button, so that the
 * ten themes take a screen or two rather than tens of thousands of pixels; a link to the theme
 * unfolds it. Without JavaScript, and on paper, everything shows.
 */
export function BenchmarkTheme({ theme, children }: { theme: ThemeRef; children: ReactNode }) {
  const { t } = useTranslation();
  const [folded, setFolded] = useState<boolean | null>(null);
  useEffect(() => {
    if (!window.matchMedia(NARROW_SCREEN).matches) return;
    const linkedTo = () => window.location.hash === `#theme-${theme.id}`;
    setFolded(!linkedTo());
    const unfoldIfLinked = () => {
      if (linkedTo()) setFolded(false);
    };
    window.addEventListener("hashchange", unfoldIfLinked);
    return () => window.removeEventListener("hashchange", unfoldIfLinked);
  }, [theme.id]);
  const titleId = `theme-title-${theme.id}`;
  const bodyId = `theme-body-${theme.id}`;
  return (
    <section id={`theme-${theme.id}`} className="card benchmark-theme" aria-labelledby={titleId}>
      <h2 id={titleId}>{theme.title}</h2>
      {folded === null ? null : (
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={!folded}
          aria-controls={bodyId}
          onClick={() => setFolded(!folded)}
        >
          {t(folded ? "benchmark.unfoldTheme" : "benchmark.foldTheme")}
        </button>
      )}
      <div
        id={bodyId}
        className={folded ? "benchmark-theme__body benchmark-theme__body--folded" : "benchmark-theme__body"}
      >
        {children}
      </div>
    </section>
  );
}

/** Resilience is stored as a fraction, risk already counts to 100: both show on the 0–100 scale. */
const onScale = (measure: "resilience" | "risk", value: number) =>
  measure === "resilience" ? onHundredScale(value) : value;

/** A row of a theme's table of quartiles: a published group, or the one row naming all small groups. */
type GroupRow = { group: VisibleCell; small?: undefined } | { group?: undefined; small: VisibleCell[] };

/**
 * A chart's table of figures, one click away: ten themes of charts each followed by their
 * tables made a page tens of thousands of pixels tall. Every figure stays on the page, as a
 * native disclosure that works without JavaScript, and in the CSV; paper leaves it out.
 */
function FiguresTable({ caption, children }: { caption: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <details className="figures-table">
      <summary>
        {t("benchmark.showTable")}
        <span className="visually-hidden">: {caption}</span>
      </summary>
      {children}
    </details>
  );
}

/** Resilience and risk quartiles of one theme per group: a band chart, and every figure in a table. */
export function QuantileChart({ theme, cells, k }: { theme: ThemeRef; cells: VisibleCell[]; k: number }) {
  const { t } = useTranslation();
  const label = useGroupLabel();
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
    return { labels: groups.map((c) => label(c)), series };
    // The cells are loader data, stable for the life of the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cells, theme.id, t]);
  const captionId = `quantiles-${theme.id}`;
  const caption = t("benchmark.quantilesCaption", { theme: theme.title });
  // A suppressed group and an empty one read alike: both are named in the one row of small groups.
  const small = cells.filter((cell) => !cell.themes);
  const rows: GroupRow[] = [
    ...cells.filter((cell) => themeOf(cell, theme.id)).map((group) => ({ group })),
    ...(small.length > 0 ? [{ small }] : []),
  ];
  return (
    <div className="benchmark-part">
      <h3 id={captionId}>{t("benchmark.quantilesTitle")}</h3>
      <figure>
        <figcaption>{t("benchmark.quantilesChart")}</figcaption>
        <Chart labels={chart.labels} series={chart.series} locale={locale} horizontal />
      </figure>
      <FiguresTable caption={caption}>
        <DataTable
          caption={caption}
          captionId={`${captionId}-caption`}
          scrollLabel={`${captionId}-caption`}
          rows={rows}
          rowKey={(row) => (row.group ? cellId(row.group) : "small")}
          span={(row) => row.small?.map((cell) => label(cell)).join("; ")}
          columns={[
            {
              header: t("benchmark.group"),
              rowHeader: true,
              cell: (row) => (row.group ? label(row.group) : t("benchmark.smallGroups", { k })),
            },
            {
              header: t("participation.organisations"),
              cell: (row) => t(`countBands.${row.group?.countBand ?? "5-9"}`),
            },
            ...(["resilience", "risk"] as const).flatMap((measure) =>
              (["p25", "median", "p75"] as const).map((quantile): Column<GroupRow> => ({
                key: `${measure}-${quantile}`,
                header: t("benchmark.quantile", {
                  measure: t(`report.${measure}`),
                  quantile: t(`benchmark.quantiles.${quantile}`),
                }),
                numeric: true,
                cell: (row) => whole(onScale(measure, themeOf(row.group!, theme.id)![measure][quantile])),
              })),
            ),
          ]}
        />
      </FiguresTable>
    </div>
  );
}

/**
 * The share of organisations per risk level in one theme, per group: stacked bars and a table.
 * Groups too small for shares show the level of their median instead.
 */
export function LevelDistribution({ theme, cells }: { theme: ThemeRef; cells: VisibleCell[] }) {
  const { t } = useTranslation();
  const label = useGroupLabel();
  const { percent, locale } = useFormats();
  const published = cells.filter((c) => themeOf(c, theme.id));
  const groups = chartGroups(cells, theme.id).filter((c) => themeOf(c, theme.id)!.levels);
  const chart = useMemo(() => {
    const shares = groups.map((c) => RISK_LEVELS.map((level) => themeOf(c, theme.id)!.levels![level]));
    // Drawn scaled to fill the axis; the tooltips say the published shares.
    const scaled = shares.map(toHundred);
    return {
      labels: groups.map((c) => label(c)),
      series: RISK_LEVELS.map((level, at): Series => ({
        label: t(`report.levels.${level}`),
        style: "bar",
        color: CHART_COLORS[level],
        values: scaled.map((group) => group[at]!),
        figures: shares.map((group) => percent(group[at]!)),
      })),
    };
    // The cells are loader data, stable for the life of the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cells, theme.id, t]);
  const captionId = `levels-${theme.id}`;
  return (
    <div className="benchmark-part">
      <h3 id={captionId}>{t("benchmark.levelsTitle")}</h3>
      <figure>
        <figcaption>{t("benchmark.levelsChart")}</figcaption>
        <Chart labels={chart.labels} series={chart.series} locale={locale} stacked horizontal percent />
      </figure>
      <FiguresTable caption={t("benchmark.levelsCaption", { theme: theme.title })}>
        <DataTable
          caption={t("benchmark.levelsCaption", { theme: theme.title })}
          captionId={`${captionId}-caption`}
          scrollLabel={`${captionId}-caption`}
          rows={published}
          rowKey={cellId}
          span={(cell) =>
            themeOf(cell, theme.id)!.levels ? undefined : (
              <>
                {t("benchmark.levelsTooFew")} <LevelBadge level={themeOf(cell, theme.id)!.medianLevel} />
              </>
            )
          }
          columns={[
            { header: t("benchmark.group"), rowHeader: true, cell: (cell) => label(cell) },
            ...RISK_LEVELS.map((level): Column<VisibleCell> => ({
              key: level,
              header: t(`report.levels.${level}`),
              numeric: true,
              cell: (cell) => percent(themeOf(cell, theme.id)!.levels![level]),
            })),
          ]}
        />
      </FiguresTable>
    </div>
  );
}

/** Median risk of one theme per release and group; a group not published in a release has no point there. */
export function ThemeTrend({ theme, trend }: { theme: ThemeRef; trend: Trend }) {
  const { t, i18n } = useTranslation();
  const label = useGroupLabel();
  const { whole, locale } = useFormats();
  const date = useMemo(() => dateFormat(i18n.language, { dateStyle: "medium" }), [i18n.language]);
  const medians = trend.medians[theme.id];
  const chart = useMemo(
    () => ({
      labels: trend.releases.map((r) => date.format(new Date(r.createdAt))),
      series: trend.groups.map((group, index): Series => ({
        label: label(group),
        style: "line",
        values: medians?.[index] ?? [],
      })),
    }),
    [trend, medians, label, date],
  );
  const captionId = `trend-${theme.id}`;
  return (
    <div className="benchmark-part">
      <h3 id={captionId}>{t("benchmark.trendTitle")}</h3>
      <figure>
        <figcaption>{t("benchmark.trendChart")}</figcaption>
        <Chart labels={chart.labels} series={chart.series} locale={locale} />
      </figure>
      <FiguresTable caption={t("benchmark.trendCaption", { theme: theme.title })}>
        <DataTable
          caption={t("benchmark.trendCaption", { theme: theme.title })}
          captionId={`${captionId}-caption`}
          scrollLabel={`${captionId}-caption`}
          rows={trend.releases.map((release, at) => ({ ...release, at }))}
          rowKey={(release) => release.createdAt}
          columns={[
            {
              header: t("benchmark.releaseColumn"),
              rowHeader: true,
              cell: (release) => date.format(new Date(release.createdAt)),
            },
            ...trend.groups.map((group, index): Column<Trend["releases"][number] & { at: number }> => ({
              key: cellId(group),
              header: label(group),
              cell: (release) => {
                const value = medians?.[index]?.[release.at] ?? null;
                return value === null ? t("participation.fewerThan", { k: release.k }) : whole(value);
              },
            })),
          ]}
        />
      </FiguresTable>
    </div>
  );
}

/**
 * The quartiles of every published group, size bands too, per theme: on paper in place of each
 * theme's tables, which took most of the 24 pages this report once had. Columns are headed by
 * theme codes, as in the heat map, so that ten themes fit across a landscape page.
 */
export function QuartilesByTheme({ cells, themes }: { cells: VisibleCell[]; themes: ThemeRef[] }) {
  const { t } = useTranslation();
  const label = useGroupLabel();
  const { whole } = useFormats();
  const code = useThemeCode();
  const published = cells.filter((cell) => cell.themes);
  return (
    <section className="card print-only quartiles-by-theme" aria-labelledby="quartiles-by-theme-title">
      <h2 id="quartiles-by-theme-title">{t("benchmark.quartilesByThemeTitle")}</h2>
      <p>{t("benchmark.quartilesByThemeIntro")}</p>
      {(["resilience", "risk"] as const).map((measure) => (
        <DataTable
          key={measure}
          caption={t("benchmark.quartilesByThemeCaption", { measure: t(`report.${measure}`) })}
          captionId={`quartiles-by-theme-${measure}`}
          rows={published}
          rowKey={cellId}
          columns={[
            { header: t("benchmark.group"), rowHeader: true, cell: (cell) => label(cell) },
            ...themeColumns(themes, code, {
              cell: ({ [measure]: q }) =>
                t("benchmark.quartilesCell", {
                  median: whole(onScale(measure, q.median)),
                  p25: whole(onScale(measure, q.p25)),
                  p75: whole(onScale(measure, q.p75)),
                }),
            }),
          ]}
        />
      ))}
      <CodeLegend entries={themes.map((theme, at) => ({ code: code(at), name: theme.title }))} />
    </section>
  );
}
