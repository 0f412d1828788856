import { openDatabase, setDatabase, type DatabaseHandle } from "../../db/client";
import { createPostgresDatabase } from "../fixtures/postgres";

const LOCAL_SERVER = "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * Runs a benchmark in a database of its own on the PostgreSQL server that DATABASE_URL names
 * (as the integration tests do), or else on the local server, dropped afterwards (unless
 * `keep`) even when the benchmark fails or is interrupted. The benchmark gets the handle and
 * the URL, for a server it starts on the same database.
 */
export async function withBenchDatabase<T>(
  run: (handle: DatabaseHandle, url: string) => Promise<T>,
  options: { keep?: boolean; log?: (line: string) => void } = {},
): Promise<T> {
  const { keep = false, log = console.log } = options;
  const serverUrl = process.env.DATABASE_URL ?? LOCAL_SERVER;
  const database = await createPostgresDatabase(serverUrl, "weerbaar_bench");
  const { name } = database;
  const url = new URL(database.url);
  // A signal ends the run without the finally below: drop the database on the way out.
  const drop = () => database.drop({ keep });
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: ${keep ? "keeping" : "dropping"} database ${name}`);
    void drop().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  log(`database ${name} on ${url.host}${keep ? " (kept afterwards)" : ""}`);
  const handle = await openDatabase({ url: url.href });
  try {
    return await run(handle, url.href);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    setDatabase(undefined);
    await handle.close();
    await drop();
  }
}
