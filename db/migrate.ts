import { fileURLToPath } from "node:url";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { sql } from "drizzle-orm";
import type { DatabaseHandle } from "./client";

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

/** Applies the SQL files in db/migrations that the database has not seen yet. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === "embedded") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePostgres(handle.db as unknown as PostgresJsDatabase, { migrationsFolder });
  }
}

/**
 * On PostgreSQL with two roles: the owner (who ran the migrations) lets the app's role read
 * and write the tables, but only add to the audit trail and read it, apart from replacing an
 * address by its pseudonym. The app's role owns nothing, so it cannot lift the trail's
 * append-only trigger either.
 */
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
