import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { ChartDataset, TooltipItem } from "chart.js";
import { barChartHeight, CHART_COLORS, drawable, labelWidth, lineStyle, VALUE_AXIS, wrapLabel } from "./chart-style";

export { CHART_COLORS } from "./chart-style";

type Point = "circle" | "rect" | "rectRot" | "triangle";

/**
 * One series of a chart. `bar` and `band` draw bars (a band from a [low, high] pair),
 * `line` joins points, `marker` shows points only (a median on top of its band).
 */
export interface Series {
  label: string;
  values: (number | [number, number] | null)[];
  style: "bar" | "band" | "line" | "marker";
  /** Lines take a colour, dash and point of their own from their place among the lines. */
  color?: string;
  /** The shape of a marker's points, so two markers on one spot stay apart. */
  point?: Point;
  /** What a tooltip says per value, where the value drawn is not the figure published. */
  figures?: string[];
  /** A bar's own colour, such as its risk level's, where the bars' labels also say it in words. */
  barColors?: string[];
}

interface Styled extends Series {
  color: string;
  point: Point;
  dash: readonly number[];
}

interface ChartProps {
  labels: string[];
  series: Series[];
  /** The page's language, so numbers read the same as in the table beside the chart. */
  locale: string;
  stacked?: boolean;
  /** One row per category, bars from the left: room for long names, which wrap. */
  horizontal?: boolean;
  /** The value axis counts percent. */
  percent?: boolean;
}

function dataset(series: Styled): ChartDataset<"bar" | "line", (number | [number, number] | null)[]> {
  const base = { label: series.label, data: series.values, borderColor: series.color };
  switch (series.style) {
    case "bar":
      // A white edge keeps stacked segments apart where two colours meet.
      return {
        ...base,
        type: "bar",
        backgroundColor: series.barColors ?? series.color,
        borderColor: "#ffffff",
        borderWidth: 1,
      };
    case "band":
      return { ...base, type: "bar", backgroundColor: CHART_COLORS.band, borderWidth: 1 };
    case "line":
      return {
        ...base,
        type: "line",
        borderWidth: 2,
        borderDash: [...series.dash],
        pointStyle: series.point,
        pointRadius: 4,
        pointBackgroundColor: series.color,
        spanGaps: false,
        fill: false,
      };
    case "marker":
      return {
        ...base,
        type: "line",
        showLine: false,
        pointRadius: 6,
        pointStyle: series.point,
        pointBackgroundColor: series.color,
        backgroundColor: series.color,
      };
  }
}

/** A point shape of the legend, drawn as Chart.js draws it on the chart. */
function PointMark({ shape, color }: { shape: Point; color: string }) {
  const common = { fill: color, "data-point": shape };
  switch (shape) {
    case "circle":
      return <circle cx={14} cy={7} r={4} {...common} />;
    case "rect":
      return <rect x={10} y={3} width={8} height={8} {...common} />;
    case "rectRot":
      return <polygon points="14,1 20,7 14,13 8,7" {...common} />;
    case "triangle":
      return <polygon points="14,2 19,11 9,11" {...common} />;
  }
}

function LegendMark({ series }: { series: Styled }) {
  return (
    <svg width={28} height={14} viewBox="0 0 28 14" aria-hidden="true" focusable="false">
      {series.style === "bar" || series.style === "band" ? (
        <rect
          x={2}
          y={1}
          width={24}
          height={12}
          fill={series.style === "band" ? CHART_COLORS.band : series.color}
          stroke={series.style === "band" ? series.color : undefined}
        />
      ) : null}
      {series.style === "line" ? (
        <line
          x1={0}
          y1={7}
          x2={28}
          y2={7}
          stroke={series.color}
          strokeWidth={2}
          strokeDasharray={series.dash.length > 0 ? series.dash.join(" ") : undefined}
        />
      ) : null}
      {series.style === "line" || series.style === "marker" ? (
        <PointMark shape={series.point} color={series.color} />
      ) : null}
    </svg>
  );
}

