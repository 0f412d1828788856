import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

/** One type for both drivers, so every query is written once. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Database;
  kind: "embedded" | "postgres";
  close(): Promise<void>;
  /** The driver underneath: migrations and tests need it. */
  raw: { pglite: PGlite } | { sql: postgres.Sql };
}

export interface DatabaseOptions {
  /** A postgres:// URL: use a real server. */
  url?: string;
  /** Folder of the embedded database, or "memory". Used when there is no url. */
  dataDir?: string;
}

/** Opens the database the configuration names. Applies no migrations: that is an explicit step. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    // While the server is unreachable a request fails within seconds (the 503 page) instead of
    // hanging, and the site is back within a second of the server. postgres.js reconnects by
    // itself, but its default backoff grows to 20 s per connection: measured, pages then took
    // up to 15 s to fail during an outage and 18 s to load after it. At most 10 connection
    // attempts a second (one per pooled connection) cost a recovering server nothing.
    const sql = postgres(options.url, {
      max: 10,
      idle_timeout: 20,
      connect_timeout: 5,
      backoff: (retries) => Math.min(0.05 * 2 ** retries, 1),
      onnotice: () => {},
    });
    return {
      db: drizzlePostgres(sql, { schema }) as unknown as Database,
      kind: "postgres",
      raw: { sql },
      close: () => sql.end({ timeout: 5 }),
    };
  }
  const dataDir = options.dataDir ?? "memory";
  if (dataDir !== "memory") mkdirSync(dataDir, { recursive: true });
  const pglite = dataDir === "memory" ? new PGlite() : new PGlite(dataDir);
  await pglite.waitReady;
  return {
    db: drizzlePglite(pglite, { schema }) as unknown as Database,
    kind: "embedded",
    raw: { pglite },
    close: () => pglite.close(),
  };
}

// The server entry and the Remix build each hold their own copy of this module; the handle
// lives on globalThis so both use the one connection the server opened.
const HANDLE = Symbol.for("weerbaar.database");
type GlobalWithDatabase = typeof globalThis & { [HANDLE]?: DatabaseHandle };

export function setDatabase(handle: DatabaseHandle | undefined): void {
  (globalThis as GlobalWithDatabase)[HANDLE] = handle;
}

export function database(): Database {
  const handle = (globalThis as GlobalWithDatabase)[HANDLE];
  if (!handle) throw new Error("The database is not open: the server opens it before it listens.");
  return handle.db;
}

/**
 * Runs raw SQL and returns its rows: postgres.js answers with an array, PGlite with
 * `{ rows }`. Only aggregate queries the query builder cannot express need this.
 */
export async function queryRows<Row>(db: Pick<Database, "execute">, query: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
}
