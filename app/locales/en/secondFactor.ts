import type { Translation } from "../translation";
import type nl from "../nl/secondFactor";

const secondFactor: Translation<typeof nl> = {
  codeTitle: "Code from your authenticator app",
  codeIntro:
    "Open the authenticator app on your phone and type the 6-digit code for Weerbaar. Lost your phone? Type one of your recovery codes instead.",
  code: "Code",
  codeHint: "6 digits, or a recovery code such as abcde-fghjk.",
  verify: "Continue",
  failed: "This code is not correct or was already used. Wait for the next code and try again.",
  title: "Two-step verification",
  requiredNotice:
    "Your role gives access to other organisations' data. Set up two-step verification before you continue.",
  offered: "With two-step verification, a stolen password alone is not enough to sign in as you. We recommend it.",
  enabled_zero: "Two-step verification is on. You have no unused recovery codes left.",
  enabled_one: "Two-step verification is on. You have {{count}} unused recovery code.",
  enabled_other: "Two-step verification is on. You have {{count}} unused recovery codes.",
  step1: "1. Scan this QR code with an authenticator app, such as the one on your phone.",
  qrAlt: "QR code to add Weerbaar to your authenticator app",
  manual: "Cannot scan? Type this key into the app:",
  step2: "2. Type the 6-digit code the app now shows.",
  confirm: "Turn on",
  recoveryTitle: "Your recovery codes",
  recoveryIntro:
    "Keep these codes somewhere safe, apart from your phone. Each code works once, if you lose the app. They are shown only now.",
  continue: "Continue",
  disableTitle: "Turn off two-step verification",
  disableIntro:
    "Type your password and a code from your authenticator app, or an unused recovery code, to turn it off.",
  disable: "Turn off",
  disabledNotice: "Two-step verification is off.",
  disableRequired:
    "Lost your phone, or a new one? Type your password and an unused recovery code: the old key stops working and you set up a new one right away, as your role requires it.",
};

export default secondFactor;
