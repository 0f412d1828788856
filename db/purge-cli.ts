import { readConfig } from "../app/server/config.server";
import { purge } from "../app/models/purge.server";
import { openDatabase, setDatabase } from "./client";

const config = readConfig();
const handle = await openDatabase({ url: config.databaseUrl, dataDir: `${config.dataDir}/pglite` });
try {
  setDatabase(handle);
  const counts = await purge();
  console.log(
    `Purged ${counts.sessions} sessions, ${counts.unconfirmedAccounts} invited accounts never confirmed in time, ${counts.invitations} invitation links, ${counts.passwordResets} password reset links, ${counts.emailConfirmations} address confirmation links, ${counts.mails} mails older than 30 days, ${counts.notificationMarks} notification day marks older than a week, ${counts.apiTokens} revoked API tokens, ${counts.drafts} drafts untouched for 18 months, ${counts.rateLimits} old throttling counters, the participant lists of ${counts.participantLists} benchmark releases older than 24 months, and pseudonymised ${counts.auditAddresses} audit addresses past their retention.`,
  );
} finally {
  setDatabase(undefined);
  await handle.close();
}
