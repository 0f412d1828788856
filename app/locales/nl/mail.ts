const mail = {
  greeting: "Beste {{name}},",
  greetingNoName: "Goedendag,",
  linkFallback: "Werkt de knop niet? Kopieer dan dit adres in de adresbalk van uw browser:",
  signature: "Met vriendelijke groet,",
  product: "Weerbaar",
  footer:
    "Dit bericht komt van Weerbaar, het platform waarop haven- en logistieke organisaties hun weerbaarheid tegen ondermijning toetsen. Op een antwoord op dit bericht reageert niemand.",
  passwordReset: {
    subject: "Een nieuw wachtwoord kiezen voor Weerbaar",
    intro: "Iemand, waarschijnlijk u, vroeg om een nieuw wachtwoord voor uw Weerbaar-account {{email}}.",
    action: "Nieuw wachtwoord kiezen",
    validity_one: "De link werkt één keer en is {{count}} minuut geldig.",
    validity_other: "De link werkt één keer en is {{count}} minuten geldig.",
    ignore: "Vroeg u dit niet? Dan hoeft u niets te doen: uw wachtwoord blijft wat het was.",
  },
  address: {
    validity_one: "De link werkt één keer en is {{count}} uur geldig.",
    validity_other: "De link werkt één keer en is {{count}} uur geldig.",
    verify: {
      subject: "Bevestig uw e-mailadres voor Weerbaar",
      intro:
        "Welkom bij Weerbaar. Bevestig dat {{email}} uw e-mailadres is, zodat uw organisatie geverifieerd kan worden.",
      action: "E-mailadres bevestigen",
      ignore: "Maakte u geen account aan bij Weerbaar? Dan kunt u dit bericht negeren.",
      invitedIntro:
        "Welkom bij Weerbaar. Bevestig dat {{email}} uw e-mailadres is en kies daarbij uw wachtwoord; daarna kunt u inloggen.",
      invitedIgnore:
        "Nam u zelf geen uitnodiging voor Weerbaar aan? Bevestig dan niet: zonder bevestiging kan niemand met dit account inloggen.",
    },
    confirmNew: {
      subject: "Bevestig uw nieuwe e-mailadres voor Weerbaar",
      intro:
        "U vroeg om {{email}} voortaan als e-mailadres van uw Weerbaar-account te gebruiken. De wijziging gaat in zodra u dit bevestigt.",
      action: "Nieuw e-mailadres bevestigen",
      ignore: "Vroeg u dit niet? Dan kunt u dit bericht negeren: er verandert niets.",
    },
    changeNotice: {
      subject: "Wijziging van uw e-mailadres bij Weerbaar",
      intro:
        "Iemand, waarschijnlijk u, vroeg om het e-mailadres van uw Weerbaar-account te wijzigen van {{oldEmail}} in {{newEmail}}. De wijziging gaat pas in als die wordt bevestigd via een link die naar het nieuwe adres is gestuurd.",
      action: "Uw instellingen bekijken",
      warning: "Vroeg u dit niet? Kies dan meteen een nieuw wachtwoord: {{link}}",
    },
    exists: {
      subject: "U hebt al een account bij Weerbaar",
      intro: {
        sign_up:
          "Iemand, waarschijnlijk u, probeerde een organisatie te registreren met {{email}}. Dit adres heeft al een account bij Weerbaar, dus er is niets aangemaakt.",
        address_change:
          "Iemand probeerde het e-mailadres van een ander Weerbaar-account te wijzigen in {{email}}, het adres van uw account. Omdat dit adres al een account heeft, is er niets gewijzigd: uw account blijft van u.",
        invitation:
          "Iemand, waarschijnlijk u, wilde met een uitnodiging een account maken voor {{email}}. Dit adres heeft al een account bij Weerbaar, dus er is geen tweede aangemaakt. Wilt u op een ander adres meedoen? Vraag de beheerder dan om een uitnodiging voor dat adres.",
      },
      action: "Inloggen",
      reset: "Weet u uw wachtwoord niet meer? Kies een nieuw: {{link}}",
      ignore: "Was u dit niet? Dan hoeft u niets te doen: uw account blijft zoals het was.",
    },
  },
  invitation: {
    subject: "Uitnodiging voor Weerbaar",
    intro: {
      member: "{{inviter}} heeft u uitgenodigd om als lid van {{place}} mee te werken op Weerbaar.",
      analyst: "{{inviter}} heeft u uitgenodigd als analist voor {{place}} op Weerbaar.",
      customs_reviewer: "{{inviter}} heeft u uitgenodigd als reviewer van de Douane op Weerbaar.",
    },
    action: "Uitnodiging aannemen",
    validity_one: "De link werkt één keer en is {{count}} dag geldig, tot {{date}}.",
    validity_other: "De link werkt één keer en is {{count}} dagen geldig, tot {{date}}.",
    ignore: "Verwachtte u deze uitnodiging niet? Dan kunt u dit bericht negeren: zonder de link gebeurt er niets.",
  },
  secondFactorReset: {
    subject: "Uw tweede factor voor Weerbaar is gereset",
    intro:
      "Een platformbeheerder van Weerbaar heeft de tweede factor (authenticator-app en herstelcodes) van uw account {{email}} gereset en u overal uitgelogd.",
    action: "Inloggen",
    next: "Log in met uw wachtwoord en stel daarna tweestapsverificatie opnieuw in.",
    warning:
      "Vroeg u hier niet om? Dan probeert misschien iemand anders uw account over te nemen. Kies direct een nieuw wachtwoord via ‘Wachtwoord vergeten?’ op de inlogpagina, stel daarna zelf uw tweede factor in en meld het bij de beveiligingsverantwoordelijke van uw organisatie.",
  },
  platformAdmin: {
    subject: "U bent platformbeheerder van Weerbaar",
    intro:
      "U bent platformbeheerder van Weerbaar geworden, met het account {{email}}. Kies met de link hieronder een wachtwoord.",
    action: "Wachtwoord kiezen",
    next: "Platformbeheerders loggen in met tweestapsverificatie; heeft u die nog niet, dan stelt u haar bij het inloggen in.",
    warning: "Verwachtte u dit niet? Gebruik de link dan niet en meld het direct bij de beheerder van Weerbaar.",
  },
  admin: {
    title: "E-mail",
    held: "Er is geen mailserver ingesteld (SMTP_URL), dus Weerbaar verstuurt geen e-mail. Berichten blijven hieronder staan en verschijnen ook in het serverlog.",
    sending:
      "E-mail gaat via de ingestelde mailserver. Van verstuurde berichten bewaart Weerbaar alleen de ontvanger, het onderwerp en wanneer.",
    caption: "De nieuwste berichten, nieuwste eerst",
    createdAt: "Gemaakt",
    recipient: "Aan",
    subject: "Onderwerp",
    status: "Status",
    attempts: "Pogingen",
    message: "Bericht",
    show: "Bericht tonen",
    none: "Nog geen berichten.",
    filterTitle: "Berichten zoeken",
    recipientFilter: "Ontvanger bevat",
    search: "Zoeken",
    noneFor: "Geen berichten aan een adres met „{{recipient}}”.",
    nextAttempt: "Volgende poging: {{at}}",
    lastError: "Laatste fout van de mailserver: {{error}}",
    statuses: {
      pending: "Wacht op verzending",
      sending: "Wordt verstuurd (of onderbroken)",
      sent: "Verstuurd",
      held: "Niet verstuurd (geen mailserver)",
      failed: "Mislukt",
    },
  },
};

export default mail;
