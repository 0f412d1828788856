const admin = {
  title: "Platformbeheer",
  associationsTitle: "Brancheorganisaties",
  noAssociations: "Er zijn nog geen brancheorganisaties.",
  analystsOf: "Analisten: {{names}}.",
  noAnalysts: "Nog geen analisten.",
  newAssociation: "Nieuwe brancheorganisatie",
  associationName: "Naam",
  associationSectors: "Sectoren die zij vertegenwoordigt",
  createAssociation: "Brancheorganisatie aanmaken",
  analystTitle: "Analist toevoegen",
  accountIntro:
    "U maakt een persoonlijke link van {{days}} dagen waarmee de persoon zelf een wachtwoord kiest. U ziet het wachtwoord nooit.",
  association: "Brancheorganisatie",
  createAccount: "Account aanmaken",
  linkCreated: "Account klaargezet. Kopieer de link en stuur die naar de persoon: hij wordt maar één keer getoond.",
  reviewerTitle: "Reviewers van de Douane",
  releasesTitle: "Vragenlijsten en benchmarkreleases",
  releasesIntro: "Elk kwartaal wordt automatisch een benchmarkrelease gemaakt. Hier maakt u er direct een, bijvoorbeeld na een grote ronde inzendingen.",
  publishedVersion: "Gepubliceerde versie",
  lastRelease: "Laatste release",
  makeRelease: "Nu een release maken van {{title}}",
  pending: {
    analyst: "{{email}} (analist, {{association}}), geldig tot {{date}}",
    reviewer: "{{email}} (Douane), geldig tot {{date}}",
  },
  verificationLink: "Organisaties verifiëren",
};

export default admin;
