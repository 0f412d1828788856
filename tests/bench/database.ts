import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, setDatabase, type DatabaseHandle } from "../../db/client";

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
  const name = `weerbaar_bench_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // A signal ends the run without the finally below: drop the database on the way out.
  const drop = async () => {
    if (!keep) await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
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
