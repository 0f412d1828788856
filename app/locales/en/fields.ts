import type { Translation } from "../translation";
import type nl from "../nl/fields";

const fields: Translation<typeof nl> = {
  organisationName: "Organisation name",
  sector: "Sector",
  sizeBand: "Number of employees",
  region: "Port region",
  kvkNumber: "KvK number (optional)",
  kvkHint: "8 digits, as on your Chamber of Commerce extract.",
  name: "Your name",
  email: "E-mail address",
  password: "Password",
  passwordHint: "At least 12 characters. A sentence of a few words is strong and easy to remember.",
};

export default fields;
