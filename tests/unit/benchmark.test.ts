import { describe, expect, it } from "vitest";
import {
  cellId,
  countBand,
  groupSizeK,
  keepsPreviousFigures,
  levelShares,
  publishedCells,
  type CellKey,
} from "~/domain/benchmark";

describe("count bands", () => {
  it.each([
    [0, null],
    [4, null],
    [5, "5-9"],
    [9, "5-9"],
    [10, "10-19"],
    [19, "10-19"],
    [20, "20-49"],
    [49, "20-49"],
    [50, "50+"],
    [5000, "50+"],
  ])("%i organisations read %s", (count, band) => {
    expect(countBand(count)).toBe(band);
  });

  it("never publishes below five, even when asked for a smaller group", () => {
    expect(countBand(4, 2)).toBeNull();
    expect(countBand(7, 10)).toBeNull();
  });
});

describe("benchmark disclosure rules", () => {
  const cells = (entries: [CellKey, number][]) => new Map(entries.map(([key, count]) => [cellId(key), { key, count }]));

  it("never accepts a k below five", () => {
    expect(groupSizeK(undefined)).toBe(5);
    expect(groupSizeK(8)).toBe(8);
    expect(() => groupSizeK(4)).toThrow(/minimum benchmark group is 5/);
  });

  it("publishes a cell only from k organisations", () => {
    const published = publishedCells(cells([[{ grouping: "all" }, 4], [{ grouping: "sector", sector: "a" }, 5]]), 5);
    expect([...published]).toEqual([cellId({ grouping: "sector", sector: "a" })]);
  });

  it("suppresses the smallest published size band too when one band of a published sector is hidden", () => {
    const sector = { grouping: "sector" as const, sector: "terminal_operator" };
    const band = (sizeBand: string) => ({ grouping: "sector-size" as const, sector: "terminal_operator", sizeBand });
    const published = publishedCells(
      cells([
        [sector, 24],
        [band("1-9"), 3],
        [band("10-49"), 6],
        [band("50-249"), 7],
        [band("250+"), 8],
      ]),
      5,
    );
    expect(published.has(cellId(sector))).toBe(true);
    expect(published.has(cellId(band("1-9")))).toBe(false);
    expect(published.has(cellId(band("10-49")))).toBe(false);
    expect(published.has(cellId(band("50-249")))).toBe(true);
    expect(published.has(cellId(band("250+")))).toBe(true);
  });

  it("rounds level shares to 5%", () => {
    expect(levelShares({ low: 3, medium: 4, high: 2, critical: 0 })).toEqual({ low: 35, medium: 45, high: 20, critical: 0 });
  });

  it("keeps previous figures when exactly one organisation joined or left", () => {
    expect(keepsPreviousFigures(7, 8)).toBe(true);
    expect(keepsPreviousFigures(7, 6)).toBe(true);
    expect(keepsPreviousFigures(7, 9)).toBe(false);
    expect(keepsPreviousFigures(undefined, 8)).toBe(false);
  });
});
