import type { Translation } from "../translation";
import type nl from "../nl/settings";

const settings: Translation<typeof nl> = {
  title: "Settings",
  tokensTitle: "Personal API tokens",
  tokensIntro:
    "With a personal token another system fetches the report through GET /api/v1/assessments/:id/report, with the header Authorization: Bearer <token>. The token gives the same access as you, is shown only once and can be revoked at any time.",
  tokenName: "Token name",
  created: "Created",
  lastUsed: "Last used",
  never: "Not yet",
  revoked: "Revoked",
  revoke: "Revoke {{name}}",
  revokeConfirm: "Yes, revoke {{name}}",
  revokeConsequence: "Whatever uses this key loses access at once.",
  create: "Create token",
  createdNotice: "Copy the token now: it will not be shown again.",
  newToken: "New token",
  nameRequired: "Give the token a name, for example the system that uses it.",
  passwordTitle: "Change password",
  passwordIntro: "After the change you are signed out everywhere else.",
  currentPassword: "Current password",
  newPassword: "New password",
  changePassword: "Change password",
  passwordChanged: "Your password has been changed. Every other session has been signed out.",
  currentPasswordWrong: "The current password is not correct.",
  twoFactorTitle: "Two-step verification",
  twoFactorOn: "On",
  twoFactorOff: "Off",
  twoFactorManage: "Manage two-step verification",
  dataTitle: "Your personal data",
  dataIntro:
    "Download everything Weerbaar holds about you: your account, your roles, the answers you gave and your own lines in the audit trail. You can also erase your account.",
  dataDownload: "Download my data (JSON)",
  eraseLink: "Erase my account",
  erase: {
    title: "Erase your account",
    intro: "Your account, memberships and roles go, and you are signed out everywhere. This cannot be undone.",
    removes: "Gone: your name, e-mail address, password, second factor, sessions and API tokens.",
    keeps:
      "Kept: the answers you gave (with your organisation, without your name) and the audit trail, which names an account id but no name.",
    exportFirst: "Download your data first",
    confirmLabel: "Type your e-mail address to confirm",
    submit: "Erase my account for good",
    emailMismatch: "That is not the e-mail address of your account.",
    refused: {
      last_admin: "You are your organisation's only admin. Make someone else admin under ‘Organisation’ first.",
      sole_member:
        "You are your organisation's only member. Delete the organisation under ‘Organisation’ instead; that erases your account too.",
      last_platform_admin: "You are the last platform admin. Make someone else admin first.",
    },
  },
};

export default settings;
