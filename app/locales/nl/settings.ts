const settings = {
  title: "Instellingen",
  tokensTitle: "Persoonlijke API-sleutels",
  tokensIntro:
    "Met een persoonlijke sleutel haalt een ander systeem het rapport op via GET /api/v1/assessments/:id/report, met de header Authorization: Bearer <sleutel>. De sleutel geeft dezelfde toegang als u, wordt maar één keer getoond en kan op elk moment worden ingetrokken.",
  tokenName: "Naam van de sleutel",
  created: "Gemaakt",
  lastUsed: "Laatst gebruikt",
  never: "Nog niet",
  revoked: "Ingetrokken",
  revoke: "Trek {{name}} in",
  revokeConfirm: "Ja, trek {{name}} in",
  revokeConsequence: "Wat deze sleutel gebruikt, krijgt direct geen toegang meer.",
  create: "Sleutel maken",
  createdNotice: "Kopieer de sleutel nu: hij wordt niet nog eens getoond.",
  newToken: "Nieuwe sleutel",
  nameRequired: "Geef de sleutel een naam, bijvoorbeeld het systeem dat hem gebruikt.",
  passwordTitle: "Wachtwoord wijzigen",
  passwordIntro: "Na de wijziging wordt u overal elders uitgelogd.",
  currentPassword: "Huidig wachtwoord",
  newPassword: "Nieuw wachtwoord",
  changePassword: "Wijzig wachtwoord",
  passwordChanged: "Uw wachtwoord is gewijzigd. Alle andere sessies zijn uitgelogd.",
  currentPasswordWrong: "Het huidige wachtwoord klopt niet.",
  twoFactorTitle: "Tweestapsverificatie",
  twoFactorOn: "Aan",
  twoFactorOff: "Uit",
  twoFactorManage: "Tweestapsverificatie beheren",
  dataTitle: "Uw persoonsgegevens",
  dataIntro:
    "Download alles wat Weerbaar over u bewaart: uw account, uw rollen, de antwoorden die u gaf en uw eigen regels in het auditlogboek. U kunt uw account ook wissen.",
  dataDownload: "Mijn gegevens downloaden (JSON)",
  eraseLink: "Mijn account wissen",
  erase: {
    title: "Uw account wissen",
    intro:
      "Uw account, lidmaatschappen en rollen verdwijnen, en u wordt overal uitgelogd. Dit kan niet ongedaan worden gemaakt.",
    removes: "Weg: uw naam, e-mailadres, wachtwoord, tweede factor, sessies en API-tokens.",
    keeps:
      "Blijft: de antwoorden die u gaf (bij uw organisatie, zonder naam) en het auditlogboek, dat een account-id noemt maar geen naam.",
    exportFirst: "Download eerst uw gegevens",
    confirmLabel: "Typ uw e-mailadres ter bevestiging",
    submit: "Account definitief wissen",
    emailMismatch: "Dat is niet het e-mailadres van uw account.",
    refused: {
      last_admin:
        "U bent de enige beheerder van uw organisatie. Maak eerst iemand anders beheerder onder ‘Organisatie’.",
      sole_member:
        "U bent het enige lid van uw organisatie. Verwijder dan de organisatie onder ‘Organisatie’; dat wist ook uw account.",
      last_platform_admin: "U bent de laatste platformbeheerder. Maak eerst iemand anders beheerder.",
    },
  },
};

export default settings;
