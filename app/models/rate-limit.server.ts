import { createHash } from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import { database } from "../../db/client";
import { rateLimits } from "../../db/schema";

export interface Limit {
  /** How many events a key may have in one window. */
  limit: number;
  windowSeconds: number;
}

export interface LimitState {
  allowed: boolean;
  /** Seconds until the current window ends and the key may try again. */
  retryAfter: number;
}

const windowOf = (now: Date, windowSeconds: number) =>
  new Date(Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000);
const stateOf = (count: number, { limit, windowSeconds }: Limit, now: Date): LimitState => ({
  allowed: count <= limit,
  retryAfter: Math.ceil((windowOf(now, windowSeconds).getTime() + windowSeconds * 1000 - now.getTime()) / 1000),
});

/** A key that names a person or token without storing what was typed or sent. */
export const limitKey = (kind: string, value: string) =>
  `${kind}:${createHash("sha256").update(value.toLowerCase()).digest("hex").slice(0, 32)}`;

/** Counts one event for a key and says whether it stays within the limit. */
export async function consume(key: string, limit: Limit, now = new Date()): Promise<LimitState> {
  const windowStart = windowOf(now, limit.windowSeconds);
  const [row] = await database()
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  return stateOf(row?.count ?? 1, limit, now);
}

/**
 * Takes back one event that `consume` counted with the same key, limit and time: an attempt
 * counted before it was checked that then succeeded, or was refused without being checked.
 * Counting first and taking back afterwards keeps parallel attempts from all passing one check.
 */
export async function refund(key: string, limit: Limit, now: Date): Promise<void> {
  await database()
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowOf(now, limit.windowSeconds))));
}

/** Whether a key has used up its limit, without counting an event. */
export async function exhausted(key: string, limit: Limit, now = new Date()): Promise<LimitState> {
  const [row] = await database()
    .select({ count: rateLimits.count })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowOf(now, limit.windowSeconds))));
  return stateOf((row?.count ?? 0) + 1, limit, now);
}

/** Removes windows that ended more than a day ago. */
export async function purgeRateLimits(now = new Date()): Promise<number> {
  const removed = await database()
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, new Date(now.getTime() - 24 * 3600 * 1000)))
    .returning({ key: rateLimits.key });
  return removed.length;
}
