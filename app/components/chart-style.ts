/**
 * The look of the charts, apart from Chart.js so that it can be checked on its own: colours
 * that stand out from the chart's background, a style per series that never repeats, and
 * labels that wrap to the room there is.
 */

/** Charts stand on a card, on screen and on paper. */
export const CHART_BACKGROUND = "#ffffff";

/** Risk levels, as the level badges show them; each at least 3:1 against the background. */
export const LEVEL_COLORS = {
  low: "#2e7d46",
  medium: "#a86800",
  high: "#d66028",
  critical: "#b3261e",
} as const;

export const CHART_COLORS = {
  accent: "#00756f",
  /** The fill of a p25–p75 band, which its border in the accent colour outlines. */
  band: "rgba(0, 117, 111, 0.25)",
  ink: "#15202b",
  ...LEVEL_COLORS,
} as const;

/** One colour per line, up to twelve lines, each at least 3:1 against the background. */
export const SERIES_PALETTE = [
  "#0b3d5c",
  "#00756f",
  "#b3261e",
  "#946000",
  "#6a4c93",
  "#4a5866",
  "#2e7d46",
  "#c2185b",
  "#1565c0",
  "#7a3e1d",
  "#d84f00",
  "#5d6b00",
] as const;

const DASHES: readonly (readonly number[])[] = [[], [8, 4], [2, 3], [10, 3, 2, 3]];
const POINTS = ["circle", "rect", "triangle"] as const;

export interface LineStyle {
  color: string;
  dash: readonly number[];
  point: (typeof POINTS)[number];
}

/**
 * The style of the index-th line: a colour of its own and a dash and point shape that tell it
 * apart without colour too (four dashes by three shapes make twelve different pairs).
 */
export function lineStyle(index: number): LineStyle {
  return {
    color: SERIES_PALETTE[index % SERIES_PALETTE.length]!,
    dash: DASHES[index % DASHES.length]!,
    point: POINTS[Math.floor(index / DASHES.length) % POINTS.length]!,
  };
}

function channels(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  const parts = hex ? hex.slice(1).map((h) => parseInt(h, 16)) : rgb?.slice(1).map(Number);
  if (!parts) throw new Error(`Not a colour: ${color}`);
  return parts as [number, number, number];
}

function luminance(color: string): number {
  const [r, g, b] = channels(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG 2 contrast ratio of two opaque colours, "#rrggbb" or "rgb(r, g, b)". */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/**
 * Breaks a label into lines of at most `width` characters, at spaces where it can; a longer
 * word (Dutch compounds) is split with a hyphen.
 */
export function wrapLabel(label: string, width: number): string[] {
  const pieces = (word: string) =>
    word.length <= width
      ? [word]
      : (word.match(new RegExp(`.{1,${width - 1}}`, "g")) ?? []).map((piece, i, all) =>
          i < all.length - 1 ? `${piece}-` : piece,
        );
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean).flatMap(pieces)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** About the width of one character of a chart's 12-pixel labels. */
const CHAR_WIDTH = 6;

/** How many characters a label line may take: at most 45% of the chart, so the bars keep the rest. */
export const labelWidth = (chartWidth: number) => Math.max(10, Math.floor((chartWidth * 0.45) / CHAR_WIDTH));

const LINE_HEIGHT = 15;
const ROW_PADDING = 12;
/** The value axis and its ticks below the bars. */
const AXIS_HEIGHT = 36;

/** The height of a horizontal bar chart whose rows have labels of so many lines each: Chart.js makes every row as tall. */
export const barChartHeight = (lines: readonly number[]) =>
  AXIS_HEIGHT + lines.length * (Math.max(1, ...lines) * LINE_HEIGHT + ROW_PADDING);

/** Every value axis runs from 0 to 100: scores and shares alike. */
export const VALUE_AXIS = { min: 0, max: 100, ticks: { stepSize: 25 } } as const;

/**
 * Shares rounded for publication can add up to a little more or less than 100; scaled to 100,
 * a stacked bar fills the axis exactly.
 */
export function toHundred(shares: readonly number[]): number[] {
  const total = shares.reduce((sum, n) => sum + n, 0);
  return total === 0 ? shares.map(() => 0) : shares.map((n) => (n * 100) / total);
}

/** The order of bars from the one that most needs attention down: highest first, or lowest first. */
export function sortedIndexes(values: readonly number[], first: "highest" | "lowest"): number[] {
  const sign = first === "highest" ? -1 : 1;
  return values.map((_, i) => i).sort((a, b) => sign * (values[a]! - values[b]!) || a - b);
}

/** The series that have anything to draw: a group published in none of the releases has no line and no legend entry. */
export const drawable = <S extends { values: readonly unknown[] }>(series: readonly S[]) =>
  series.filter((one) => one.values.some((value) => value !== null));
