import type { Language } from "~/i18n";
import { i18nFor } from "~/i18n.server";
import type { MailContent } from "./mail-templates.server";

/** Why someone used an address that already has an account; the owner's mail says which. */
export type AccountExistsReason = "sign_up" | "address_change" | "invitation";

/** The mails about a person's own address: confirming it, and the answers that keep accounts unrevealed. */
export type AddressMailTemplate =
  // `invited`: an account made from an invitation, which cannot sign in before this confirmation.
  | { key: "verify_email"; name: string; email: string; link: string; hours: number; invited: boolean }
  | { key: "confirm_new_address"; name: string; email: string; link: string; hours: number }
  | { key: "address_change_notice"; name: string; oldEmail: string; newEmail: string; link: string; resetLink: string }
  | {
      key: "account_exists";
      name: string;
      email: string;
      reason: AccountExistsReason;
      link: string;
      resetLink: string;
    };

const ADDRESS_TEMPLATE_KEYS = [
  "verify_email",
  "confirm_new_address",
  "address_change_notice",
  "account_exists",
] as const satisfies readonly AddressMailTemplate["key"][];

export function isAddressMailTemplate(template: { key: string }): template is AddressMailTemplate {
  return (ADDRESS_TEMPLATE_KEYS as readonly string[]).includes(template.key);
}

export function addressMailContent(language: Language, template: AddressMailTemplate): MailContent {
  const { t } = i18nFor(language);
  switch (template.key) {
    case "verify_email":
      return {
        subject: t("mail.address.verify.subject"),
        name: template.name,
        before: [
          t(template.invited ? "mail.address.verify.invitedIntro" : "mail.address.verify.intro", {
            email: template.email,
          }),
        ],
        action: { label: t("mail.address.verify.action"), url: template.link },
        after: [
          t("mail.address.validity", { count: template.hours }),
          t(template.invited ? "mail.address.verify.invitedIgnore" : "mail.address.verify.ignore"),
        ],
      };
    case "confirm_new_address":
      return {
        subject: t("mail.address.confirmNew.subject"),
        name: template.name,
        before: [t("mail.address.confirmNew.intro", { email: template.email })],
        action: { label: t("mail.address.confirmNew.action"), url: template.link },
        after: [t("mail.address.validity", { count: template.hours }), t("mail.address.confirmNew.ignore")],
      };
    case "address_change_notice":
      return {
        subject: t("mail.address.changeNotice.subject"),
        name: template.name,
        before: [t("mail.address.changeNotice.intro", { oldEmail: template.oldEmail, newEmail: template.newEmail })],
        action: { label: t("mail.address.changeNotice.action"), url: template.link },
        after: [t("mail.address.changeNotice.warning", { link: template.resetLink })],
      };
    case "account_exists":
      return {
        subject: t("mail.address.exists.subject"),
        name: template.name,
        before: [t(`mail.address.exists.intro.${template.reason}`, { email: template.email })],
        action: { label: t("mail.address.exists.action"), url: template.link },
        after: [t("mail.address.exists.reset", { link: template.resetLink }), t("mail.address.exists.ignore")],
      };
  }
}
