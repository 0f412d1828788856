import type { Translation } from "../translation";
import type nl from "../nl/confirm";

const confirm: Translation<typeof nl> = {
  title: "Confirm it is you",
  intro: "This step shares, exports or deletes your organisation's data. Type your password to continue.",
  introCode:
    "This step shares, exports or deletes your organisation's data. Type your password and a code from your authenticator app to continue.",
  submit: "Confirm",
  failed: "The password or code is not correct.",
};

export default confirm;
