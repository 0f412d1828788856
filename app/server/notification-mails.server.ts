import { dateFormat, formatDate } from "~/dates";
import type { ConsentRecipient } from "~/domain/sharing";
import type { Language } from "~/i18n";
import { i18nFor } from "~/i18n.server";
import type { MailContent } from "./mail-templates.server";

export interface DigestItem {
  title: string;
  dueDate: string;
  link: string;
}

/**
 * What the notifications say. Every one links to /settings, where its kind is switched off;
 * none names a reader of a shared report, only their organisation and role.
 */
export type NotificationTemplate = { settingsLink: string } & (
  | { key: "theme_assigned"; name: string; assigner: string; theme: string; questionnaire: string; link: string }
  | { key: "action_digest"; name: string; overdue: DigestItem[]; dueSoon: DigestItem[]; days: number; link: string }
  | {
      key: "report_opened";
      name: string;
      organisation: string;
      role: "customs_reviewer" | "association_analyst";
      // The associations the analyst read for; null for Customs.
      associations: string | null;
      purpose: string;
      at: Date;
      link: string;
    }
  | {
      key: "consent_revoked";
      name: string;
      organisation: string;
      revokedBy: string;
      recipient: ConsentRecipient;
      associations: string | null;
      link: string;
    }
  | {
      key: "consent_ending" | "consent_expired";
      name: string;
      organisation: string;
      recipient: ConsentRecipient;
      associations: string | null;
      expiresAt: Date;
      link: string;
    }
  | { key: "sharing_ended"; name: string; organisation: string; recipient: ConsentRecipient; link: string }
  | { key: "benchmark_release"; questionnaire: string; link: string }
);

export const NOTIFICATION_TEMPLATE_KEYS = [
  "theme_assigned",
  "action_digest",
  "report_opened",
  "consent_revoked",
  "consent_ending",
  "consent_expired",
  "sharing_ended",
  "benchmark_release",
] as const satisfies readonly NotificationTemplate["key"][];

export function isNotificationTemplate(template: { key: string }): template is NotificationTemplate {
  return (NOTIFICATION_TEMPLATE_KEYS as readonly string[]).includes(template.key);
}

export function notificationContent(language: Language, template: NotificationTemplate): MailContent {
  const { t } = i18nFor(language);
  const switchOff = t("notifications.mail.switchOff", { link: template.settingsLink });
  switch (template.key) {
    case "theme_assigned":
      return {
        subject: t("notifications.mail.themeAssigned.subject", { theme: template.theme }),
        name: template.name,
        before: [
          t("notifications.mail.themeAssigned.intro", {
            assigner: template.assigner,
            theme: template.theme,
            questionnaire: template.questionnaire,
          }),
        ],
        action: { label: t("notifications.mail.themeAssigned.action"), url: template.link },
        after: [switchOff],
      };
    case "action_digest": {
      const item = (a: DigestItem) => ({
        text: t("notifications.mail.actionDigest.item", { title: a.title, date: formatDate(a.dueDate, language) }),
        url: a.link,
      });
      return {
        // A digest has at least one list; the subject names only those it has.
        subject: t(`notifications.mail.actionDigest.subject.${digestSubject(template)}`, {
          overdue: template.overdue.length,
          dueSoon: template.dueSoon.length,
        }),
        name: template.name,
        before: [t("notifications.mail.actionDigest.intro")],
        lists: [
          { heading: t("notifications.mail.actionDigest.overdue"), items: template.overdue.map(item) },
          {
            heading: t("notifications.mail.actionDigest.dueSoon", { count: template.days }),
            items: template.dueSoon.map(item),
          },
        ].filter((list) => list.items.length > 0),
        action: { label: t("notifications.mail.actionDigest.action"), url: template.link },
        after: [t("notifications.mail.actionDigest.once"), switchOff],
      };
    }
    case "report_opened": {
      const reader =
        template.role === "customs_reviewer"
          ? t("sharing.viewer.customs_reviewer")
          : t("sharing.viewer.association_analyst", { associations: template.associations ?? "" });
      return {
        subject: t("notifications.mail.reportOpened.subject", { organisation: template.organisation }),
        name: template.name,
        before: [
          t("notifications.mail.reportOpened.intro", {
            organisation: template.organisation,
            reader,
            at: dateFormat(language, { dateStyle: "long", timeStyle: "short" }).format(template.at),
          }),
          t("notifications.mail.reportOpened.purpose", { purpose: template.purpose }),
        ],
        action: { label: t("notifications.mail.reportOpened.action"), url: template.link },
        after: [t("notifications.mail.reportOpened.throttle"), switchOff],
      };
    }
    case "consent_revoked":
      return {
        subject: t(`notifications.mail.consentRevoked.subject.${template.recipient}`, {
          associations: template.associations ?? "",
        }),
        name: template.name,
        before: [
          t(`notifications.mail.consentRevoked.intro.${template.recipient}`, {
            revokedBy: template.revokedBy,
            organisation: template.organisation,
            associations: template.associations ?? "",
          }),
        ],
        action: { label: t("notifications.mail.consentRevoked.action"), url: template.link },
        after: [switchOff],
      };
    case "consent_ending":
    case "consent_expired": {
      const mail = template.key === "consent_ending" ? "consentEnding" : "consentExpired";
      const values = {
        organisation: template.organisation,
        associations: template.associations ?? "",
        date: dateFormat(language, { dateStyle: "long" }).format(template.expiresAt),
      };
      return {
        subject: t(`notifications.mail.${mail}.subject.${template.recipient}`, values),
        name: template.name,
        before: [
          t(`notifications.mail.${mail}.intro.${template.recipient}`, values),
          t(`notifications.mail.${mail}.next`),
        ],
        action: { label: t("notifications.mail.consentRevoked.action"), url: template.link },
        after: [switchOff],
      };
    }
    case "sharing_ended":
      return {
        subject: t("notifications.mail.sharingEnded.subject", { organisation: template.organisation }),
        name: template.name,
        before: [
          t(`notifications.mail.sharingEnded.intro.${template.recipient}`, { organisation: template.organisation }),
        ],
        action: { label: t("notifications.mail.sharingEnded.action"), url: template.link },
        after: [switchOff],
      };
    case "benchmark_release":
      return {
        subject: t("notifications.mail.benchmarkRelease.subject", { questionnaire: template.questionnaire }),
        name: null,
        before: [
          t("notifications.mail.benchmarkRelease.intro", { questionnaire: template.questionnaire }),
          t("notifications.mail.benchmarkRelease.aggregates"),
        ],
        action: { label: t("notifications.mail.benchmarkRelease.action"), url: template.link },
        after: [switchOff],
      };
  }
}

function digestSubject({ overdue, dueSoon }: { overdue: unknown[]; dueSoon: unknown[] }) {
  if (overdue.length > 0 && dueSoon.length > 0) return "both";
  return overdue.length > 0 ? "overdue" : "dueSoon";
}
