import { describe, expect, it } from "vitest";
import {
  cellId,
  coarseQuantiles,
  countBand,
  groupSizeK,
  levelShares,
  publishedCells,
  shareStep,
  type CellKey,
} from "~/domain/benchmark";
import { simulateReleases, type ObservedRelease, type Population } from "../fixtures/adversary";

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
    expect([
      ...publishedCells(
        cells([
          [{ grouping: "all" }, 4],
          [{ grouping: "sector", sector: "a" }, 4],
        ]),
        5,
      ),
    ]).toEqual([]);
    const published = publishedCells(
      cells([
        [{ grouping: "all" }, 10],
        [{ grouping: "sector", sector: "a" }, 5],
        [{ grouping: "sector", sector: "b" }, 5],
      ]),
      5,
    );
    expect(published.size).toBe(3);
  });

  const sector = (name: string): CellKey => ({ grouping: "sector", sector: name });
  const band = (name: string, sizeBand: string): CellKey => ({ grouping: "sector-size", sector: name, sizeBand });

  it("protects the hidden bands of a sector when more than one is hidden (forwarders 22 = 10 + 8 + 4)", () => {
    const published = publishedCells(
      cells([
        [{ grouping: "all" }, 22],
        [sector("forwarder"), 22],
        [band("forwarder", "1-9"), 10],
        [band("forwarder", "10-49"), 8],
        [band("forwarder", "50-249"), 3],
        [band("forwarder", "250+"), 1],
      ]),
      5,
    );
    const hidden = [
      band("forwarder", "1-9"),
      band("forwarder", "10-49"),
      band("forwarder", "50-249"),
      band("forwarder", "250+"),
    ]
      .filter((key) => !published.has(cellId(key)))
      .map((key) => ({ "1-9": 10, "10-49": 8, "50-249": 3, "250+": 1 })[key.sizeBand as "1-9"]);
    expect(published.has(cellId(sector("forwarder")))).toBe(true);
    expect(hidden.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(5);
  });

  it("protects sectors against the cell of all organisations (public services 20 = 5 + 12 + 3)", () => {
    const published = publishedCells(
      cells([
        [{ grouping: "all" }, 20],
        [sector("port_authority"), 5],
        [sector("municipality"), 12],
        [sector("other_public_service"), 3],
      ]),
      5,
    );
    expect(published.has(cellId({ grouping: "all" }))).toBe(true);
    expect(published.has(cellId(sector("port_authority")))).toBe(false);
    expect(published.has(cellId(sector("municipality")))).toBe(true);
  });

  it("withholds the bands of a withheld sector, so nothing below it can be subtracted", () => {
    const published = publishedCells(
      cells([
        [{ grouping: "all" }, 17],
        [sector("a"), 6],
        [sector("b"), 9],
        [sector("c"), 2],
        [band("a", "1-9"), 6],
      ]),
      5,
    );
    expect(published.has(cellId(sector("a")))).toBe(false);
    expect(published.has(cellId(band("a", "1-9")))).toBe(false);
  });

  it("rounds level shares to the step of the group's size, and publishes none under 20", () => {
    expect(shareStep(19)).toBeNull();
    expect(shareStep(20)).toBe(10);
    expect(shareStep(50)).toBe(5);
    expect(levelShares({ low: 7, medium: 9, high: 4, critical: 0 }, 10)).toEqual({
      low: 40,
      medium: 50,
      high: 20,
      critical: 0,
    });
  });

  it("rounds quantiles to whole points, and to five points in groups under ten", () => {
    expect(coarseQuantiles({ p25: 10.780000000000001, median: 22.4, p75: 47.5 }, 12, 100)).toEqual({
      p25: 11,
      median: 22,
      p75: 48,
    });
    expect(coarseQuantiles({ p25: 10.78, median: 22.4, p75: 47.4 }, 6, 100)).toEqual({ p25: 10, median: 20, p75: 45 });
    expect(coarseQuantiles({ p25: 0.1078, median: 0.224, p75: 0.474 }, 6, 1)).toEqual({
      p25: 0.1,
      median: 0.2,
      p75: 0.45,
    });
  });
});

describe("releases carry figures forward by population", () => {
  /** A population in one sector and band, each organisation's risk set by its name's position. */
  const population = (ids: string[], resubmitted: string[] = []): Population => {
    const participants = ids.map((id) => ({
      organisationId: id,
      assessmentId: resubmitted.includes(id) ? `${id}-2` : id,
      sector: "s",
      sizeBand: "1-9",
    }));
    return {
      participants,
      scores: new Map(
        participants.map((p, i) => [p.assessmentId, [i * 7 + (p.assessmentId.endsWith("-2") ? 40 : 3.3)]]),
      ),
    };
  };
  const all = (release: ObservedRelease) => release.cells.get(cellId({ grouping: "all" }))!;

  it("keeps a newcomer's figures out however many releases pass, until k organisations changed", () => {
    const base = ["a", "b", "c", "d", "e", "f"];
    const [first, second, third, fourth] = simulateReleases(
      [
        population(base),
        population([...base, "g"]),
        population([...base, "g"]),
        population([...base, "g", "h", "i", "j", "k"]),
      ],
      5,
    ).map(all);
    expect(second!.figures).toEqual(first!.figures);
    expect(third!.figures).toEqual(first!.figures);
    expect(third!.countBand).toBe("5-9");
    expect(fourth!.figures).not.toEqual(first!.figures);
    expect(fourth!.countBand).toBe("10-19");
  });

  it("does not recompute a cell whose count stayed the same after one resubmission", () => {
    const base = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    const [first, second] = simulateReleases([population(base), population(base, ["a"])], 5).map(all);
    expect(second!.figures).toEqual(first!.figures);
  });

  it("goes back to earlier figures rather than compute new ones close to them", () => {
    const base = ["a", "b", "c", "d", "e"];
    const joined = [...base, "f", "g", "h", "i", "j"];
    const [first, second, third] = simulateReleases(
      [population(base), population(joined), population([...base, "f"])],
      5,
    ).map(all);
    expect(second!.figures).not.toEqual(first!.figures);
    expect(third!.figures).toEqual(first!.figures);
  });
});
