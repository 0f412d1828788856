import type { Translation } from "../translation";
import type nl from "../nl/signup";

const signup: Translation<typeof nl> = {
  title: "Register your organisation",
  intro: "You create an account for your organisation and become its first admin.",
  organisationLegend: "Your organisation",
  personLegend: "Your account",
  privacy:
    "Your answers stay within your organisation. Sector associations and Customs only see anonymised group figures, unless you share something yourself.",
  submit: "Create account",
  haveAccount: "Already have an account?",
  signInLink: "Sign in",
};

export default signup;
