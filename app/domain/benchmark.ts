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
