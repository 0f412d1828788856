import type { TFunction } from "i18next";
import type { AuditAction, AuditObjectType, AuditRole } from "../domain/audit";
import { CONSENT_RECIPIENTS } from "../domain/sharing";

const CONSENT_ACTIONS: readonly string[] = ["consent_granted", "consent_revoked", "consent_expired"];

/**
 * An audit entry's codes in the reader's language, for the page and the CSV alike. Entries
 * keep the code; one since retired reads as it was recorded.
 */
export function auditLabels(t: TFunction) {
  return {
    role: (code: string | null) => (code ? t(`roles.${code as AuditRole}`, { defaultValue: code }) : null),
    action: (code: string) => t(`audit.actions.${code as AuditAction}`, { defaultValue: code }),
    objectType: (code: string | null) =>
      code ? t(`audit.objectTypes.${code as AuditObjectType}`, { defaultValue: code }) : null,
    // What a consent entry was about: with whom, for how long, which report. Others say it elsewhere.
    details: (action: string, details: Record<string, unknown> | null) => {
      if (!CONSENT_ACTIONS.includes(action) || !details) return null;
      const recipient = CONSENT_RECIPIENTS.find((r) => r === details.recipient);
      const parts = [
        recipient ? t(`sharing.${recipient}.name`) : null,
        typeof details.months === "number" ? t("sharing.months", { count: details.months }) : null,
        details.keepLatest === true ? t("sharing.latestAlways") : null,
      ].filter((part) => part !== null);
      return parts.length > 0 ? parts.join(", ") : null;
    },
  };
}
