import type { Translation } from "../translation";
import type nl from "../nl/mail";

const mail: Translation<typeof nl> = {
  greeting: "Dear {{name}},",
  greetingNoName: "Hello,",
  linkFallback: "Does the button not work? Then copy this address into your browser's address bar:",
  signature: "Kind regards,",
  product: "Weerbaar",
  footer:
    "This message comes from Weerbaar, the platform on which port and logistics organisations assess their resilience against criminal infiltration. Nobody reads replies to this message.",
  passwordReset: {
    subject: "Choose a new password for Weerbaar",
    intro: "Someone, probably you, asked for a new password for your Weerbaar account {{email}}.",
    action: "Choose a new password",
    validity_one: "The link works once and is valid for {{count}} minute.",
    validity_other: "The link works once and is valid for {{count}} minutes.",
    ignore: "Did you not ask for this? Then you need not do anything: your password stays as it was.",
  },
  invitation: {
    subject: "Invitation to Weerbaar",
    intro: {
      member: "You are invited to work on Weerbaar as a member of {{place}}.",
      analyst: "You are invited to Weerbaar as an analyst for {{place}}.",
      customs_reviewer: "You are invited to Weerbaar as a Customs reviewer.",
    },
    action: "Accept the invitation",
    validity_one: "The link works once and is valid for {{count}} day, until {{date}}.",
    validity_other: "The link works once and is valid for {{count}} days, until {{date}}.",
    ignore: "Did you not expect this invitation? Then you can ignore this message: without the link nothing happens.",
  },
  secondFactorReset: {
    subject: "Your second factor for Weerbaar was reset",
    intro:
      "A platform admin of Weerbaar reset the second factor (authenticator app and recovery codes) of your account {{email}} and signed you out everywhere.",
    action: "Sign in",
    next: "Sign in with your password, then set up two-step verification again.",
    warning: "Did you not ask for this? Then contact the Weerbaar admin at once.",
  },
  admin: {
    title: "E-mail",
    held: "No mail server is set up (SMTP_URL), so Weerbaar sends no e-mail. Messages stay below and also appear in the server log.",
    sending:
      "E-mail goes through the configured mail server. Of a sent message Weerbaar keeps only the recipient, the subject and when.",
    caption: "The latest messages, newest first",
    createdAt: "Created",
    recipient: "To",
    subject: "Subject",
    status: "Status",
    attempts: "Attempts",
    message: "Message",
    show: "Show message",
    none: "No messages yet.",
    statuses: {
      pending: "Waiting to be sent",
      sending: "Being sent (or interrupted)",
      sent: "Sent",
      held: "Not sent (no mail server)",
      failed: "Failed",
    },
  },
};

export default mail;
