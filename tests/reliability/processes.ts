import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, connect, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "@playwright/test";
import postgres from "postgres";
import { createPostgresDatabase, POSTGRES_SERVER_URL } from "../fixtures/postgres";

/** The first port the reliability specs use; each spec takes its own few above it. */
export const BASE_PORT = Number(process.env.RELIABILITY_PORT ?? 3420);

export interface AppServer {
  url: string;
  /** Everything the server wrote to stdout and stderr so far. */
  log(): string;
  /** SIGKILL: no shutdown handler runs, as when the machine or the OOM killer stops it. */
  kill(): Promise<void>;
  /** SIGTERM: the normal shutdown. */
  stop(): Promise<void>;
}

/**
 * Starts the production build (`npm run build` first) as its own process, on the embedded
 * database in `dataDir` or on the PostgreSQL at `databaseUrl`, and waits until it listens.
 */
export async function startApp(options: {
  port: number;
  dataDir?: string;
  databaseUrl?: string;
  env?: Record<string, string>;
}): Promise<AppServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, NODE_ENV: "production", PORT: String(options.port) };
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  if (options.dataDir) {
    env.DATA_DIR = options.dataDir;
    // The scenarios make the accounts they use; demo data would only slow the first start.
    env.DEMO_DATA = "false";
  }
  // Node itself, not npm or npx: a signal must reach the server, not a wrapper.
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  await new Promise<void>((resolve, reject) => {
    const onData = () => {
      if (!output.includes("Weerbaar listens on")) return;
      child.stdout.off("data", onData);
      resolve();
    };
    child.stdout.on("data", onData);
    void exited.then(() => reject(new Error(`the server stopped before it listened:\n${output}`)));
  });

  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
    // A failed scenario's report then shows what its server said, up to its end.
    await test.info().attach(`server on port ${options.port}, ended by ${signal}`, {
      body: output,
      contentType: "text/plain",
    });
  };
  return {
    url: `http://localhost:${options.port}`,
    log: () => output,
    kill: () => end("SIGKILL"),
    stop: () => end("SIGTERM"),
  };
}

/** A folder of its own for an embedded database, removed by `remove`. */
export function temporaryDataDir(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), "weerbaar-reliability-"));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * A TCP proxy between the app and PostgreSQL, so a test can take the database away from a
 * running app and give it back, as a network failure or a database restart would.
 */
export interface DatabaseLink {
  port: number;
  /** Breaks every open connection and refuses new ones. */
  cut(): Promise<void>;
  /** Accepts connections again, and forgets a `cutWhen` that never cut. */
  restore(): Promise<void>;
  /**
   * Breaks every open connection but keeps accepting new ones; from then on each chunk the
   * app sends is shown to `watch`, and the link is cut, before the chunk is passed on, when
   * `watch` returns true.
   */
  cutWhen(watch: (sent: string) => boolean): void;
  close(): Promise<void>;
}

/**
 * Tells which chunks a client sends to PostgreSQL carry a COMMIT. postgres.js prepares
 * `commit` as a named statement once per connection and afterwards only binds that name, so
 * the word appears only the first time: the names it was prepared under are remembered.
 */
export function commitSpotter(): (sent: string) => boolean {
  const prepared = new Set<string>();
  return (sent) => {
    // Parse: "P", length, statement name, NUL, query text, NUL. Bind: "B", length, portal, NUL, statement name, NUL.
    for (const [, name] of sent.matchAll(/P[\s\S]{4}([^\0]+)\0commit\0/gi)) prepared.add(name!);
    return (
      /\bcommit\b/i.test(sent) ||
      [...sent.matchAll(/B[\s\S]{4}[^\0]*\0([^\0]+)\0/g)].some(([, name]) => prepared.has(name!))
    );
  };
}

export async function startDatabaseLink(target: { host: string; port: number }, port: number): Promise<DatabaseLink> {
  const sockets = new Set<Socket>();
  let watch: ((sent: string) => boolean) | null = null;
  let server: Server | null = null;

  const breakConnections = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };
  const cut = async () => {
    watch = null;
    const closing = server;
    server = null;
    breakConnections();
    if (closing) await new Promise((resolve) => closing.close(resolve));
  };
  const listen = async () => {
    const listening = createServer((app) => {
      const database = connect(target.port, target.host);
      sockets.add(app).add(database);
      app.on("data", (chunk: Buffer) => {
        if (watch?.(chunk.toString("latin1"))) return void cut();
        database.write(chunk);
      });
      database.pipe(app);
      const close = () => {
        app.destroy();
        database.destroy();
        sockets.delete(app);
        sockets.delete(database);
      };
      app.on("close", close).on("error", close);
      database.on("close", close).on("error", close);
    });
    await new Promise<void>((resolve, reject) => listening.once("error", reject).listen(port, "127.0.0.1", resolve));
    server = listening;
  };
  await listen();
  return {
    port,
    cut,
    restore: async () => {
      watch = null;
      if (!server) await listen();
    },
    cutWhen: (w) => {
      breakConnections();
      watch = w;
    },
    close: cut,
  };
}

/**
 * A database of its own on the reliability PostgreSQL server, reached by the app only through a
 * `DatabaseLink` on `linkPort`: `appUrl` for the app, `sql` for the test to read it directly
 * (never through the link it cuts); `close` takes all of it down.
 */
export async function databaseBehindLink(linkPort: number) {
  const database = await createPostgresDatabase(POSTGRES_SERVER_URL);
  const server = new URL(POSTGRES_SERVER_URL);
  const link = await startDatabaseLink({ host: server.hostname, port: Number(server.port || 5432) }, linkPort);
  const appUrl = new URL(database.url);
  appUrl.host = `127.0.0.1:${linkPort}`;
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  return {
    link,
    appUrl: appUrl.href,
    sql,
    close: async () => {
      await link.close();
      await sql.end();
      await database.drop();
    },
  };
}
