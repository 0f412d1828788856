const signup = {
  title: "Organisatie aanmelden",
  intro: "U maakt een account voor uw organisatie en wordt daarvan de eerste beheerder.",
  organisationLegend: "Uw organisatie",
  personLegend: "Uw account",
  privacy:
    "Uw antwoorden blijven binnen uw organisatie. Brancheorganisaties en de Douane zien alleen geanonimiseerde groepscijfers, tenzij u zelf iets deelt.",
  submit: "Account aanmaken",
  haveAccount: "Heeft u al een account?",
  signInLink: "Log in",
};

export default signup;
