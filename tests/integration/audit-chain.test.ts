import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database, queryRows } from "../../db/client";
import { pseudonymiseAuditAddresses, recordAudit, verifyAuditChain } from "~/models/audit.server";
import { BACKENDS, useFreshDatabase } from "./databases";

describe.each(BACKENDS)("the audit trail's hash chain on %s", (backend) => {
  useFreshDatabase(backend);

  it("holds for entries written in parallel, survives pseudonymising addresses, and shows a row changed or removed behind the app's back", async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        recordAudit({ actorUserId: null, action: "sign_in", success: i % 2 === 0, ip: `192.0.2.${i}`, details: { n: i } }),
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
