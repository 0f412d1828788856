import { readConfig } from "../app/server/config.server";
import { verifyAuditChain } from "../app/models/audit.server";
import { openDatabase, setDatabase } from "./client";

const config = readConfig();
const handle = await openDatabase({ url: config.databaseUrl, dataDir: `${config.dataDir}/pglite` });
try {
  setDatabase(handle);
  const { rows, head, breaks } = await verifyAuditChain();
  for (const b of breaks) console.error(`audit_log id ${b.id} (chain ${b.chainSeq ?? "none"}): ${b.reason}`);
  console.log(
    `${rows} audit entries checked, ${breaks.length} breaks. Latest hash: ${head ?? "(empty)"} — note it down elsewhere to detect a rewritten chain later.`,
  );
  if (breaks.length > 0) process.exitCode = 1;
} finally {
  setDatabase(undefined);
  await handle.close();
}
