import { describe, expect, it } from "vitest";
import { countBand } from "~/domain/benchmark";

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
