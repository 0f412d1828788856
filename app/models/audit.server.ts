import { and, count, desc, eq, gte, ilike, lt, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { database, queryRows, type Database } from "../../db/client";
import { auditLog, organisations, users } from "../../db/schema";
import {
  AUDIT_ACTIONS,
  type AuditAction,
  type AuditObjectType,
  type AuditRole,
  type OrganisationAuditRole,
} from "~/domain/audit";
import { calendarDay } from "~/domain/calendar-date";
import { containing } from "./text-search.server";

export interface Actor {
  userId: string;
  role: AuditRole | null;
  organisationId: string | null;
  ip: string | null;
}

export interface OrganisationActor extends Actor {
  role: OrganisationAuditRole;
  organisationId: string;
}

export function personActor(userId: string, ip: string | null): Actor {
  return { userId, role: null, organisationId: null, ip };
}

/** Failed sign-ins name no person when the typed address has no account. */
type Unknown = Omit<Actor, "userId"> & { userId: null };

export interface AuditEntry {
  action: AuditAction;
  organisationId?: string | null;
  objectType?: AuditObjectType;
  objectId?: string;
  success?: boolean;
  purpose?: string;
  details?: Record<string, string | number | boolean | null>;
}

export async function recordAudit(
  actor: Actor | Unknown,
  entries: AuditEntry | AuditEntry[],
  tx: Pick<Database, "insert"> = database(),
): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await tx.insert(auditLog).values(
    list.map((entry) => ({
      actorUserId: actor.userId,
      actorRole: actor.role,
      organisationId: entry.organisationId === undefined ? actor.organisationId : entry.organisationId,
      action: entry.action,
      objectType: entry.objectType ?? null,
      objectId: entry.objectId ?? null,
      success: entry.success ?? true,
      purpose: entry.purpose ?? null,
      ip: actor.ip,
      details: entry.details ?? null,
    })),
  );
}

const day = calendarDay.optional();

export const AuditQuery = z.object({
  actor: z.string().trim().max(200).optional(),
  organisation: z.string().trim().max(200).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_EXPORT_LIMIT = 50_000;

function auditFilter(query: AuditQuery): SQL | undefined {
  const nextDay = (date: string) => new Date(Date.parse(date) + 24 * 3600 * 1000);
  return and(
    query.actor
      ? or(ilike(users.email, containing(query.actor)), ilike(users.name, containing(query.actor)))
      : undefined,
    query.organisation ? ilike(organisations.name, containing(query.organisation)) : undefined,
    query.action ? eq(auditLog.action, query.action) : undefined,
    query.from ? gte(auditLog.at, new Date(query.from)) : undefined,
    query.to ? lt(auditLog.at, nextDay(query.to)) : undefined,
  );
}

export async function searchAudit(query: AuditQuery, { all = false }: { all?: boolean } = {}) {
  const db = database();
  const where = auditFilter(query);
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorName: users.name,
      actorEmail: users.email,
      actorRole: auditLog.actorRole,
      organisation: organisations.name,
      action: auditLog.action,
      objectType: auditLog.objectType,
      objectId: auditLog.objectId,
      success: auditLog.success,
      purpose: auditLog.purpose,
      details: auditLog.details,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(organisations, eq(organisations.id, auditLog.organisationId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(all ? AUDIT_EXPORT_LIMIT : AUDIT_PAGE_SIZE)
    .offset(all ? 0 : (query.page - 1) * AUDIT_PAGE_SIZE);
  const [total] = await db
    .select({ n: count() })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(organisations, eq(organisations.id, auditLog.organisationId))
    .where(where);
  return { rows, total: total?.n ?? 0 };
}

// Someone else's and missing answer the same 404; the entry shows probing for others' data.
export function recordRefusedRead(actor: Actor, object: { type: AuditObjectType; id: string | undefined }) {
  return recordAudit(actor, {
    action: "access_refused",
    objectType: object.type,
    objectId: String(object.id ?? "").slice(0, 64),
    success: false,
  });
}

// The only change the trail's trigger allows, and one its hash chain is built to survive.
export async function pseudonymiseAuditAddresses(before: Date): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    database(),
    sql`update audit_log set ip = audit_ip_pseudonym(ip) where at < ${before.toISOString()}::timestamptz and ip is not null and ip not like 'p:%' returning id`,
  );
  return rows.length;
}

export interface ChainBreak {
  chainSeq: number | null;
  id: number;
  reason: "changed" | "unlinked" | "missing_before" | "unchained";
}

export async function verifyAuditChain(): Promise<{ rows: number; head: string | null; breaks: ChainBreak[] }> {
  const rows = await queryRows<{
    id: string | number;
    chain_seq: string | number | null;
    ok: boolean;
    linked: boolean;
    gap: boolean;
  }>(
    database(),
    sql`select id, chain_seq,
        hash = audit_row_hash(prev_hash, a) as ok,
        prev_hash is not distinct from lag(hash) over (order by chain_seq) as linked,
        chain_seq <> coalesce(lag(chain_seq) over (order by chain_seq), 0) + 1 as gap
      from audit_log a order by chain_seq nulls last`,
  );
  const breaks: ChainBreak[] = [];
  for (const r of rows) {
    const entry = { chainSeq: r.chain_seq === null ? null : Number(r.chain_seq), id: Number(r.id) };
    if (r.chain_seq === null) breaks.push({ ...entry, reason: "unchained" });
    else if (r.gap) breaks.push({ ...entry, reason: "missing_before" });
    else if (!r.ok) breaks.push({ ...entry, reason: "changed" });
    else if (!r.linked) breaks.push({ ...entry, reason: "unlinked" });
  }
  const [head] = await queryRows<{ hash: string }>(
    database(),
    sql`select hash from audit_log order by chain_seq desc nulls last limit 1`,
  );
  return { rows: rows.length, head: head?.hash ?? null, breaks };
}
