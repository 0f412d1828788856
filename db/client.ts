import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** What `database().transaction` hands its callback. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface DatabaseHandle {
  db: Database;
  kind: "embedded" | "postgres";
  close(): Promise<void>;
  raw: { pglite: PGlite } | { sql: postgres.Sql };
}

export interface DatabaseOptions {
  url?: string;
  dataDir?: string;
  /** An embedded database's data directory as `dumpDataDir` wrote it, to start from instead of an empty one. */
  image?: Blob;
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    // postgres.js's default backoff grows to 20 s: pages then took 15 s to fail in an outage and
    // 18 s to load after it (measured). This one fails within seconds and recovers within one.
    const sql = postgres(options.url, {
      max: 10,
      idle_timeout: 20,
      connect_timeout: 5,
      backoff: (retries) => Math.min(0.05 * 2 ** retries, 1),
      onnotice: () => {},
      // Prepared but planned per execution: the generic plan PostgreSQL may switch to after five
      // runs made the benchmark release at 100,000 organisations take 2.9 s instead of 1.7 s.
      connection: { plan_cache_mode: "force_custom_plan" },
    });
    return {
      db: drizzlePostgres(preparingStatements(sql), { schema }) as unknown as Database,
      kind: "postgres",
      raw: { sql },
      close: () => sql.end({ timeout: 5 }),
    };
  }
  const dataDir = options.dataDir ?? "memory";
  if (dataDir !== "memory") mkdirSync(dataDir, { recursive: true });
  const pglite = new PGlite({ dataDir: dataDir === "memory" ? undefined : dataDir, loadDataDir: options.image });
  await pglite.waitReady;
  return {
    db: drizzlePglite(pglite, { schema }) as unknown as Database,
    kind: "embedded",
    raw: { pglite },
    close: () => pglite.close(),
  };
}

// drizzle asks for unprepared queries: parsed anew, and two round trips with parameters. Its
// query texts are fixed per call site, so the statements kept per connection are bounded.
function preparingStatements<S extends postgres.Sql | postgres.TransactionSql>(sql: S): S {
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === "unsafe") {
        const unsafe: postgres.Sql["unsafe"] = (query, parameters, options) =>
          target.unsafe(query, parameters, { ...options, prepare: true });
        return unsafe;
      }
      if (property === "begin" || property === "savepoint") {
        // Statements inside a transaction or savepoint go through the transaction's own client.
        return (...args: unknown[]) => {
          const work = args.pop() as (tx: postgres.TransactionSql) => unknown;
          const open = Reflect.get(target, property, receiver) as (...a: unknown[]) => Promise<unknown>;
          return open.call(target, ...args, (tx: postgres.TransactionSql) => work(preparingStatements(tx)));
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
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

const preparedQueries = new WeakMap<Database, Map<string, unknown>>();

// Building the SQL of every page's reads on each call was 5 % of a theme page's server time.
export function prepared<Query>(name: string, build: (db: Database) => Query): Query {
  const db = database();
  let queries = preparedQueries.get(db);
  if (!queries) preparedQueries.set(db, (queries = new Map()));
  if (!queries.has(name)) queries.set(name, build(db));
  return queries.get(name) as Query;
}

// postgres.js answers with an array, PGlite with `{ rows }`.
export async function queryRows<Row>(db: Pick<Database, "execute">, query: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
}
