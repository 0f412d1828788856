import { afterAll, beforeAll } from "vitest";
import { openDatabase, setDatabase, type DatabaseHandle } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { migratedImage } from "../fixtures/pglite-image";
import { createPostgresDatabase } from "../fixtures/postgres";

/**
 * The databases every data-layer test runs on: embedded PGlite in memory always, and the
 * PostgreSQL server that DATABASE_URL names when it is set, in a database of its own.
 */
export const BACKENDS = ["pglite", ...(process.env.DATABASE_URL ? (["postgres"] as const) : [])] as const;
export type Backend = (typeof BACKENDS)[number];

/** Opens a fresh, migrated database for the enclosing describe block and makes it current. */
export function useFreshDatabase(backend: Backend): { handle: () => DatabaseHandle } {
  let handle: DatabaseHandle | undefined;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (backend === "pglite") {
      handle = await openDatabase({ dataDir: "memory", image: await migratedImage() });
    } else {
      const database = await createPostgresDatabase(process.env.DATABASE_URL as string);
      handle = await openDatabase({ url: database.url });
      drop = database.drop;
    }
    await migrateDatabase(handle);
    setDatabase(handle);
  });
  afterAll(async () => {
    setDatabase(undefined);
    await handle?.close();
    await drop?.();
  });
  return {
    handle: () => {
      if (!handle) throw new Error("database not open yet");
      return handle;
    },
  };
}