/**
 * A Chart.js chart drawn after hydration, with its legend as text beside it. Chart.js is loaded
 * here only, so pages without charts never download it. Until it has drawn (and without
 * JavaScript) the chart says where its figures are: the table that every chart stands beside,
 * which screen readers get instead of the canvas.
 */
export function Chart({ labels, series, locale, stacked = false, horizontal = false, percent = false }: ChartProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  // A series with nothing to draw (a group suppressed throughout) has no line and no legend entry.
  const styled = useMemo(() => {
    let lines = 0;
    return drawable(series).map((one): Styled => {
      const style = one.style === "line" ? lineStyle(lines++) : { color: one.color, dash: [], point: one.point };
      return { ...one, color: style.color ?? CHART_COLORS.accent, point: style.point ?? "rectRot", dash: style.dash };
    });
  }, [series]);
  useEffect(() => {
    let chart: { destroy(): void; resize(): void } | undefined;
    let cancelled = false;
    // Paper gives a chart another size than the screen: on the switch to print media it draws
    // again at that size, rather than print the screen's drawing shrunk to fit.
    const print = window.matchMedia("print");
    const redraw = () => chart?.resize();
    print.addEventListener("change", redraw);
    void import("chart.js").then((c) => {
      const [wrapper, room] = [box.current, area.current];
      if (cancelled || !wrapper || !room || !canvas.current) return;
      c.Chart.register(
        c.LineController,
        c.PointElement,
        c.LineElement,
        c.BarController,
        c.BarElement,
        c.CategoryScale,
        c.LinearScale,
        c.Tooltip,
      );
      // A horizontal chart wraps its labels to the width it has and grows to fit them.
      const fit = (width: number) => {
        if (!horizontal) return labels;
        const lines = labels.map((label) => wrapLabel(label, labelWidth(width)));
        room.style.blockSize = `${barChartHeight(lines.map((l) => l.length))}px`;
        return lines;
      };
      // Shows the drawing area in place of the note, so that it has a size to draw at.
      wrapper.dataset.drawn = "true";
      const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
      const value = {
        ...VALUE_AXIS,
        stacked,
        ticks: {
          ...VALUE_AXIS.ticks,
          callback: (n: number | string) => `${number.format(Number(n))}${percent ? "%" : ""}`,
        },
      };
      const category = { stacked, ticks: horizontal ? { autoSkip: false } : { autoSkip: true, maxRotation: 0 } };
      const tooltip = (item: TooltipItem<"bar" | "line">) =>
        `${item.dataset.label ?? ""}: ${styled[item.datasetIndex]?.figures?.[item.dataIndex] ?? item.formattedValue}`;
      // Chart.js types a chart with mixed bar and line datasets only loosely, hence the cast of its data.
      chart = new c.Chart(canvas.current, {
        type: "bar",
        data: { labels: fit(room.clientWidth), datasets: styled.map(dataset) } as never,
        options: {
          locale,
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          indexAxis: horizontal ? "y" : "x",
          onResize: (drawn, size) => {
            drawn.data.labels = fit(size.width);
          },
          plugins: { tooltip: { callbacks: { label: tooltip } } },
          scales: horizontal ? { x: value, y: category } : { y: value, x: category },
        },
      });
    });
    return () => {
      cancelled = true;
      print.removeEventListener("change", redraw);
      chart?.destroy();
    };
  }, [labels, styled, locale, stacked, horizontal, percent]);
  return (
    <div className={horizontal ? "chart chart--horizontal" : "chart"} ref={box}>
      <p className="chart__note">{t("common.chartNote")}</p>
      <div className="chart__canvas" ref={area}>
        <canvas ref={canvas} aria-hidden="true" />
      </div>
      {styled.length > 1 ? (
        <ul className="chart__legend">
          {styled.map((one) => (
            <li key={one.label}>
              <LegendMark series={one} />
              {one.label}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
