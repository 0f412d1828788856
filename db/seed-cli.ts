import { readConfig } from "../app/config.server";
import { openDatabase } from "./client";
import { migrateDatabase } from "./migrate";
import { isEmpty, printDemoSignIns, seedDemoData } from "./seed";

// Loading demo data is a deliberate act: it refuses a database that already holds accounts.
const config = readConfig();
const handle = await openDatabase({ url: config.databaseUrl, dataDir: `${config.dataDir}/pglite` });
try {
  await migrateDatabase(handle);
  if (!(await isEmpty(handle))) {
    console.error("The database already holds accounts: demo data is only loaded into an empty database.");
    process.exitCode = 1;
  } else {
    await seedDemoData(handle);
    printDemoSignIns();
  }
} finally {
  await handle.close();
}
