import type { TFunction } from "i18next";
import { cellId, type BenchmarkTheme, type CountBand, type Grouping } from "../domain/benchmark";
import type { Sector, SizeBand } from "../domain/organisation";

/** A benchmark cell as pages and the API receive it: published figures or nothing. */
export interface VisibleCell {
  grouping: Grouping;
  sector?: Sector;
  sizeBand?: SizeBand;
  suppressed: boolean;
  countBand?: CountBand | null;
  themes?: BenchmarkTheme[];
}

/** The name of a group in the reader's language: "All organisations", a sector, or a sector and size band. */
export function groupLabel(t: TFunction, cell: Pick<VisibleCell, "grouping" | "sector" | "sizeBand">): string {
  if (cell.grouping === "all" || !cell.sector) return t("benchmark.all");
  const sector = t(`sectors.${cell.sector}`);
  return cell.sizeBand ? t("benchmark.sectorSize", { sector, sizeBand: t(`sizeBands.${cell.sizeBand}`) }) : sector;
}

/** A half-year as the models key it ("2025-H2"), as the reader says it: "2e helft 2025", "H2 2025". */
export function halfYearLabel(t: TFunction, halfYear: string): string {
  const [year, half] = halfYear.split("-");
  return t(`customs.halfYearOf.${half === "H1" ? "H1" : "H2"}`, { year });
}

type Group = Pick<VisibleCell, "grouping" | "sector" | "sizeBand">;

/** The median risk per theme across releases, as the trend charts and tables draw it. */
export interface Trend {
  releases: { createdAt: string; k: number }[];
  /** Every group published in at least one of the releases. */
  groups: Group[];
  /** Per theme id, per group, per release: the median risk, or null where the release did not publish it. */
  medians: Record<string, (number | null)[][]>;
}

export function trendOf(releases: { createdAt: Date; k: number; cells: VisibleCell[] }[], themeIds: string[]): Trend {
  const groups = new Map<string, Group>();
  for (const release of releases)
    for (const { grouping, sector, sizeBand } of release.cells)
      groups.set(cellId({ grouping, sector, sizeBand }), {
        grouping,
        ...(sector ? { sector } : {}),
        ...(sizeBand ? { sizeBand } : {}),
      });
  const keys = [...groups.keys()];
  const byKey = releases.map((release) => new Map(release.cells.map((cell) => [cellId(cell), cell])));
  return {
    releases: releases.map((r) => ({ createdAt: r.createdAt.toISOString(), k: r.k })),
    groups: [...groups.values()],
    medians: Object.fromEntries(
      themeIds.map((themeId) => [
        themeId,
        keys.map((key) =>
          byKey.map((cells) => cells.get(key)?.themes?.find((th) => th.id === themeId)?.risk.median ?? null),
        ),
      ]),
    ),
  };
}

/** Resilience is stored as a fraction; every page shows it on the same 0–100 scale as risk. */
export const onHundredScale = (fraction: number) => Math.round(fraction * 1000) / 10;
