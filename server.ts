import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { broadcastDevReady, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { readConfig } from "./app/server/config.server";
import { setDatabase } from "./db/client";
import { openMigratedDatabase } from "./db/prepare";
import { isEmpty, printDemoSignIns, seedDemoData } from "./db/seed";
import { apiRateLimit, bodyLimit, originGuard, requestValidation, securityHeaders } from "./app/server/http.server";
import { createRequestHandler } from "./app/server/remix-handler.server";
import { sendRefusal, setRefusalStylesheets } from "./app/server/refusal.server";
import { loadQuestionnaireFiles } from "./app/models/questionnaire-files.server";
import { publishQuestionnaires } from "./app/models/questionnaire.server";
import { logError } from "./app/server/log.server";
import { makeDueReleases } from "./app/models/benchmark.server";
import { startMailWorker } from "./app/server/mail-worker.server";
import {
  isDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
  withDatabaseOutagePage,
} from "./app/server/database-outage.server";

const config = readConfig();

// Content errors stop the start, never a request: the same check as `npm run questionnaires:check`.
const questionnaires = await loadQuestionnaireFiles(fileURLToPath(new URL("./questionnaires", import.meta.url)));
if (!questionnaires.ok) {
  console.error(`Invalid questionnaire files:\n  ${questionnaires.problems.join("\n  ")}`);
  process.exit(1);
}

// Explicit start-up steps, in order, before the server listens.
const handle = await openMigratedDatabase(config);
setDatabase(handle);
const published = await publishQuestionnaires(questionnaires.files);
if (published.problems.length > 0) {
  console.error(`Questionnaire versions cannot be published:\n  ${published.problems.join("\n  ")}`);
  await handle.close();
  process.exit(1);
}
if (handle.kind === "embedded" && config.demoData && (await isEmpty(handle))) {
  await seedDemoData(handle, questionnaires.files, config.benchmarkK);
  console.log("Loaded demo data into the new embedded database.");
}
// Benchmarks are frozen per quarter: make the release when it is due, now and every hour.
const questionnaireIds = questionnaires.files.filter((f) => !f.archived).map((f) => f.questionnaire.id);
await makeDueReleases(questionnaireIds, config.benchmarkK);
setInterval(() => {
  makeDueReleases(questionnaireIds, config.benchmarkK).catch(logError);
}, 3_600_000).unref();
// Delivers the mail outbox; without SMTP_URL it prints each mail and keeps it for /admin/mail.
const mailWorker = startMailWorker(config);

const viteless = process.env.NODE_ENV !== "production";
const buildUrl = new URL("./build/index.js", import.meta.url).href;
const loadBuild = async () =>
  withDatabaseOutagePage((await import(`${buildUrl}?t=${viteless ? Date.now() : 0}`)) as ServerBuild);
// Refusals before Remix runs link the same stylesheets as the root route's pages.
setRefusalStylesheets(
  ((await loadBuild()).routes.root?.module.links?.() ?? []).flatMap((link) =>
    "rel" in link && link.rel === "stylesheet" && typeof link.href === "string" ? [link.href] : [],
  ),
);

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", config.trustProxy);
app.use(compression());
app.use(securityHeaders);
// Methods, broken escapes and control characters in the URL: before any handler decodes it.
app.use(requestValidation);
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
// Only the paths of files in public/ reach the static handler, which asks the disk about
// every request it sees: a page request then costs no failed file lookup.
const publicFiles = readdirSync("public", { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && !entry.parentPath.startsWith("public/build"))
  .map((entry) => `/${relative("public", join(entry.parentPath, entry.name)).split(sep).join("/")}`);
app.get(publicFiles, express.static("public", { maxAge: "1h" }));
app.get("/favicon.ico", (_req, res) => res.redirect(301, "/favicon.svg"));
app.use(originGuard);
app.use(bodyLimit);
app.use(apiRateLimit);
app.all(
  "*",
  createRequestHandler({
    build: viteless ? loadBuild : await loadBuild(),
    mode: process.env.NODE_ENV,
    getLoadContext: (req, res) => ({
      cspNonce: res.locals.cspNonce as string,
      clientAddress: req.ip ?? null,
    }),
  }),
);
// Errors of the middleware before Remix (the API rate limit reads the database): generic
// answers, details in the log, 503 while the database is down. Express needs all four parameters.
app.use((error: unknown, req: express.Request, res: express.Response, _next: express.NextFunction) => {
  logError(error);
  const refusal = isDatabaseUnavailable(error)
    ? sendRefusal(req, res, 503, "unavailable", { "Retry-After": String(RETRY_AFTER_SECONDS) })
    : sendRefusal(req, res, 500, "unexpected");
  refusal.catch((failed: unknown) => {
    logError(failed);
    if (!res.headersSent) res.status(500).end();
  });
});

const server = app.listen(config.port, config.host, () => {
  const url = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${config.port}`;
  console.log(
    `Weerbaar listens on ${url} (${handle.kind === "embedded" ? `embedded database in ${config.dataDir}/pglite` : "PostgreSQL"})`,
  );
  if (handle.kind === "embedded" && config.demoData) printDemoSignIns();
  if (viteless && process.env.REMIX_DEV_ORIGIN) void loadBuild().then(broadcastDevReady);
});
// Node closes an idle connection after 5 s; a proxy or client that sends on it at that moment
// gets a reset (seen in the tests as ECONNRESET). Proxies keep idle connections up to a minute
// (nginx, load balancers), so the server keeps them a little longer.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

async function shutdown() {
  server.close();
  await mailWorker.stop();
  await handle.close();
  process.exit(0);
}
process.once("SIGTERM", shutdown);
process.once("SIGINT", shutdown);
