import type { Translation } from "../translation";
import type nl from "../nl/signin";

const signin: Translation<typeof nl> = {
  title: "Sign in",
  submit: "Sign in",
  failed: "The e-mail address or password is not correct.",
  throttled_one: "Too many failed attempts. Try again in {{count}} minute.",
  throttled_other: "Too many failed attempts. Try again in {{count}} minutes.",
  signedOutNotice: "You were signed out, so nothing was saved. Sign in again and send the form once more.",
  forgotPassword: "Forgot your password?",
  passwordResetNotice:
    "Your password has been changed and you have been signed out everywhere. Sign in with your new password.",
  noAccount: "No account yet?",
  signUpLink: "Register your organisation",
};

export default signin;
