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
  address: {
    validity_one: "The link works once and is valid for {{count}} hour.",
    validity_other: "The link works once and is valid for {{count}} hours.",
    verify: {
      subject: "Confirm your e-mail address for Weerbaar",
      intro:
        "Welcome to Weerbaar. Confirm that {{email}} is your e-mail address, so that your organisation can be verified.",
      action: "Confirm e-mail address",
      ignore: "Did you not create an account on Weerbaar? Then you can ignore this message.",
      invitedIntro:
        "Welcome to Weerbaar. Confirm that {{email}} is your e-mail address and choose your password as you do; then you can sign in.",
      invitedIgnore:
        "Did you not accept an invitation to Weerbaar yourself? Then do not confirm: without confirmation nobody can sign in with this account.",
    },
    confirmNew: {
      subject: "Confirm your new e-mail address for Weerbaar",
      intro:
        "You asked to use {{email}} as the e-mail address of your Weerbaar account from now on. The change takes effect once you confirm it.",
      action: "Confirm new e-mail address",
      ignore: "Did you not ask for this? Then you can ignore this message: nothing changes.",
    },
    changeNotice: {
      subject: "Change of your e-mail address on Weerbaar",
      intro:
        "Someone, probably you, asked to change the e-mail address of your Weerbaar account from {{oldEmail}} to {{newEmail}}. The change only takes effect once it is confirmed through a link sent to the new address.",
      action: "Look at your settings",
      warning: "Did you not ask for this? Then choose a new password at once: {{link}}",
    },
    exists: {
      subject: "You already have a Weerbaar account",
      intro: {
        sign_up:
          "Someone, probably you, tried to register an organisation with {{email}}. This address already has a Weerbaar account, so nothing was created.",
        address_change:
          "Someone tried to change the e-mail address of another Weerbaar account to {{email}}, the address of your account. As this address already has an account, nothing was changed: your account stays yours.",
        invitation:
          "Someone, probably you, wanted to create an account for {{email}} with an invitation. This address already has a Weerbaar account, so no second one was created. Do you want to join with another address? Then ask the admin for an invitation to that address.",
      },
      action: "Sign in",
      reset: "Forgot your password? Choose a new one: {{link}}",
      ignore: "Was this not you? Then you need not do anything: your account stays as it was.",
    },
  },
  invitation: {
    subject: "Invitation to Weerbaar",
    intro: {
      member: "{{inviter}} invited you to work on Weerbaar as a member of {{place}}.",
      analyst: "{{inviter}} invited you to Weerbaar as an analyst for {{place}}.",
      customs_reviewer: "{{inviter}} invited you to Weerbaar as a Customs reviewer.",
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
    warning:
      "Did you not ask for this? Then someone else may be trying to take over your account. Choose a new password at once through ‘Forgot your password?’ on the sign-in page, then set up your second factor yourself, and tell your organisation's security officer.",
  },
  platformAdmin: {
    subject: "You are a platform admin of Weerbaar",
    intro:
      "You have become a platform admin of Weerbaar, with the account {{email}}. Choose a password with the link below.",
    action: "Choose a password",
    next: "Platform admins sign in with two-step verification; if you have not set it up yet, you do so when you sign in.",
    warning: "Did you not expect this? Then do not use the link, and tell the Weerbaar admin at once.",
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
    filterTitle: "Search messages",
    recipientFilter: "Recipient contains",
    search: "Search",
    noneFor: "No messages to an address containing “{{recipient}}”.",
    nextAttempt: "Next attempt: {{at}}",
    lastError: "Last error from the mail server: {{error}}",
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
