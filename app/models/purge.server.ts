import { and, eq, isNotNull, isNull, lt, or } from "drizzle-orm";
import { database } from "../../db/client";
import { apiTokens, assessments, invitations } from "../../db/schema";
import { config } from "~/server/config.server";
import { pseudonymiseAuditAddresses } from "./audit.server";
import { purgeParticipants } from "./benchmark.server";
import { purgeEmailConfirmations } from "./email-verification.server";
import { removeAbandonedInvitedAccounts } from "./invited-roles.server";
import { purgeMail } from "./mail.server";
import { purgeNotificationMarks } from "./notification.server";
import { purgePasswordResets } from "./password-reset.server";
import { purgeRateLimits } from "./rate-limit.server";
import { purgeExpiredSessions } from "./session.server";

export const DRAFT_RETENTION_MONTHS = 18;

export interface PurgeCounts {
  sessions: number;
  unconfirmedAccounts: number;
  invitations: number;
  passwordResets: number;
  emailConfirmations: number;
  mails: number;
  notificationMarks: number;
  apiTokens: number;
  drafts: number;
  rateLimits: number;
  participantLists: number;
  auditAddresses: number;
}

// Submitted assessments, consents, releases and the audit trail itself stay.
export async function purge(now = new Date()): Promise<PurgeCounts> {
  const db = database();
  const draftCutoff = new Date(now);
  draftCutoff.setUTCMonth(draftCutoff.getUTCMonth() - DRAFT_RETENTION_MONTHS);
  const sessions = await purgeExpiredSessions(now);
  // Before the links: an invited account goes once no open link can confirm it.
  const unconfirmedAccounts = await db.transaction((tx) => removeAbandonedInvitedAccounts(tx, { now }));
  const usedInvitations = await db
    .delete(invitations)
    // One used by an account that has yet to confirm its address still holds the role to give it.
    .where(and(or(isNotNull(invitations.usedAt), lt(invitations.expiresAt, now)), isNull(invitations.usedBy)))
    .returning({ id: invitations.id });
  const passwordResets = await purgePasswordResets(now);
  const emailConfirmations = await purgeEmailConfirmations(now);
  const mails = await purgeMail(now);
  const notificationMarks = await purgeNotificationMarks(now);
  const tokens = await db.delete(apiTokens).where(isNotNull(apiTokens.revokedAt)).returning({ id: apiTokens.id });
  const drafts = await db
    .delete(assessments)
    .where(and(eq(assessments.status, "draft"), lt(assessments.updatedAt, draftCutoff)))
    .returning({ id: assessments.id });
  const rateLimits = await purgeRateLimits(now);
  const participantLists = await purgeParticipants(now);
  const auditAddresses = await pseudonymiseAuditAddresses(
    new Date(now.getTime() - config().auditIpRetentionDays * 86_400_000),
  );
  return {
    sessions,
    unconfirmedAccounts,
    invitations: usedInvitations.length,
    passwordResets,
    emailConfirmations,
    mails,
    notificationMarks,
    apiTokens: tokens.length,
    drafts: drafts.length,
    rateLimits,
    participantLists,
    auditAddresses,
  };
}
