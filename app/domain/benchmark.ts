/**
 * Benchmark disclosure rules (DESIGN.md, "Benchmarks without re-identification").
 * Pure: no framework or database imports.
 */

/** The smallest group that may ever be published; configuration may raise it, never lower it. */
export const MIN_GROUP_SIZE = 5;

export const COUNT_BANDS = ["5-9", "10-19", "20-49", "50+"] as const;
export type CountBand = (typeof COUNT_BANDS)[number];

/**
 * A count as the band that may be published, or null when the group is below k and must read
 * "fewer than k", the same words as an empty group.
 */
export function countBand(count: number, k: number = MIN_GROUP_SIZE): CountBand | null {
  if (count < Math.max(k, MIN_GROUP_SIZE)) return null;
  if (count < 10) return "5-9";
  if (count < 20) return "10-19";
  if (count < 50) return "20-49";
  return "50+";
}

export const GROUPINGS = ["all", "sector", "sector-size"] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** A group of organisations a benchmark may describe: only these fixed groupings exist. */
export interface CellKey {
  grouping: Grouping;
  sector?: string;
  sizeBand?: string;
}

export const cellId = (key: CellKey) => [key.grouping, key.sector ?? "", key.sizeBand ?? ""].join("|");

/** The k in force: the configured value, never below the minimum group. */
export function groupSizeK(configured: number | undefined): number {
  const k = configured ?? MIN_GROUP_SIZE;
  if (!Number.isInteger(k) || k < MIN_GROUP_SIZE) {
    throw new Error(`The minimum benchmark group is ${MIN_GROUP_SIZE}; ${k} would let small groups be identified.`);
  }
  return k;
}

/**
 * Which cells are published. A cell needs at least k organisations. When a size-band cell of
 * a sector is suppressed while the sector itself is published, the smallest published
 * size-band cell of that sector is suppressed too, so the hidden one cannot be found by
 * subtracting the others from the sector.
 */
export function publishedCells(counts: ReadonlyMap<string, { key: CellKey; count: number }>, k: number): Set<string> {
  const published = new Set([...counts].filter(([, c]) => c.count >= k).map(([id]) => id));
  const sectors = new Set([...counts.values()].filter((c) => c.key.grouping === "sector").map((c) => c.key.sector));
  for (const sector of sectors) {
    if (!published.has(cellId({ grouping: "sector", sector }))) continue;
    const bands = [...counts].filter(([, c]) => c.key.grouping === "sector-size" && c.key.sector === sector);
    const suppressed = bands.filter(([id]) => !published.has(id));
    if (suppressed.length !== 1) continue;
    const smallest = bands
      .filter(([id]) => published.has(id))
      .sort(([a, x], [b, y]) => x.count - y.count || a.localeCompare(b))[0];
    if (smallest) published.delete(smallest[0]);
  }
  return published;
}

/** Shares per risk level, each rounded to the nearest 5%: never an exact count. */
export function levelShares<Level extends string>(counts: Record<Level, number>): Record<Level, number> {
  const total = Object.values<number>(counts).reduce((a, b) => a + b, 0);
  return Object.fromEntries(
    Object.entries<number>(counts).map(([level, n]) => [level, total === 0 ? 0 : Math.round((n / total) * 20) * 5]),
  ) as Record<Level, number>;
}

/**
 * Between two releases, a cell whose population changed by exactly one organisation keeps
 * the previous figures: otherwise subtracting the releases would isolate that organisation.
 */
export function keepsPreviousFigures(previousCount: number | undefined, count: number): boolean {
  return previousCount !== undefined && Math.abs(count - previousCount) === 1;
}

export interface Quantiles {
  p25: number;
  median: number;
  p75: number;
}

/** The published figures of a group: quantiles and level shares, nothing else. */
export interface BenchmarkFigures {
  resilience: Quantiles;
  risk: Quantiles;
  levels: { low: number; medium: number; high: number; critical: number };
}

/** The published figures of one theme in one cell. */
export interface BenchmarkTheme extends BenchmarkFigures {
  id: string;
}

/** The share of a group at high or critical risk: what the customs overview ranks sectors by. */
export const highOrCritical = (figures: BenchmarkFigures) => figures.levels.high + figures.levels.critical;

/** The quarter a date falls in, as releases are named: `2026-Q4`. */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}
