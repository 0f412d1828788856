import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { database, queryRows, setDatabase } from "../../db/client";
import { openMigratedDatabase } from "../../db/prepare";
import { signUp } from "~/models/account.server";
import { createPostgresDatabase } from "../fixtures/postgres";
import { pseudonymiseAuditAddresses, recordAudit, verifyAuditChain } from "~/models/audit.server";
import { BACKENDS, useFreshDatabase } from "./databases";

describe.each(BACKENDS)("the audit trail's hash chain on %s", (backend) => {
  useFreshDatabase(backend);

  it("holds for entries written in parallel, survives pseudonymising addresses, and shows a row changed or removed behind the app's back", async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        recordAudit(
          { userId: null, role: null, organisationId: null, ip: `192.0.2.${i}` },
          { action: "sign_in", success: i % 2 === 0, details: { n: i } },
        ),
      ),
    );
    expect(await verifyAuditChain()).toMatchObject({ rows: 40, breaks: [] });

    // After the retention period the addresses become pseudonyms: the only change allowed, and the chain holds.
    expect(await pseudonymiseAuditAddresses(new Date(Date.now() + 1000))).toBe(40);
    const [row] = await queryRows<{ ip: string }>(database(), sql`select ip from audit_log order by chain_seq limit 1`);
    expect(row!.ip).toMatch(/^p:[0-9a-f]{64}$/);
    expect(await verifyAuditChain()).toMatchObject({ breaks: [] });
    // Any other change is still refused by the database.
    await expect(database().execute(sql`update audit_log set ip = 'p:forged' where chain_seq = 1`)).rejects.toThrow();

    // Someone who owns the table can lift the rule; the chain still tells.
    await database().execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await database().execute(sql`update audit_log set success = not success where chain_seq = 5`);
    await database().execute(sql`delete from audit_log where chain_seq = 20`);
    await database().execute(sql`alter table audit_log enable trigger audit_log_append_only`);
    const { breaks } = await verifyAuditChain();
    expect(breaks.map((b) => [b.chainSeq, b.reason])).toEqual([
      [5, "changed"],
      [21, "missing_before"],
    ]);
  });
});

// Roles exist on a PostgreSQL server only; the embedded database has one user.
describe.each(BACKENDS.filter((backend) => backend === "postgres"))("two database roles on %s", () => {
  it("lets the app's role add to the audit trail and read it, but not change, remove or unprotect it", async () => {
    const server = process.env.DATABASE_URL as string;
    const created = await createPostgresDatabase(server, "weerbaar_roles");
    const role = `weerbaar_app_${randomBytes(4).toString("hex")}`;
    const admin = postgres(server, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE ROLE ${role} LOGIN`);
    const appUrl = new URL(created.url);
    appUrl.username = role;
    const handle = await openMigratedDatabase({ databaseUrl: appUrl.href, databaseOwnerUrl: created.url, dataDir: "" });
    try {
      setDatabase(handle);
      const account = await signUp({
        organisation: { name: "Rollen BV", sector: "road_haulier", sizeBand: "1-9", region: "inland" },
        name: "Admin",
        email: "roles@example.org",
        password: "correct horse battery",
        ip: "192.0.2.1",
      });
      expect(account.ok).toBe(true);
      expect((await verifyAuditChain()).breaks).toEqual([]);
      const refused = (statement: string) =>
        handle.db.execute(sql.raw(statement)).then(
          () => "allowed",
          (e: unknown) => String((e as { cause?: unknown }).cause ?? e),
        );
      expect(await refused("update audit_log set success = false")).toMatch(/permission denied/);
      expect(await refused("delete from audit_log")).toMatch(/permission denied/);
      expect(await refused("alter table audit_log disable trigger audit_log_append_only")).toMatch(/must be owner/);
      expect(await pseudonymiseAuditAddresses(new Date(Date.now() + 1000))).toBeGreaterThan(0);
      expect((await verifyAuditChain()).breaks).toEqual([]);
    } finally {
      setDatabase(undefined);
      await handle.close();
      await created.drop();
      await admin.unsafe(`DROP ROLE IF EXISTS ${role}`);
      await admin.end();
    }
  });
});
