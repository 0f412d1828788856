import { createHash } from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import { database, type Database } from "../../db/client";
import { rateLimits } from "../../db/schema";

export interface Limit {
  limit: number;
  windowSeconds: number;
}

export interface LimitState {
  allowed: boolean;
  retryAfter: number;
}

const windowOf = (now: Date, windowSeconds: number) =>
  new Date(Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000);
const stateOf = (count: number, { limit, windowSeconds }: Limit, now: Date): LimitState => ({
  allowed: count <= limit,
  retryAfter: Math.ceil((windowOf(now, windowSeconds).getTime() + windowSeconds * 1000 - now.getTime()) / 1000),
});

// Hashed, so nothing typed or sent is stored.
export const limitKey = (kind: string, value: string) =>
  `${kind}:${createHash("sha256").update(value.toLowerCase()).digest("hex").slice(0, 32)}`;

export async function consume(
  key: string,
  limit: Limit,
  now = new Date(),
  // A caller's transaction: an embedded database would wait for it to end before another query.
  db: Pick<Database, "insert"> = database(),
): Promise<LimitState> {
  const windowStart = windowOf(now, limit.windowSeconds);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  return stateOf(row?.count ?? 1, limit, now);
}

// Counting first and taking back afterwards keeps parallel attempts from all passing one check.
export async function refund(key: string, limit: Limit, now: Date): Promise<void> {
  await database()
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowOf(now, limit.windowSeconds))));
}

export async function exhausted(key: string, limit: Limit, now = new Date()): Promise<LimitState> {
  const [row] = await database()
    .select({ count: rateLimits.count })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowOf(now, limit.windowSeconds))));
  return stateOf((row?.count ?? 0) + 1, limit, now);
}

export async function purgeRateLimits(now = new Date()): Promise<number> {
  const removed = await database()
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, new Date(now.getTime() - 24 * 3600 * 1000)))
    .returning({ key: rateLimits.key });
  return removed.length;
}
