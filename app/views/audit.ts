import type { TFunction } from "i18next";
import type { AuditAction, AuditObjectType, AuditRole } from "../domain/audit";

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
  };
}
