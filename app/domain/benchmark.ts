// Disclosure rules: DESIGN.md, "Benchmarks without re-identification".
import { RISK_LEVELS, type RiskLevel } from "./scoring";

export const MIN_GROUP_SIZE = 5;

export const COUNT_BANDS = ["5-9", "10-19", "20-49", "50+"] as const;
export type CountBand = (typeof COUNT_BANDS)[number];

// Below k: null, shown as "fewer than k" like an empty group, so it reveals nothing.
export function countBand(count: number, k: number = MIN_GROUP_SIZE): CountBand | null {
  if (count < Math.max(k, MIN_GROUP_SIZE)) return null;
  if (count < 10) return "5-9";
  if (count < 20) return "10-19";
  if (count < 50) return "20-49";
  return "50+";
}

export const GROUPINGS = ["all", "sector", "sector-size"] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface CellKey {
  grouping: Grouping;
  sector?: string;
  sizeBand?: string;
}

export const cellId = (key: CellKey) => [key.grouping, key.sector ?? "", key.sizeBand ?? ""].join("|");

export function groupSizeK(configured: number | undefined): number {
  const k = configured ?? MIN_GROUP_SIZE;
  if (!Number.isInteger(k) || k < MIN_GROUP_SIZE) {
    throw new Error(`The minimum benchmark group is ${MIN_GROUP_SIZE}; ${k} would let small groups be identified.`);
  }
  return k;
}

export interface Quantiles {
  p25: number;
  median: number;
  p75: number;
}

export interface BenchmarkFigures {
  resilience: Quantiles;
  risk: Quantiles;
  levels: Record<RiskLevel, number> | null;
  medianLevel: RiskLevel;
}

export interface BenchmarkTheme extends BenchmarkFigures {
  id: string;
}

export function parentOf(key: CellKey): CellKey | null {
  if (key.grouping === "sector-size") return { grouping: "sector", sector: key.sector };
  if (key.grouping === "sector") return { grouping: "all" };
  return null;
}

// Hidden children of a published parent must total 0 or at least k, else a group below k is the
// difference of published cells; the smallest published child is withheld until that holds.
export function publishedCells(counts: ReadonlyMap<string, { key: CellKey; count: number }>, k: number): Set<string> {
  const published = new Set([...counts].filter(([, c]) => c.count >= k).map(([id]) => id));
  const children = new Map<string, string[]>();
  for (const [id, { key }] of counts) {
    const parent = parentOf(key);
    if (parent) children.set(cellId(parent), [...(children.get(cellId(parent)) ?? []), id]);
  }
  const countOf = (id: string) => counts.get(id)?.count ?? 0;
  for (let changed = true; changed;) {
    changed = false;
    for (const [id, { key }] of counts) {
      const parent = parentOf(key);
      if (published.has(id) && parent && !published.has(cellId(parent))) {
        published.delete(id);
        changed = true;
      }
    }
    for (const [parent, ids] of children) {
      if (!published.has(parent)) continue;
      const hidden = ids.filter((id) => !published.has(id)).reduce((sum, id) => sum + countOf(id), 0);
      if (hidden === 0 || hidden >= k) continue;
      const smallest = ids
        .filter((id) => published.has(id))
        .sort((a, b) => countOf(a) - countOf(b) || a.localeCompare(b))[0];
      if (smallest) published.delete(smallest);
      changed = true;
    }
  }
  return published;
}

export interface ExactFigures {
  resilience: Quantiles;
  risk: Quantiles;
  levels: Record<RiskLevel, number>;
}

export const LEVEL_SHARES_FROM = 20;
export const FINE_QUANTILES_FROM = 10;

// Each step stands for at least two organisations, so no share gives an exact count, and it
// depends on the band alone, so it tells no more about the group's size than the band.
export function shareStep(count: number): number | null {
  if (count < LEVEL_SHARES_FROM) return null;
  return count < 50 ? 10 : 5;
}

