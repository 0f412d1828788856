const confirm = {
  title: "Bevestig dat u het bent",
  intro:
    "Met deze stap deelt, exporteert of verwijdert u gegevens van uw organisatie. Typ uw wachtwoord om verder te gaan.",
  introCode:
    "Met deze stap deelt, exporteert of verwijdert u gegevens van uw organisatie. Typ uw wachtwoord en een code uit uw authenticator-app om verder te gaan.",
  submit: "Bevestigen",
  failed: "Het wachtwoord of de code klopt niet.",
};

export default confirm;
