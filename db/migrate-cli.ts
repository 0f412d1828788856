import { readConfig } from "../app/config.server";
import { openDatabase } from "./client";
import { migrateDatabase } from "./migrate";

const config = readConfig();
const handle = await openDatabase({ url: config.databaseUrl, dataDir: `${config.dataDir}/pglite` });
await migrateDatabase(handle);
await handle.close();
console.log(`Migrations applied (${handle.kind} database).`);
