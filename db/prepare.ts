import type { Config } from "../app/server/config.server";
import { openDatabase, type DatabaseHandle } from "./client";
import { grantAppRole, migrateDatabase } from "./migrate";

export async function openMigratedDatabase(
  config: Pick<Config, "databaseUrl" | "databaseOwnerUrl" | "dataDir">,
): Promise<DatabaseHandle> {
  if (config.databaseOwnerUrl && config.databaseUrl) {
    const owner = await openDatabase({ url: config.databaseOwnerUrl });
    try {
      await migrateDatabase(owner);
      await grantAppRole(owner, decodeURIComponent(new URL(config.databaseUrl).username));
    } finally {
      await owner.close();
    }
    return openDatabase({ url: config.databaseUrl });
  }
  const handle = await openDatabase({ url: config.databaseUrl, dataDir: `${config.dataDir}/pglite` });
  await migrateDatabase(handle);
  return handle;
}
