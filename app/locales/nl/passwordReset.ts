const passwordReset = {
  forgotTitle: "Wachtwoord vergeten",
  forgotIntro:
    "Vul het e-mailadres van uw account in. U krijgt dan een e-mail met een link waarmee u een nieuw wachtwoord kiest.",
  send: "Link versturen",
  sent: "Als er een account bij {{email}} hoort, is er nu een e-mail met een link onderweg. De link is {{minutes}} minuten geldig en werkt één keer. Geen e-mail ontvangen? Kijk ook in uw map met ongewenste e-mail.",
  throttled_one: "Er is al vaak om een nieuw wachtwoord gevraagd. Probeer het over {{count}} minuut opnieuw.",
  throttled_other: "Er is al vaak om een nieuw wachtwoord gevraagd. Probeer het over {{count}} minuten opnieuw.",
  backToSignIn: "Terug naar inloggen",
  resetTitle: "Nieuw wachtwoord kiezen",
  resetIntro: "Kies een nieuw wachtwoord voor {{email}}. Daarna logt u overal opnieuw in.",
  newPassword: "Nieuw wachtwoord",
  save: "Wachtwoord opslaan",
  invalidTitle: "Deze link werkt niet meer",
  invalid_one:
    "De link is al gebruikt, verlopen (na {{count}} minuut) of niet volledig overgenomen. Vraag een nieuwe link aan.",
  invalid_other:
    "De link is al gebruikt, verlopen (na {{count}} minuten) of niet volledig overgenomen. Vraag een nieuwe link aan.",
  askAgain: "Nieuwe link aanvragen",
};

export default passwordReset;
