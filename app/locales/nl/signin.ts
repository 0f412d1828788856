const signin = {
  title: "Inloggen",
  submit: "Inloggen",
  failed: "Het e-mailadres of het wachtwoord klopt niet.",
  throttled_one: "Te veel mislukte pogingen. Probeer het over {{count}} minuut opnieuw.",
  throttled_other: "Te veel mislukte pogingen. Probeer het over {{count}} minuten opnieuw.",
  signedOutNotice: "U was uitgelogd, daarom is er niets opgeslagen. Log opnieuw in en verstuur het formulier nog eens.",
  forgotPassword: "Wachtwoord vergeten?",
  passwordResetNotice: "Uw wachtwoord is gewijzigd en u bent overal uitgelogd. Log in met uw nieuwe wachtwoord.",
  noAccount: "Nog geen account?",
  signUpLink: "Meld uw organisatie aan",
};

export default signin;
