import { readConfig } from "../app/server/config.server";
import { openMigratedDatabase } from "./prepare";

const config = readConfig();
const handle = await openMigratedDatabase(config);
await handle.close();
console.log(`Migrations applied (${handle.kind} database).`);
