const validation = {
  required: "Vul dit veld in.",
  invalid: "Deze waarde klopt niet.",
  choose: "Maak een keuze.",
  chooseSector: "Kies minstens één sector.",
  email: "Vul een geldig e-mailadres in, zoals naam@bedrijf.nl.",
  tooShort_one: "Gebruik minstens {{count}} teken.",
  tooShort_other: "Gebruik minstens {{count}} tekens.",
  tooLong_one: "Gebruik hoogstens {{count}} teken.",
  tooLong_other: "Gebruik hoogstens {{count}} tekens.",
  kvk: "Een KvK-nummer bestaat uit 8 cijfers.",
  date: "Vul een geldige datum in.",
  passwordCommon:
    "Dit wachtwoord is te makkelijk te raden: het is een veelgebruikt wachtwoord, een bekend woord met cijfers erachter of uw e-mailadres. Kies een ander, bijvoorbeeld een zin van een paar woorden.",
};

export default validation;
