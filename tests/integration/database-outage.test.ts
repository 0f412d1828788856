import { createServer, type Socket } from "node:net";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "~/server/database-outage.server";
import { openDatabase } from "../../db/client";
import { migratedImage } from "../fixtures/pglite-image";

/** The error a query raises, as the driver and drizzle raise it. */
async function errorOf(query: Promise<unknown>): Promise<unknown> {
  return query.then(
    () => expect.fail("the query should have failed"),
    (error: unknown) => error,
  );
}

describe("telling an unreachable database from a wrong query", () => {
  it("a refused connection is unavailable", async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => probe.once("listening", resolve));
    const { port } = probe.address() as { port: number };
    await new Promise((resolve) => probe.close(resolve));

    const handle = await openDatabase({ url: `postgres://postgres@127.0.0.1:${port}/none` });
    try {
      expect(isDatabaseUnavailable(await errorOf(handle.db.execute(sql`select 1`)))).toBe(true);
    } finally {
      await handle.close();
    }
  });

  it("a server that never answers is unavailable within the connect timeout", async () => {
    // Accepts connections and stays silent, as an unreachable host behind a proxy would.
    const sockets = new Set<Socket>();
    const server = createServer((socket) => sockets.add(socket)).listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const { port } = server.address() as { port: number };
    const handle = await openDatabase({ url: `postgres://postgres@127.0.0.1:${port}/none` });
    try {
      // Without a connect timeout below the test's own, this would hang instead of failing.
      expect(isDatabaseUnavailable(await errorOf(handle.db.execute(sql`select 1`)))).toBe(true);
    } finally {
      for (const socket of sockets) socket.destroy();
      await handle.close();
      server.close();
    }
  });

  it("a connection that broke, as drizzle reports it, is unavailable", () => {
    const broken = Object.assign(new Error("write CONNECTION_CLOSED"), { code: "CONNECTION_CLOSED" });
    expect(isDatabaseUnavailable(new Error("Failed query", { cause: broken }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection"), { code: "57P01" }))).toBe(true);
  });

  it("a query the database refuses is not", async () => {
    const handle = await openDatabase({ dataDir: "memory", image: await migratedImage() });
    try {
      expect(isDatabaseUnavailable(await errorOf(handle.db.execute(sql`select * from no_such_table`)))).toBe(false);
      expect(isDatabaseUnavailable(new Error("questionnaire missing"))).toBe(false);
    } finally {
      await handle.close();
    }
  });
});
