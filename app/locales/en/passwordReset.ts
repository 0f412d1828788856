import type { Translation } from "../translation";
import type nl from "../nl/passwordReset";

const passwordReset: Translation<typeof nl> = {
  forgotTitle: "Forgot your password",
  forgotIntro: "Enter the e-mail address of your account. You will get an e-mail with a link to choose a new password.",
  send: "Send link",
  sent: "If {{email}} belongs to an account, an e-mail with a link is on its way. The link is valid for {{minutes}} minutes and works once. No e-mail? Also look in your junk mail folder.",
  throttled_one: "A new password has been asked for many times. Try again in {{count}} minute.",
  throttled_other: "A new password has been asked for many times. Try again in {{count}} minutes.",
  backToSignIn: "Back to sign in",
  resetTitle: "Choose a new password",
  resetIntro: "Choose a new password for {{email}}. After that you sign in again everywhere.",
  newPassword: "New password",
  save: "Save password",
  invalidTitle: "This link no longer works",
  invalid_one:
    "The link has been used, has expired (after {{count}} minute) or was not copied in full. Ask for a new link.",
  invalid_other:
    "The link has been used, has expired (after {{count}} minutes) or was not copied in full. Ask for a new link.",
  askAgain: "Ask for a new link",
};

export default passwordReset;
