import { useEffect, useRef } from "react";

interface ChartProps {
  kind: "radar" | "bar";
  labels: string[];
  values: number[];
  label: string;
  /** The page's language, so numbers read the same as in the table beside the chart. */
  locale: string;
  max: number;
}

/**
 * A Chart.js chart drawn after hydration. Chart.js is loaded here only, so pages without
 * charts never download it; the canvas is hidden from screen readers, who get the table
 * that every chart stands beside.
 */
export function Chart({ kind, labels, values, label, locale, max }: ChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void import("chart.js").then((c) => {
      if (cancelled || !canvas.current) return;
      c.Chart.register(
        c.RadarController,
        c.RadialLinearScale,
        c.PointElement,
        c.LineElement,
        c.Filler,
        c.BarController,
        c.BarElement,
        c.CategoryScale,
        c.LinearScale,
        c.Tooltip,
      );
      const color = "rgb(0, 117, 111)";
      chart = new c.Chart(canvas.current, {
        type: kind,
        data: {
          labels,
          datasets: [{ label, data: values, backgroundColor: "rgba(0, 117, 111, 0.25)", borderColor: color, pointBackgroundColor: color }],
        },
        options: {
          locale,
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          plugins: { legend: { display: false } },
          scales:
            kind === "radar"
              ? { r: { min: 0, max, ticks: { stepSize: max / 4 } } }
              : { y: { min: 0, max }, x: { ticks: { autoSkip: false, maxRotation: 60 } } },
        },
      });
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [kind, labels, values, label, locale, max]);
  return (
    <div className="chart">
      <canvas ref={canvas} aria-hidden="true" />
    </div>
  );
}
