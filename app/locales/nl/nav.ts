const nav = {
  label: "Hoofdnavigatie",
  skip: "Naar de inhoud",
  signIn: "Inloggen",
  signOut: "Uitloggen",
  settings: "Instellingen",
  assessments: "Zelfscans",
  organisation: "Organisatie",
  association: "Brancheorganisatie",
  customs: "Douane",
  admin: "Beheer",
};

export default nav;
