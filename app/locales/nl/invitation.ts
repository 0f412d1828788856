const invitation = {
  title: "Welkom bij {{target}}",
  intro: {
    member:
      "U bent uitgenodigd om mee te werken aan de zelfscan van {{target}}. Vul uw naam in; uw wachtwoord kiest u zodra u uw e-mailadres bevestigt.",
    analyst:
      "U krijgt een analistenaccount voor {{target}}. Vul uw naam in; uw wachtwoord kiest u zodra u uw e-mailadres bevestigt.",
    customs_reviewer:
      "U krijgt een account als reviewer van de Douane. Vul uw naam in; uw wachtwoord kiest u zodra u uw e-mailadres bevestigt.",
  },
  customs: "de Douane",
  submit: "Account aanmaken",
  invalidTitle: "Deze uitnodiging is niet bruikbaar",
  expired: "De uitnodiging is verlopen. Vraag de beheerder om een nieuwe link.",
  used: "De uitnodiging is al gebruikt. Heeft u al een account? Log dan in.",
  unknown: "Deze uitnodigingslink bestaat niet. Controleer of u de hele link heeft gekopieerd.",
  noLongerValid: "Deze uitnodiging is verlopen of al gebruikt. Vraag de beheerder om een nieuwe link.",
  accepted: {
    title: "Bevestig eerst uw e-mailadres",
    sent: "We hebben een bericht gestuurd naar het adres waarvoor de uitnodiging was. Volg de link in dat bericht om uw adres te bevestigen; de link is {{hours}} uur geldig.",
    confirmFirst: "Bij het bevestigen kiest u uw wachtwoord. Pas nadat u uw adres bevestigd hebt, kunt u inloggen.",
    noMail:
      "Geen bericht ontvangen? Kijk in de map met ongewenste mail. Is de link verlopen? Kies dan een nieuw wachtwoord via de link hieronder: ook dat bevestigt uw adres.",
    forgotLink: "Wachtwoord vergeten",
  },
};

export default invitation;