export function levelShares(counts: Record<RiskLevel, number>, step: number): Record<RiskLevel, number> {
  const total = RISK_LEVELS.reduce((sum, level) => sum + counts[level], 0);
  const share = (n: number) => (total === 0 ? 0 : Math.round((n / total) * (100 / step)) * step);
  return {
    low: share(counts.low),
    medium: share(counts.medium),
    high: share(counts.high),
    critical: share(counts.critical),
  };
}

// In a group under ten a quantile is close to one organisation's own score: round to 5 points.
export function coarseQuantiles(quantiles: Quantiles, count: number, scale: 1 | 100): Quantiles {
  const grid = count < FINE_QUANTILES_FROM ? 5 : 1;
  const round = (value: number) => (Math.round((value * (100 / scale)) / grid) * grid * scale) / 100;
  return { p25: round(quantiles.p25), median: round(quantiles.median), p75: round(quantiles.p75) };
}

export function coarseFigures(
  exact: ExactFigures,
  count: number,
  levelOf: (risk: number) => RiskLevel,
): BenchmarkFigures {
  const risk = coarseQuantiles(exact.risk, count, 100);
  const step = shareStep(count);
  return {
    resilience: coarseQuantiles(exact.resilience, count, 1),
    risk,
    levels: step === null ? null : levelShares(exact.levels, step),
    // Read from the published median, so it tells nothing the median does not.
    medianLevel: levelOf(risk.median),
  };
}

export interface EarlierFigures {
  releaseId: string;
  organisations: number;
  themes: BenchmarkTheme[];
  overall: BenchmarkFigures | null;
  // Organisations that joined, left or count with another assessment since, one change each.
  changes: number;
}

// No assessment in a population is older, so one this much older shares nothing with today's.
export const POPULATION_MONTHS = 24;

export interface ReleaseCell {
  key: CellKey;
  organisations: number;
  published: boolean;
  themes: BenchmarkTheme[] | null;
  overall: BenchmarkFigures | null;
  basisReleaseId: string | null;
}

// A cell repeats the closest earlier figures whose membership differs by fewer than k, else
// publishes new ones, so no comparison of two releases isolates fewer than k organisations.
export function discloseRelease(input: {
  releaseId: string;
  k: number;
  counts: ReadonlyMap<string, { key: CellKey; count: number }>;
  earlier: ReadonlyMap<string, readonly EarlierFigures[]>;
  exact: ReadonlyMap<string, { overall: ExactFigures | null; themes: (ExactFigures & { id: string })[] }>;
  levelOf: (themeId: string | null, risk: number) => RiskLevel;
}): Map<string, ReleaseCell> {
  const { releaseId, k, counts, earlier, exact, levelOf } = input;
  const published = publishedCells(counts, k);

  const cells = new Map<string, ReleaseCell>();
  for (const [id, { key, count }] of counts) {
    if (!published.has(id)) {
      cells.set(id, { key, organisations: count, published: false, themes: null, overall: null, basisReleaseId: null });
      continue;
    }
    const closest = (earlier.get(id) ?? [])
      .filter((figures) => figures.changes < k)
      .sort((a, b) => a.changes - b.changes)[0];
    if (closest) {
      cells.set(id, {
        key,
        organisations: closest.organisations,
        published: true,
        themes: closest.themes,
        overall: closest.overall,
        basisReleaseId: closest.releaseId,
      });
      continue;
    }
    const figures = exact.get(id);
    cells.set(id, {
      key,
      organisations: count,
      published: true,
      themes: (figures?.themes ?? []).map(({ id: themeId, ...theme }) => ({
        id: themeId,
        ...coarseFigures(theme, count, (risk) => levelOf(themeId, risk)),
      })),
      overall: figures?.overall ? coarseFigures(figures.overall, count, (risk) => levelOf(null, risk)) : null,
      basisReleaseId: releaseId,
    });
  }
  return cells;
}

export const highOrCritical = (figures: BenchmarkFigures) =>
  figures.levels ? figures.levels.high + figures.levels.critical : null;

export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}
