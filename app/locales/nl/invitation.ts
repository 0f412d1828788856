const invitation = {
  title: "Welkom bij {{target}}",
  intro: {
    member: "U bent uitgenodigd om mee te werken aan de zelfscan van {{target}}. Kies uw naam en een wachtwoord.",
    analyst: "U krijgt een analistenaccount voor {{target}}. Kies uw naam en een wachtwoord.",
    customs_reviewer: "U krijgt een account als reviewer van de Douane. Kies uw naam en een wachtwoord.",
  },
  customs: "de Douane",
  submit: "Account aanmaken",
  invalidTitle: "Deze uitnodiging is niet bruikbaar",
  expired: "De uitnodiging is verlopen. Vraag de beheerder om een nieuwe link.",
  used: "De uitnodiging is al gebruikt. Heeft u al een account? Log dan in.",
  unknown: "Deze uitnodigingslink bestaat niet. Controleer of u de hele link heeft gekopieerd.",
  noLongerValid: "Deze uitnodiging is verlopen of al gebruikt. Vraag de beheerder om een nieuwe link.",
};

export default invitation;
