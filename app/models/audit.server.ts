import { database, type Database } from "../../db/client";
import { auditLog } from "../../db/schema";

export type AuditAction =
  | "sign_in"
  | "sign_up"
  | "invitation_created"
  | "invitation_used"
  | "role_changed"
  | "member_removed"
  | "organisation_updated"
  | "association_created"
  | "account_invited"
  | "assessment_started"
  | "assessment_submitted"
  | "api_token_created"
  | "api_token_revoked"
  | "benchmark_release_created";

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

/** Appends one entry to the audit trail; inside a transaction when one is passed. */
export async function recordAudit(entry: AuditEntry, tx: Pick<Database, "insert"> = database()): Promise<void> {
  await tx.insert(auditLog).values({
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
  });
}
