import { z } from "zod";
import type { MembershipRole } from "./organisation";

/** The notifications a person can switch off on /settings; each is on until they do. */
export const NOTIFICATION_KINDS = [
  "theme_assigned",
  "action_digest",
  "report_opened",
  "consent_ending",
  "consent_revoked",
  "benchmark_release",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Actions due within this many days come in the daily digest, with the overdue ones. */
export const DUE_SOON_DAYS = 7;

/** The digest goes out from this hour (Dutch time) on, not in the night. */
export const DIGEST_HOUR = 7;

/** The notifications a person in these roles can receive, so the settings offer only those. */
export function notificationKindsFor(roles: {
  organisationRole: MembershipRole | null;
  analyst: boolean;
  customsReviewer: boolean;
}): NotificationKind[] {
  const kinds = new Set<NotificationKind>();
  if (roles.organisationRole) kinds.add("theme_assigned").add("action_digest");
  if (roles.organisationRole === "admin")
    kinds.add("report_opened").add("consent_ending").add("consent_revoked").add("benchmark_release");
  if (roles.analyst) kinds.add("consent_revoked").add("benchmark_release");
  if (roles.customsReviewer) kinds.add("consent_revoked");
  return NOTIFICATION_KINDS.filter((kind) => kinds.has(kind));
}

// A checkbox left unticked is not posted at all: no value means every kind is off.
export const NotificationSettingsSchema = z.object({
  enabled: z.array(z.enum(NOTIFICATION_KINDS)).max(NOTIFICATION_KINDS.length).default([]),
});

/** The calendar day (YYYY-MM-DD) `days` after `day`. */
export function addDays(day: string, days: number): string {
  const moment = new Date(`${day}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

export interface DueAction {
  dueDate: string;
}

/** The digest's two lists, each soonest first: overdue before `today`, and due from today to `today` + 7. */
export function digestLists<A extends DueAction>(dueActions: readonly A[], today: string) {
  const horizon = addDays(today, DUE_SOON_DAYS);
  const sorted = [...dueActions].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return {
    overdue: sorted.filter((a) => a.dueDate < today),
    dueSoon: sorted.filter((a) => a.dueDate >= today && a.dueDate <= horizon),
  };
}
