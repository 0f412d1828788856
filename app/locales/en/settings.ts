import type { Translation } from "../translation";
import type nl from "../nl/settings";

const settings: Translation<typeof nl> = {
  title: "Settings",
  tokensTitle: "Personal API tokens",
  tokensIntro: "With a personal token another system fetches the report through GET /api/v1/assessments/:id/report, with the header Authorization: Bearer <token>. The token gives the same access as you, is shown only once and can be revoked at any time.",
  tokenName: "Token name",
  created: "Created",
  lastUsed: "Last used",
  never: "Not yet",
  revoked: "Revoked",
  revoke: "Revoke {{name}}",
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
};

export default settings;
