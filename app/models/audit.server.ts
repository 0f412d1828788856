import { and, count, desc, eq, gte, ilike, lt, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { database, type Database } from "../../db/client";
import { auditLog, organisations, users } from "../../db/schema";
import { AUDIT_ACTIONS, type AuditAction } from "~/domain/audit";
import { calendarDay } from "~/domain/calendar-date";


export interface AuditEntry {
  actorUserId: string | null;
  actorRole?: string | null;
  organisationId?: string | null;
  action: AuditAction;
  objectType?: string;
  objectId?: string;
  success?: boolean;
  purpose?: string;
  ip?: string | null;
  details?: Record<string, string | number | boolean | null>;
}

/** Appends entries to the audit trail, in one statement; inside a transaction when one is passed. */
export async function recordAudit(entries: AuditEntry | AuditEntry[], tx: Pick<Database, "insert"> = database()): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await tx.insert(auditLog).values(
    list.map((entry) => ({
      actorUserId: entry.actorUserId,
      actorRole: entry.actorRole ?? null,
      organisationId: entry.organisationId ?? null,
      action: entry.action,
      objectType: entry.objectType ?? null,
      objectId: entry.objectId ?? null,
      success: entry.success ?? true,
      purpose: entry.purpose ?? null,
      ip: entry.ip ?? null,
      details: entry.details ?? null,
    })),
  );
}

const day = calendarDay.optional();

/** What a platform admin filters the audit trail by: actor, organisation, action and period. */
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
/** The most rows one CSV export holds; a narrower filter gets the rest. */
export const AUDIT_EXPORT_LIMIT = 50_000;

const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function auditFilter(query: AuditQuery): SQL | undefined {
  const nextDay = (date: string) => new Date(Date.parse(date) + 24 * 3600 * 1000);
  return and(
    query.actor ? or(ilike(users.email, like(query.actor)), ilike(users.name, like(query.actor))) : undefined,
    query.organisation ? ilike(organisations.name, like(query.organisation)) : undefined,
    query.action ? eq(auditLog.action, query.action) : undefined,
    query.from ? gte(auditLog.at, new Date(query.from)) : undefined,
    query.to ? lt(auditLog.at, nextDay(query.to)) : undefined,
  );
}

/** Audit entries matching a filter, newest first: one page, or all up to the export limit. */
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

/**
 * A read refused because the thing belongs to someone else or does not exist (the two answer
 * the same 404): who asked for what, so probing for other organisations' data shows up.
 */
export function recordRefusedRead(input: { userId: string; organisationId?: string | null; objectType: string; objectId: string | undefined; ip: string | null }) {
  return recordAudit({
    actorUserId: input.userId,
    organisationId: input.organisationId ?? null,
    action: "access_refused",
    objectType: input.objectType,
    objectId: String(input.objectId ?? "").slice(0, 64),
    success: false,
    ip: input.ip,
  });
}
