import type { Translation } from "../translation";
import type nl from "../nl/nav";

const nav: Translation<typeof nl> = {
  label: "Main navigation",
  skip: "Skip to content",
  signIn: "Sign in",
  signOut: "Sign out",
  settings: "Settings",
  assessments: "Self-assessments",
  organisation: "Organisation",
  association: "Sector association",
  customs: "Customs",
  admin: "Administration",
};

export default nav;
