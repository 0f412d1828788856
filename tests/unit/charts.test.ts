import { describe, expect, it } from "vitest";
import {
  barChartHeight,
  CHART_BACKGROUND,
  CHART_COLORS,
  contrastRatio,
  drawable,
  labelWidth,
  LEVEL_COLORS,
  lineStyle,
  sortedIndexes,
  toHundred,
  VALUE_AXIS,
  wrapLabel,
} from "~/components/chart-style";

describe("chart colours", () => {
  it("computes WCAG contrast", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("rgb(255, 255, 255)", "#ffffff")).toBe(1);
    // The medium level's old colour, which the issue measured at 2.07:1.
    expect(contrastRatio("rgb(230, 170, 40)", CHART_BACKGROUND)).toBeCloseTo(2.07, 2);
  });

  it("gives up to twelve lines each a colour of its own, at least 3:1 against the background", () => {
    const styles = Array.from({ length: 12 }, (_, i) => lineStyle(i));
    expect(new Set(styles.map((s) => s.color)).size).toBe(12);
    for (const { color } of styles) expect(contrastRatio(color, CHART_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it("tells up to twelve lines apart without colour as well: dash and point shape never repeat", () => {
    const styles = Array.from({ length: 12 }, (_, i) => lineStyle(i));
    expect(new Set(styles.map((s) => `${s.dash.join(",")}|${s.point}`)).size).toBe(12);
  });

  it("draws levels, bars and markers in colours at least 3:1 against the background", () => {
    for (const color of [...Object.values(LEVEL_COLORS), CHART_COLORS.accent, CHART_COLORS.ink])
      expect(contrastRatio(color, CHART_BACKGROUND)).toBeGreaterThanOrEqual(3);
    expect(new Set(Object.values(LEVEL_COLORS)).size).toBe(4);
  });
});

describe("chart layout", () => {
  it("wraps a long theme name into lines that fit the label room", () => {
    const name = "IT- en gegevenstoegang (terminalsystemen, Portbase/PCS, beheer- en vertrekaccounts)";
    const lines = wrapLabel(name, 16);
    expect(lines.slice(0, 2)).toEqual(["IT- en", "gegevenstoegang"]);
    // A word longer than a line is split with a hyphen.
    expect(wrapLabel("Personeelsscreening en", 12)).toEqual(["Personeelss-", "creening en"]);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(16);
    expect(wrapLabel("Kort", 16)).toEqual(["Kort"]);
  });

  it("leaves the bars most of a narrow chart and lets labels wrap more there", () => {
    expect(labelWidth(260)).toBeLessThan(labelWidth(600));
    expect(labelWidth(260) * 6).toBeLessThanOrEqual(260 * 0.45);
    expect(labelWidth(100)).toBeGreaterThanOrEqual(10);
  });

  it("grows a horizontal bar chart with the lines of its labels, every row as tall as the tallest", () => {
    expect(barChartHeight([1, 1, 1])).toBeLessThan(barChartHeight([3, 3, 3]));
    expect(barChartHeight([3, 3, 3]) - barChartHeight([1, 1, 1])).toBeGreaterThanOrEqual(3 * 2 * 12);
    expect(barChartHeight([1, 3, 1])).toBe(barChartHeight([3, 3, 3]));
  });

  it("ends every value axis at 100", () => {
    expect(VALUE_AXIS).toMatchObject({ min: 0, max: 100 });
  });

  it("scales rounded shares to fill 100 exactly", () => {
    const scaled = toHundred([40, 35, 20, 10]);
    expect(scaled.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
    expect(scaled[0]! / scaled[1]!).toBeCloseTo(40 / 35, 10);
    expect(toHundred([0, 0])).toEqual([0, 0]);
  });

  it("sorts bars with the one needing most attention first, ties in their own order", () => {
    expect(sortedIndexes([30, 80, 55, 80], "highest")).toEqual([1, 3, 2, 0]);
    expect(sortedIndexes([30, 80, 55, 10], "lowest")).toEqual([3, 0, 2, 1]);
  });

  it("leaves out series with nothing to draw", () => {
    const series = [
      { label: "Terminaloperator", values: [40, null, 42] },
      { label: "Havendienstverlener", values: [null, null, null] },
    ];
    expect(drawable(series).map((s) => s.label)).toEqual(["Terminaloperator"]);
  });
});
