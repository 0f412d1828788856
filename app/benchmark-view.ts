import type { TFunction } from "i18next";
import type { BenchmarkTheme, CountBand, Grouping } from "./domain/benchmark";
import type { Sector, SizeBand } from "./domain/organisation";

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

/** Resilience is stored as a fraction; every page shows it on the same 0–100 scale as risk. */
export const onHundredScale = (fraction: number) => Math.round(fraction * 1000) / 10;
