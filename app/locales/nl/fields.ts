const fields = {
  organisationName: "Naam van de organisatie",
  sector: "Sector",
  sizeBand: "Aantal medewerkers",
  region: "Havenregio",
  kvkNumber: "KvK-nummer (optioneel)",
  kvkHint: "8 cijfers, zoals op uw uittreksel van de Kamer van Koophandel.",
  name: "Uw naam",
  email: "E-mailadres",
  password: "Wachtwoord",
  passwordHint: "Minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden.",
};

export default fields;
