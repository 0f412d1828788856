const organisation = {
  welcome: {
    title: "Welkom bij Weerbaar",
    intro: "Uw organisatie staat erin. Drie stappen om te beginnen:",
    profile: "Controleer het profiel: sector, grootte en havenregio bepalen welke vragen en adviezen u krijgt.",
    invite: "Nodig collega's uit die een deel van de vragen beter kunnen beantwoorden, zoals HR of IT.",
    start: "Start de zelfscan: uw antwoorden worden direct bewaard, u kunt altijd later verder.",
  },
  toAssessments: "Naar de zelfscans",
  profileTitle: "Profiel",
  editProfile: "Profiel wijzigen",
  verificationLapses:
    "Uw organisatie is geverifieerd. Wijzigt u de sector of het KvK-nummer, dan vervalt de verificatie tot een analist van uw brancheorganisatie of het platform haar opnieuw bevestigt.",
  noKvk: "Niet opgegeven",
  membersTitle_one: "Leden ({{count}})",
  membersTitle_other: "Leden ({{count}})",
  membersCaption: "Leden van de organisatie en hun rol",
  name: "Naam",
  role: "Rol",
  actions: "Acties",
  you: "u",
  makeAdmin: "Maak {{name}} beheerder",
  makeMember: "Maak {{name}} lid",
  remove: "Verwijder {{name}}",
  removeConfirm: "Ja, verwijder {{name}}",
  removeConsequence: "{{name}} verliest direct de toegang tot uw organisatie.",
  onlyAdmin: "U bent de enige beheerder: maak eerst iemand anders beheerder.",
  lastAdmin: "Dit kan niet: uw organisatie moet minstens één beheerder houden.",
  inviteTitle: "Collega uitnodigen",
  inviteIntro_one:
    "U maakt een persoonlijke link die {{count}} dag geldig is en één keer gebruikt kan worden. Stuur die zelf naar uw collega.",
  inviteIntro_other:
    "U maakt een persoonlijke link die {{count}} dagen geldig is en één keer gebruikt kan worden. Stuur die zelf naar uw collega.",
  inviteEmail: "E-mailadres van uw collega",
  inviteSubmit: "Uitnodigingslink maken",
  inviteCreated: "Uitnodiging voor {{email}} gemaakt. Kopieer de link: hij wordt maar één keer getoond.",
  inviteLink: "Uitnodigingslink",
  openInvitations: "Openstaande uitnodigingen",
  openInvitation: "{{email}}, geldig tot {{date}}",
};

export default organisation;
