import type { InvitationRole } from "./account";
import type { MembershipRole } from "./organisation";

export const AUDIT_ACTIONS = [
  "sign_in",
  "second_factor_checked",
  "second_factor_enabled",
  "second_factor_disabled",
  "second_factor_reset",
  "reauthenticated",
  "password_changed",
  "password_reset_requested",
  "password_reset",
  "password_chosen",
  "sign_up",
  "invitation_created",
  "invitation_used",
  "invitation_confirmed",
  "role_changed",
  "member_removed",
  "organisation_updated",
  "association_created",
  "account_invited",
  "assessment_started",
  "assessment_submitted",
  "assessment_discarded",
  "api_token_created",
  "api_token_revoked",
  "benchmark_release_created",
  "consent_granted",
  "consent_revoked",
  "consent_expired",
  "shared_report_viewed",
  "organisation_deleted",
  "organisation_verified",
  "organisation_verification_withdrawn",
  "customs_organisations_listed",
  "account_deactivated",
  "account_reactivated",
  "platform_role_granted",
  "platform_role_removed",
  "invitation_withdrawn",
  "account_erased",
  "benchmark_viewed",
  "access_refused",
  "notification_settings_changed",
  "email_verification_sent",
  "email_verified",
  "email_change_requested",
  "email_changed",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type OrganisationAuditRole = `org_${MembershipRole}`;

// Using an invitation names the role the invitation grants.
export type AuditRole =
  OrganisationAuditRole | "association_analyst" | "customs_reviewer" | "platform_admin" | InvitationRole;

/** The kinds of object an audit entry names, as the models record them. */
export type AuditObjectType =
  | "api_token"
  | "assessment"
  | "association"
  | "benchmark"
  | "invitation"
  | "organisation"
  | "questionnaire"
  | "shared_report"
  | "user";
