const emailAddress = {
  checkMail: {
    title: "Kijk in uw mail",
    sent: "We hebben een bericht gestuurd naar het e-mailadres dat u opgaf. Volg de link in dat bericht om uw adres te bevestigen; de link is {{hours}} uur geldig.",
    signIn:
      "U kunt al inloggen met uw e-mailadres en wachtwoord. Zolang uw adres niet bevestigd is, kan uw organisatie niet geverifieerd worden voor de benchmarks.",
    noMail:
      "Geen bericht ontvangen? Kijk in de map met ongewenste mail. Na het inloggen kunt u de link opnieuw laten sturen.",
    signInLink: "Inloggen",
  },
  confirm: {
    verifyTitle: "E-mailadres bevestigen",
    verifyIntro: "Bevestig dat {{email}} uw e-mailadres is.",
    choosePasswordIntro: "Bevestig dat {{email}} uw e-mailadres is en kies het wachtwoord waarmee u voortaan inlogt.",
    changeTitle: "Nieuw e-mailadres bevestigen",
    changeIntro: "Bevestig dat uw account voortaan {{email}} als e-mailadres gebruikt.",
    submit: "Bevestigen",
    doneTitle: "E-mailadres bevestigd",
    verified: "Uw e-mailadres is bevestigd.",
    changed: "Uw account gebruikt nu dit nieuwe e-mailadres. Log daarmee voortaan in.",
    continue: "Verder",
    invalidTitle: "Deze link werkt niet meer",
    invalid_one:
      "De link is al gebruikt, of ouder dan {{count}} uur, of hoort bij een adres dat niet meer bij het account hoort. Log in om een nieuwe link te laten sturen.",
    invalid_other:
      "De link is al gebruikt, of ouder dan {{count}} uur, of hoort bij een adres dat niet meer bij het account hoort. Log in om een nieuwe link te laten sturen.",
    signInLink: "Inloggen",
  },
  notice: {
    title: "Bevestig uw e-mailadres",
    intro:
      "We stuurden een link naar {{email}}. Zolang u uw adres niet bevestigt, kan uw organisatie niet geverifieerd worden voor de benchmarks.",
    resend: "Link opnieuw sturen",
    resent: "Er is een nieuwe link onderweg naar {{email}}.",
    throttled_one: "U vroeg al een paar keer om een link. Probeer het over {{count}} minuut opnieuw.",
    throttled_other: "U vroeg al een paar keer om een link. Probeer het over {{count}} minuten opnieuw.",
    alreadyVerified: "Uw e-mailadres is al bevestigd.",
  },
  change: {
    title: "E-mailadres wijzigen",
    current: "Uw e-mailadres is nu {{email}}.",
    intro:
      "We sturen een link naar het nieuwe adres; de wijziging gaat pas in als u die volgt. Uw huidige adres krijgt een bericht over de wijziging.",
    newEmail: "Nieuw e-mailadres",
    currentPassword: "Uw wachtwoord ter bevestiging",
    submit: "Link naar nieuw adres sturen",
    sent: "Als {{email}} voor dit account gebruikt kan worden, staat daar nu een link om het te bevestigen. Uw huidige adres blijft tot dan in gebruik.",
    same: "Dit is al uw e-mailadres.",
  },
};

export default emailAddress;
