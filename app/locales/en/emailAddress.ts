import type { Translation } from "../translation";
import type nl from "../nl/emailAddress";

const emailAddress: Translation<typeof nl> = {
  checkMail: {
    title: "Check your e-mail",
    sent: "We have sent a message to the e-mail address you gave. Follow the link in it to confirm your address; the link is valid for {{hours}} hours.",
    signIn:
      "You can already sign in with your e-mail address and password. Until your address is confirmed, your organisation cannot be verified for the benchmarks.",
    noMail: "No message? Look in your junk mail folder. Once signed in, you can have the link sent again.",
    signInLink: "Sign in",
  },
  confirm: {
    verifyTitle: "Confirm e-mail address",
    verifyIntro: "Confirm that {{email}} is your e-mail address.",
    choosePasswordIntro: "Confirm that {{email}} is your e-mail address and choose the password you will sign in with.",
    changeTitle: "Confirm new e-mail address",
    changeIntro: "Confirm that your account uses {{email}} as its e-mail address from now on.",
    submit: "Confirm",
    doneTitle: "E-mail address confirmed",
    verified: "Your e-mail address is confirmed.",
    changed: "Your account now uses this new e-mail address. Sign in with it from now on.",
    continue: "Continue",
    invalidTitle: "This link no longer works",
    invalid_one:
      "The link was already used, is older than {{count}} hour, or belongs to an address the account no longer has. Sign in to have a new link sent.",
    invalid_other:
      "The link was already used, is older than {{count}} hours, or belongs to an address the account no longer has. Sign in to have a new link sent.",
    signInLink: "Sign in",
  },
  notice: {
    title: "Confirm your e-mail address",
    intro:
      "We sent a link to {{email}}. Until you confirm your address, your organisation cannot be verified for the benchmarks.",
    resend: "Send the link again",
    resent: "A new link is on its way to {{email}}.",
    throttled_one: "You already asked for a link a few times. Try again in {{count}} minute.",
    throttled_other: "You already asked for a link a few times. Try again in {{count}} minutes.",
    alreadyVerified: "Your e-mail address is already confirmed.",
  },
  change: {
    title: "Change e-mail address",
    current: "Your e-mail address is now {{email}}.",
    intro:
      "We send a link to the new address; the change only takes effect once you follow it. Your current address gets a message about the change.",
    newEmail: "New e-mail address",
    currentPassword: "Your password, to confirm",
    submit: "Send link to new address",
    sent: "If {{email}} can be used for this account, a link to confirm it is there now. Your current address stays in use until then.",
    same: "This already is your e-mail address.",
  },
};

export default emailAddress;
