const secondFactor = {
  codeTitle: "Code uit uw authenticator-app",
  codeIntro:
    "Open de authenticator-app op uw telefoon en typ de code van 6 cijfers voor Weerbaar. Telefoon kwijt? Typ dan een van uw herstelcodes.",
  code: "Code",
  codeHint: "6 cijfers, of een herstelcode zoals abcde-fghjk.",
  verify: "Verder",
  failed: "Deze code klopt niet of is al gebruikt. Wacht op de volgende code en probeer het opnieuw.",
  title: "Tweestapsverificatie",
  requiredNotice: "Uw rol geeft toegang tot gegevens van andere organisaties. Stel eerst tweestapsverificatie in.",
  offered:
    "Met tweestapsverificatie is een gestolen wachtwoord alleen niet genoeg om als u in te loggen. Wij raden het aan.",
  enabled_zero: "Tweestapsverificatie staat aan. U hebt geen ongebruikte herstelcodes meer.",
  enabled_one: "Tweestapsverificatie staat aan. U hebt nog {{count}} ongebruikte herstelcode.",
  enabled_other: "Tweestapsverificatie staat aan. U hebt nog {{count}} ongebruikte herstelcodes.",
  step1: "1. Scan deze QR-code met een authenticator-app, bijvoorbeeld op uw telefoon.",
  qrAlt: "QR-code om Weerbaar aan uw authenticator-app toe te voegen",
  manual: "Lukt scannen niet? Typ deze sleutel in de app:",
  step2: "2. Typ de code van 6 cijfers die de app nu toont.",
  confirm: "Zet aan",
  recoveryTitle: "Uw herstelcodes",
  recoveryIntro:
    "Bewaar deze codes op een veilige plek, los van uw telefoon. Elke code werkt één keer, als u de app kwijt bent. Ze worden alleen nu getoond.",
  continue: "Verder",
  disableTitle: "Tweestapsverificatie uitzetten",
  disableIntro:
    "Typ uw wachtwoord en een code uit uw authenticator-app, of een ongebruikte herstelcode, om het uit te zetten.",
  disable: "Zet uit",
  disabledNotice: "Tweestapsverificatie staat uit.",
  disableRequired:
    "Telefoon kwijt, of een nieuwe? Typ uw wachtwoord en een ongebruikte herstelcode: de oude sleutel werkt dan niet meer en u stelt meteen een nieuwe in, omdat uw rol dat vereist.",
};

export default secondFactor;
