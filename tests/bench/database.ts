import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, setDatabase, type DatabaseHandle } from "../../db/client";

const LOCAL_SERVER = "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * Runs a benchmark on the PostgreSQL that DATABASE_URL names, or else in a database of its
 * own on the local server, dropped afterwards even when the benchmark fails.
 */
export async function withBenchDatabase<T>(run: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) {
    const handle = await openDatabase({ url: process.env.DATABASE_URL });
    try {
      return await run(handle);
    } finally {
      setDatabase(undefined);
      await handle.close();
    }
  }
  const name = `weerbaar_bench_${randomBytes(6).toString("hex")}`;
  const admin = postgres(LOCAL_SERVER, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(LOCAL_SERVER);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.href });
  try {
    return await run(handle);
  } finally {
    setDatabase(undefined);
    await handle.close();
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
