import type { Translation } from "./translation";
import actions from "./en/actions";
import admin from "./en/admin";
import assessment from "./en/assessment";
import assessments from "./en/assessments";
import association from "./en/association";
import audit from "./en/audit";
import benchmark from "./en/benchmark";
import common from "./en/common";
import confirm from "./en/confirm";
import countBands from "./en/countBands";
import customs from "./en/customs";
import deletion from "./en/deletion";
import emailAddress from "./en/emailAddress";
import errors from "./en/errors";
import exports from "./en/exports";
import fields from "./en/fields";
import footer from "./en/footer";
import invitation from "./en/invitation";
import landing from "./en/landing";
import language from "./en/language";
import library from "./en/library";
import nav from "./en/nav";
import notifications from "./en/notifications";
import mail from "./en/mail";
import organisation from "./en/organisation";
import participation from "./en/participation";
import passwordReset from "./en/passwordReset";
import position from "./en/position";
import regions from "./en/regions";
import report from "./en/report";
import review from "./en/review";
import roles from "./en/roles";
import scoring from "./en/scoring";
import secondFactor from "./en/secondFactor";
import sectors from "./en/sectors";
import settings from "./en/settings";
import shared from "./en/shared";
import sharing from "./en/sharing";
import signin from "./en/signin";
import signup from "./en/signup";
import sizeBands from "./en/sizeBands";
import validation from "./en/validation";
import verification from "./en/verification";
import type nl from "./nl";

const en: Translation<typeof nl> = {
  common,
  language,
  nav,
  footer,
  landing,
  fields,
  sectors,
  sizeBands,
  regions,
  roles,
  countBands,
  validation,
  signup,
  signin,
  secondFactor,
  confirm,
  organisation,
  invitation,
  association,
  customs,
  participation,
  admin,
  assessments,
  assessment,
  review,
  report,
  exports,
  actions,
  settings,
  benchmark,
  position,
  shared,
  sharing,
  audit,
  deletion,
  library,
  scoring,
  errors,
  verification,
  passwordReset,
  emailAddress,
  mail,
  notifications,
};

export default en;
