import { fileURLToPath } from "node:url";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { sql } from "drizzle-orm";
import type { DatabaseHandle } from "./client";

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === "embedded") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePostgres(handle.db as unknown as PostgresJsDatabase, { migrationsFolder });
  }
}

// The app's role may only add to and read the audit trail (bar pseudonymising addresses), and
// owns nothing, so it cannot lift the trail's append-only trigger either.
export async function grantAppRole(owner: DatabaseHandle, appRole: string): Promise<void> {
  const role = sql.identifier(appRole);
  for (const statement of [
    sql`grant usage on schema public to ${role}`,
    sql`grant select, insert, update, delete on all tables in schema public to ${role}`,
    sql`grant usage, select on all sequences in schema public to ${role}`,
    sql`revoke update, delete, truncate on audit_log from ${role}`,
    sql`grant update (ip) on audit_log to ${role}`,
  ]) {
    await owner.db.execute(statement);
  }
}
