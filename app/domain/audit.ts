/** Everything the audit trail records, by name: pages translate and filter by these. */
export const AUDIT_ACTIONS = [
  "sign_in",
  "sign_up",
  "invitation_created",
  "invitation_used",
  "role_changed",
  "member_removed",
  "organisation_updated",
  "association_created",
  "account_invited",
  "assessment_started",
  "assessment_submitted",
  "api_token_created",
  "api_token_revoked",
  "benchmark_release_created",
  "consent_granted",
  "consent_revoked",
  "shared_report_viewed",
  "organisation_deleted",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
