import { useEffect, useRef } from "react";
import type { ChartDataset } from "chart.js";

/** Colours of the charts: the accent of the site and the risk-level colours of its badges. */
export const CHART_COLORS = {
  accent: "rgb(0, 117, 111)",
  band: "rgba(0, 117, 111, 0.25)",
  ink: "rgb(21, 32, 43)",
  low: "rgb(46, 125, 70)",
  medium: "rgb(230, 170, 40)",
  high: "rgb(214, 96, 40)",
  critical: "rgb(179, 38, 30)",
} as const;

/** A palette for one line per group, distinguishable without relying on one hue. */
export const SERIES_COLORS = [
  "rgb(11, 61, 92)",
  "rgb(0, 117, 111)",
  "rgb(179, 38, 30)",
  "rgb(178, 107, 0)",
  "rgb(106, 76, 147)",
  "rgb(74, 88, 102)",
];

/**
 * One series of a chart. `bar` and `band` draw bars (a band from a [low, high] pair),
 * `line` joins points, `marker` shows points only (a median on top of its band).
 */
export interface Series {
  label: string;
  values: (number | [number, number] | null)[];
  style: "bar" | "band" | "line" | "marker";
  color: string;
  /** The shape of a marker's points, so two markers on one spot stay apart. */
  point?: "rectRot" | "circle";
}

interface ChartProps {
  kind: "radar" | "bar";
  labels: string[];
  series: Series[];
  /** The page's language, so numbers read the same as in the table beside the chart. */
  locale: string;
  max: number;
  stacked?: boolean;
  horizontal?: boolean;
}

function dataset(
  kind: ChartProps["kind"],
  series: Series,
): ChartDataset<"bar" | "line" | "radar", (number | [number, number] | null)[]> {
  const base = {
    label: series.label,
    data: series.values,
    borderColor: series.color,
    pointBackgroundColor: series.color,
  };
  // A radar chart draws its own lines: its datasets take no type of their own.
  if (kind === "radar") return { ...base, backgroundColor: CHART_COLORS.band, fill: series.style !== "marker" };
  switch (series.style) {
    case "bar":
      return { ...base, type: "bar", backgroundColor: series.color };
    case "band":
      return { ...base, type: "bar", backgroundColor: CHART_COLORS.band, borderWidth: 1 };
    case "line":
      return { ...base, type: "line", backgroundColor: CHART_COLORS.band, spanGaps: false, fill: false };
    case "marker":
      return {
        ...base,
        type: "line",
        showLine: false,
        pointRadius: 6,
        pointStyle: series.point ?? "rectRot",
        backgroundColor: series.color,
      };
  }
}

/**
 * A Chart.js chart drawn after hydration. Chart.js is loaded here only, so pages without
 * charts never download it; the canvas is hidden from screen readers, who get the table
 * that every chart stands beside.
 */
export function Chart({ kind, labels, series, locale, max, stacked = false, horizontal = false }: ChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void import("chart.js").then((c) => {
      if (cancelled || !canvas.current) return;
      c.Chart.register(
        c.RadarController,
        c.RadialLinearScale,
        c.LineController,
        c.PointElement,
        c.LineElement,
        c.Filler,
        c.BarController,
        c.BarElement,
        c.CategoryScale,
        c.LinearScale,
        c.Tooltip,
        c.Legend,
      );
      const value = { min: 0, max, stacked };
      const category = { stacked, ticks: { autoSkip: false, maxRotation: 60 } };
      // Chart.js types a chart with mixed bar and line datasets only loosely, hence the cast of its data.
      chart = new c.Chart(canvas.current, {
        type: kind,
        data: { labels, datasets: series.map((one) => dataset(kind, one)) } as never,
        options: {
          locale,
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          indexAxis: horizontal ? "y" : "x",
          plugins: { legend: { display: series.length > 1, position: "bottom" } },
          scales:
            kind === "radar"
              ? { r: { min: 0, max, ticks: { stepSize: max / 4 } } }
              : horizontal
                ? { x: value, y: category }
                : { y: value, x: category },
        },
      });
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [kind, labels, series, locale, max, stacked, horizontal]);
  return (
    <div className="chart">
      <canvas ref={canvas} aria-hidden="true" />
    </div>
  );
}
