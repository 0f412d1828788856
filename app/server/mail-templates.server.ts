import { dateFormat } from "~/dates";
import type { InvitationRole } from "~/domain/account";
import type { Language } from "~/i18n";
import { i18nFor } from "~/i18n.server";
import { addressMailContent, isAddressMailTemplate, type AddressMailTemplate } from "./address-mail-templates.server";
import { escapeHtml } from "./html.server";
import { isNotificationTemplate, notificationContent, type NotificationTemplate } from "./notification-mails.server";

/** What the mail says, by template; links are absolute, made from PUBLIC_URL by the caller. */
export type MailTemplate =
  | { key: "password_reset"; name: string; email: string; link: string; minutes: number }
  | {
      key: "invitation";
      // Organisation members are invited by address alone.
      name: string | null;
      role: InvitationRole;
      // Who invites: a name the recipient may know, where a bare link would look like phishing.
      inviter: string;
      // The organisation a member joins, or the association an analyst works for.
      place: string | null;
      link: string;
      expiresAt: Date;
      days: number;
    }
  | { key: "second_factor_reset"; name: string; email: string; link: string }
  // From `npm run admin:create`; its link sets the password as a reset link does.
  | { key: "platform_admin_granted"; name: string; email: string; link: string; minutes: number }
  | NotificationTemplate
  | AddressMailTemplate;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailContent {
  subject: string;
  name: string | null;
  before: string[];
  // Lines that each link somewhere of their own, under a heading (a digest's actions).
  lists?: { heading: string; items: { text: string; url: string }[] }[];
  action: { label: string; url: string };
  after: string[];
}

function contentOf(language: Language, template: MailTemplate): MailContent {
  // Notifications and the mails about one's own address live in modules of their own.
  if (isNotificationTemplate(template)) return notificationContent(language, template);
  if (isAddressMailTemplate(template)) return addressMailContent(language, template);
  const { t } = i18nFor(language);
  switch (template.key) {
    case "password_reset":
      return {
        subject: t("mail.passwordReset.subject"),
        name: template.name,
        before: [t("mail.passwordReset.intro", { email: template.email })],
        action: { label: t("mail.passwordReset.action"), url: template.link },
        after: [t("mail.passwordReset.validity", { count: template.minutes }), t("mail.passwordReset.ignore")],
      };
    case "second_factor_reset":
      return {
        subject: t("mail.secondFactorReset.subject"),
        name: template.name,
        before: [t("mail.secondFactorReset.intro", { email: template.email })],
        action: { label: t("mail.secondFactorReset.action"), url: template.link },
        after: [t("mail.secondFactorReset.next"), t("mail.secondFactorReset.warning")],
      };
    case "platform_admin_granted":
      return {
        subject: t("mail.platformAdmin.subject"),
        name: template.name,
        before: [t("mail.platformAdmin.intro", { email: template.email })],
        action: { label: t("mail.platformAdmin.action"), url: template.link },
        after: [
          t("mail.passwordReset.validity", { count: template.minutes }),
          t("mail.platformAdmin.next"),
          t("mail.platformAdmin.warning"),
        ],
      };
    case "invitation":
      return {
        subject: t("mail.invitation.subject"),
        name: template.name,
        before: [t(`mail.invitation.intro.${template.role}`, { inviter: template.inviter, place: template.place })],
        action: { label: t("mail.invitation.action"), url: template.link },
        after: [
          t("mail.invitation.validity", {
            count: template.days,
            date: dateFormat(language, { dateStyle: "long", timeStyle: "short" }).format(template.expiresAt),
          }),
          t("mail.invitation.ignore"),
        ],
      };
  }
}

/**
 * A mail in the recipient's language, as plain text and as simple HTML with every value
 * escaped: no images, no tracking, nothing loaded from elsewhere.
 */
export function renderMail(language: Language, template: MailTemplate): RenderedMail {
  const { t } = i18nFor(language);
  const mail = contentOf(language, template);
  const greeting = mail.name === null ? t("mail.greetingNoName") : t("mail.greeting", { name: mail.name });
  const text = [
    greeting,
    ...mail.before,
    ...(mail.lists ?? []).map((list) =>
      [`${list.heading}:`, ...list.items.map((item) => `- ${item.text}\n  ${item.url}`)].join("\n"),
    ),
    `${mail.action.label}:\n${mail.action.url}`,
    ...mail.after,
    `${t("mail.signature")}\n${t("mail.product")}`,
    `-- \n${t("mail.footer")}`,
  ].join("\n\n");
  const paragraph = (line: string) => `<p>${escapeHtml(line)}</p>`;
  const url = escapeHtml(mail.action.url);
  const html = [
    "<!doctype html>",
    `<html lang="${language}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(mail.subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em">',
    paragraph(greeting),
    ...mail.before.map(paragraph),
    ...(mail.lists ?? []).map(
      (list) =>
        `<h2 style="font-size: 18px">${escapeHtml(list.heading)}</h2>\n<ul>\n${list.items
          .map((item) => `<li><a href="${escapeHtml(item.url)}">${escapeHtml(item.text)}</a></li>`)
          .join("\n")}\n</ul>`,
    ),
    `<p><a href="${url}" style="display: inline-block; padding: 0.5em 1em; background: #0b4f8a; color: #ffffff; text-decoration: none">${escapeHtml(mail.action.label)}</a></p>`,
    `<p>${escapeHtml(t("mail.linkFallback"))}<br>${url}</p>`,
    ...mail.after.map(paragraph),
    `<p>${escapeHtml(t("mail.signature"))}<br>${escapeHtml(t("mail.product"))}</p>`,
    `<hr><p style="font-size: 14px; color: #555555">${escapeHtml(t("mail.footer"))}</p>`,
    "</body>",
    "</html>",
  ].join("\n");
  return { subject: mail.subject, text, html };
}
