import actions from "./nl/actions";
import admin from "./nl/admin";
import assessment from "./nl/assessment";
import assessments from "./nl/assessments";
import association from "./nl/association";
import audit from "./nl/audit";
import benchmark from "./nl/benchmark";
import common from "./nl/common";
import confirm from "./nl/confirm";
import countBands from "./nl/countBands";
import customs from "./nl/customs";
import deletion from "./nl/deletion";
import emailAddress from "./nl/emailAddress";
import errors from "./nl/errors";
import exports from "./nl/exports";
import fields from "./nl/fields";
import footer from "./nl/footer";
import invitation from "./nl/invitation";
import landing from "./nl/landing";
import language from "./nl/language";
import library from "./nl/library";
import nav from "./nl/nav";
import notifications from "./nl/notifications";
import mail from "./nl/mail";
import organisation from "./nl/organisation";
import participation from "./nl/participation";
import passwordReset from "./nl/passwordReset";
import position from "./nl/position";
import regions from "./nl/regions";
import report from "./nl/report";
import review from "./nl/review";
import roles from "./nl/roles";
import scoring from "./nl/scoring";
import secondFactor from "./nl/secondFactor";
import sectors from "./nl/sectors";
import settings from "./nl/settings";
import shared from "./nl/shared";
import sharing from "./nl/sharing";
import signin from "./nl/signin";
import signup from "./nl/signup";
import sizeBands from "./nl/sizeBands";
import validation from "./nl/validation";
import verification from "./nl/verification";

/** The whole Dutch catalogue: the server's, and the shape of every language. */
const nl = {
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

export default nl;
